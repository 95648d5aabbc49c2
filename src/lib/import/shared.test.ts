import { describe, expect, it } from 'vitest';
import { categoryFromName, kindFromName, lostLetters, makeDraft, splitList, stripHtml } from './shared';

describe('categoryFromName and kindFromName', () => {
	it('know the categories and place kinds in English, plural, and Gujarati', () => {
		expect(['Dates', 'તારીખ', 'people', 'વ્યક્તિઓ', 'PLACE', 'સ્થળો', 'history'].map(categoryFromName)).toEqual([
			'date',
			'date',
			'person',
			'person',
			'place',
			'place',
			undefined
		]);
		expect(['Cities', 'દેશ', 'region', 'sites', 'town'].map(kindFromName)).toEqual([
			'city',
			'country',
			'region',
			'site',
			undefined
		]);
	});
});

describe('stripHtml', () => {
	it('keeps line breaks as newlines, drops tags and decodes entities', () => {
		expect(stripHtml('<p>એક<br/>બે</p><div>a &lt; b &amp;&nbsp;c &#2693; &#x0A86; &bogus;</div>')).toBe(
			'એક\nબે\na < b &\u00a0c અ આ &bogus;\n'
		);
	});

	// regression: only six names were known, and &ldquo; &rsquo; &mdash; showed as written in the preview and the quiz
	it('decodes every HTML name and number, astral ones too, and leaves invalid ones as written', () => {
		expect(stripHtml('<p>&ldquo;લોખંડી પુરુષ&rdquo; &mdash; સરદાર&hellip;</p>')).toBe('“લોખંડી પુરુષ” — સરદાર…\n');
		expect(stripHtml('It&rsquo;s a caf&eacute; &euro;5 &frac12; &Uuml;ber &#8377;100 &#x0A97;&#x0AC1;&#2716;')).toBe(
			'It’s a café €5 ½ Über ₹100 ગુજ'
		);
		expect(stripHtml('&#128512; &#x1F64F; &#X1f3cf;')).toBe('😀 🙏 🏏');
		expect(stripHtml('&#0; &#xD800; &#x110000; &#99999999999; &notaname; &copy &#65')).toBe(
			'&#0; &#xD800; &#x110000; &#99999999999; &notaname; &copy &#65'
		);
	});
});

describe('splitList', () => {
	it('splits on ; when the cell has no |, and drops empty items', () => {
		expect(splitList(' અમદાવાદ ;સુરત;વડોદરા ;; ')).toEqual(['અમદાવાદ', 'સુરત', 'વડોદરા']);
	});

	it('splits a cell with a | there alone, so an item keeps its ;', () => {
		expect(splitList('પટેલ; કુરિયન | અમૂલ ||')).toEqual(['પટેલ; કુરિયન', 'અમૂલ']);
		expect(splitList('૧૯૫૦; ૧૯૫૩ |')).toEqual(['૧૯૫૦; ૧૯૫૩']);
	});

	it('keeps a | written \\| inside its item, whether the cell splits on | or on ;', () => {
		expect(splitList('A \\| B | C')).toEqual(['A | B', 'C']);
		expect(splitList('A \\| B')).toEqual(['A | B']);
		expect(splitList('A \\| B; C')).toEqual(['A | B', 'C']);
		expect(splitList('A \\| B; C |')).toEqual(['A | B; C']);
		expect(splitList('C:\\ડેટા | D')).toEqual(['C:\\ડેટા', 'D']);
	});
});

describe('makeDraft', () => {
	it('cleans every text and drops accept forms and distractors that repeat', () => {
		const draft = makeDraft({
			prompt: ' ગુજરાત\u200Cની  રાજધાની\u0000? ',
			answer: 'ગાંધીનગર',
			accept: ['ગાંધીનગર', 'Gandhinagar', ' Gandhinagar '],
			distractors: ['સુરત', 'Gandhinagar', 'સુરત', ''],
			explanation: '  ',
			line: 3
		});
		expect(draft).toEqual({
			prompt: 'ગુજરાતની રાજધાની?',
			answer: 'ગાંધીનગર',
			accept: ['Gandhinagar'],
			distractors: ['સુરત'],
			categorySource: 'missing',
			line: 3
		});
	});

	it('proposes a category and place kind only when the file gave none', () => {
		const proposed = makeDraft({ prompt: 'કયા દેશમાં?', answer: 'ભારત', line: 1 });
		expect([proposed.category, proposed.kind, proposed.categorySource]).toEqual(['place', 'country', 'proposed']);
		const given = makeDraft({ prompt: 'કયા દેશમાં?', answer: 'ભારત', category: 'person', line: 1 });
		expect([given.category, given.kind, given.categorySource]).toEqual(['person', undefined, 'file']);
		const place = makeDraft({ prompt: 'કયા શહેરમાં?', answer: 'ભુજ', category: 'place', line: 1 });
		expect([place.category, place.kind, place.categorySource]).toEqual(['place', 'city', 'file']);
	});
});

describe('lostLetters', () => {
	it('finds text whose letters Windows "ANSI" turned into "?", and not a question mark or two', () => {
		const lost = ['????? ??????? ??? ???', '??20 ????? ?????', 'Who is ????? ??????', '???'];
		const kept = ['ગુજરાતની રાજધાની કઈ છે?', 'Really??', '2 + 2 = ??', 'What? Why?', '(?)', ''];
		expect(lost.map(lostLetters)).toEqual([true, true, true, true]);
		expect(kept.map(lostLetters)).toEqual([false, false, false, false, false, false]);
	});
});
