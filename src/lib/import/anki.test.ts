/**
 * Anki's text files as Anki reads them: the header rules of rslib/src/import_export/text/csv/
 * metadata.rs and import.rs, and Anki's manual (Importing > Text Files > File Headers).
 */
import { describe, expect, it } from 'vitest';
import { problemSummary } from '../bank/problems';
import { clozeCards, deckTitle, fieldText, looksLikeHtml } from './anki-fields';
import { readHeaders } from './anki-headers';
import { parseCsv } from './csv';
import { detectFormat } from './detect';
import { importText } from './index';

const headers = (text: string) => readHeaders(text.split('\n'));
const read = (text: string) => parseCsv(text, 'deck.txt');
const rows = (text: string) => read(text).drafts.map((d) => [d.line, d.prompt, d.answer]);
const notes = (text: string) => read(text).problems.map((p) => `${p.line}: ${problemSummary(p)}`);

describe('readHeaders: the top of the file only', () => {
	it('takes a separator by name in any case and with spaces, or as the character itself', () => {
		expect(headers('#separator:comma').separator?.char).toBe(',');
		expect(headers('#separator: Semicolon ').separator?.char).toBe(';');
		expect(headers('#separator:PIPE').separator?.char).toBe('|');
		expect(headers('#separator:\t').separator?.char).toBe('\t');
		expect(headers('#separator: ').separator?.char).toBe(' ');
		expect(headers('#separator:;').separator?.char).toBe(';');
		expect(headers('#separator::').separator?.char).toBe(':');
	});

	it('reads header lines a spreadsheet padded with empty cells, as Anki does', () => {
		expect(headers('#separator:Pipe,,,,,,,').separator).toEqual({ value: 'Pipe', line: 1, char: '|' });
		expect(headers('#separator:\t|,:').separator?.char).toBe('\t');
		expect(headers('#html:true|||||').html).toBe(true);
		expect(headers('#guid column:8   ').special).toEqual(new Map([[7, 'id']]));
		expect(headers('#deck:સમાચાર,,,').deck).toBe('સમાચાર');
		expect(headers('#tags:a b,,,').tags).toEqual(['a', 'b']);
	});

	it('passes over values Anki does not take', () => {
		expect(headers('#separator:♥').separator).toEqual({ value: '♥', line: 1 });
		expect(headers('#separator:Dash').separator?.char).toBeUndefined();
		// a known separator is kept when a later line names an unknown one
		expect(headers('#separator:tab\n#separator:Dash').separator?.char).toBe('\t');
		expect(headers('#html:maybe').html).toBeUndefined();
		expect(headers('#tags column:123abc ').special.size).toBe(0);
		expect(headers('#tags column:0').special.size).toBe(0);
	});

	it('takes #html only as true or false, in any case', () => {
		expect(headers('#html:FALSE').html).toBe(false);
		expect(headers('#html:true').html).toBe(true);
		expect(headers('Q,A').html).toBeUndefined();
	});

	it('keeps #columns with the separator in force on its line (tab until one is named)', () => {
		expect(headers('#columns:one\ttwo').columns).toEqual({ text: 'one\ttwo', line: 1, separator: '\t' });
		expect(headers('#separator:|\n#columns:one|two').columns).toEqual({ text: 'one|two', line: 2, separator: '|' });
	});

	it('reads the legacy tags: line only as the very first line', () => {
		expect(headers('tags:foo bar\nQ\tA').tags).toEqual(['foo', 'bar']);
		expect(headers('tags:foo bar\nQ\tA').lines).toBe(1);
		expect(headers('#\ntags:foo bar').tags).toEqual([]);
		expect(headers('#\n#tags:foo bar').tags).toEqual(['foo', 'bar']);
		expect(headers('\n#tags:foo bar').tags).toEqual([]);
	});

	it('counts comments among the header lines; the first other line ends them', () => {
		const top = headers('# exported for class 10\n#separator:tab\n# note: checked\nQ\tA\n#deck:late');
		expect([top.lines, top.anki, top.deck]).toEqual([3, true, undefined]);
		expect(headers('# only a comment\nQ\tA').anki).toBe(false);
	});

	it('reads the set id and English title of Kasoti’s own export, lines Anki passes over and that make no file Anki’s', () => {
		const top = headers('#separator:tab\n#kasoti-set:gk-10\n#kasoti-title-en: GK, class 10 \nQ\tA');
		expect([top.setId, top.titleEn, top.lines]).toEqual(['gk-10', 'GK, class 10', 3]);
		expect(headers('#kasoti-set:gk-10\nQ\tA').anki).toBe(false);
		const file = '#separator:tab\n#deck:જીકે\n#kasoti-set:Not an id!\n#kasoti-title-en:GK\nQ?\tA';
		expect(importText(file, 'gk.anki.txt').meta).toEqual({ id: 'gk', title: 'જીકે', title_en: 'GK' });
	});

	it('names the special columns, 1-based, a later line for the same one moving it', () => {
		const top = headers('#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n#tags column:7');
		expect([...top.special]).toEqual([
			[0, 'id'],
			[1, 'notetype'],
			[2, 'deck'],
			[6, 'tags']
		]);
	});
});

/** An Anki 2.1.54+ "Notes in Plain Text" export with every box ticked. */
const EXPORT = [
	'#separator:tab',
	'#html:true',
	'#guid column:1',
	'#notetype column:2',
	'#deck column:3',
	'#tags column:6',
	'aB3]x+2PqL\tBasic\tGK::ગુજરાત\tગુજરાતની રાજધાની કઈ છે?\t<b>ગાંધીનગર</b>\tસ્થળ શહેર ગુજરાત',
	'gk-first-pm\tBasic\tGK::ભારત\tપ્રથમ વડાપ્રધાન?\tજવાહરલાલ&nbsp;નેહરુ\tવ્યક્તિ'
].join('\n');

describe('parseCsv: Anki\'s own "Notes in Plain Text" export', () => {
	it('reads the fields from the first columns that are not GUID, note type, deck or tags', () => {
		expect(rows(EXPORT)).toEqual([
			[7, 'ગુજરાતની રાજધાની કઈ છે?', 'ગાંધીનગર'],
			[8, 'પ્રથમ વડાપ્રધાન?', 'જવાહરલાલ નેહરુ']
		]);
	});

	it('keeps a GUID that is a Kasoti question id as the question id, and no other', () => {
		expect(read(EXPORT).drafts.map((d) => d.id)).toEqual([undefined, 'gk-first-pm']);
	});

	it('keeps tags on each question; a tag naming a category or a sort of place tells it instead', () => {
		const [capital, pm] = read(EXPORT).drafts;
		expect([capital!.category, capital!.kind, capital!.tags]).toEqual(['place', 'city', ['ગુજરાત']]);
		expect([pm!.category, pm!.tags]).toEqual(['person', undefined]);
		expect(read('#tags:news શહેર\nQ1,A1').drafts[0]).toMatchObject({ category: 'place', kind: 'city', tags: ['news'] });
	});

	it('names the note types once for the file, not once a row', () => {
		expect(notes(EXPORT)).toEqual([
			"7: -: columns: left-out what=notetype text=Basic (note)"
		]);
		expect(notes('#notetype:Basic\nQ,A\nQ2,A2')).toEqual(['1: -: columns: left-out what=notetype text=Basic (note)']);
	});

	it('titles the set with the deck every note lies in, levels shown as "Parent / Child"', () => {
		expect(read(EXPORT).title).toBe('GK');
		expect(read('#deck:GK::રમતગમત\nQ,A').title).toBe('GK / રમતગમત');
		expect(read('#deck column:1\nGK::ગુજરાત\tQ\tA').title).toBe('GK / ગુજરાત');
	});

	it('lets a deck column outrank #deck, as it does for each note in Anki', () => {
		expect(read('#deck:Default\n#deck column:1\nGK\tQ\tA').title).toBe('GK');
	});
});

describe('parseCsv: the rest of what Anki does', () => {
	it('skips a # line anywhere in a file that opens with Anki\'s # lines, and counts its line', () => {
		expect(rows('#separator:tab\nQ1\tA1\n# a comment between\nQ2\tA2\n')).toEqual([
			[2, 'Q1', 'A1'],
			[4, 'Q2', 'A2']
		]);
		expect(rows('# for class 10\nQ1,A1\n#\n#\nQ2,A2')).toEqual([
			[2, 'Q1', 'A1'],
			[5, 'Q2', 'A2']
		]);
		// inside quotes it is text
		expect(rows('#separator:tab\n"Q1\n#1 news"\tA1')).toEqual([[2, 'Q1\n#1 news', 'A1']]);
	});

	it('reads a # row of a spreadsheet as a question: a spreadsheet has no comments, and a question may open with a hashtag', () => {
		expect(rows('question,answer\n#HarGharTiranga અભિયાન ક્યારે શરૂ થયું?,૨૦૨૨')).toEqual([
			[2, '#HarGharTiranga અભિયાન ક્યારે શરૂ થયું?', '૨૦૨૨']
		]);
	});

	// regression: Anki's editor writes &ldquo; &mdash; &eacute;, and they reached the quiz as written
	it('decodes the named and numeric references of an HTML note, as Anki shows them', () => {
		const text = [
			'#html:true',
			'કવિ &ldquo;નર્મદ&rdquo;નો જન્મ ક્યાં?\tસુરત&nbsp;&mdash; &#x0AE7;&#x0AEE;&#2793;&#x0AE9;',
			'Pel&eacute;&rsquo;s country?\tBrazil &#x1F1E7;&#x1F1F7;'
		].join('\n');
		expect(rows(text)).toEqual([
			[2, 'કવિ “નર્મદ”નો જન્મ ક્યાં?', 'સુરત — ૧૮૩૩'],
			[3, 'Pelé’s country?', 'Brazil 🇧🇷']
		]);
	});

	it('takes a file as HTML when a field has a tag and #html says nothing; #html:false keeps tags as text', () => {
		expect(rows('Q1<br>more,<b>A&amp;B</b>\nQ2,A2')).toEqual([
			[1, 'Q1\nmore', 'A&B'],
			[2, 'Q2', 'A2']
		]);
		expect(rows('#html:false\nQ1<br>,<b>A&amp;B</b>')).toEqual([[2, 'Q1<br>', '<b>A&amp;B</b>']]);
		expect(rows('a < b?,c > d')).toEqual([[1, 'a < b?', 'c > d']]);
	});

	it('reads a file of one row', () => {
		expect(rows('#separator:tab\nQ1\tA1')).toEqual([[2, 'Q1', 'A1']]);
		expect(rows('Q1,A1')).toEqual([[1, 'Q1', 'A1']]);
	});

	it('looks for a header row only in a file without Anki\'s headers', () => {
		expect(rows('#separator:comma\nquestion,answer\nQ1,A1')).toEqual([
			[2, 'question', 'answer'],
			[3, 'Q1', 'A1']
		]);
		expect(rows('# made by hand\nquestion,answer\nQ1,A1')).toEqual([[3, 'Q1', 'A1']]);
	});

	it('reads the legacy tags: line, and the column after the two fields as tags, as Anki\'s basic note does', () => {
		const output = read('tags:gk ૨૦૨૩\nQ1\tA1\tતારીખ ઇતિહાસ\nQ2\tA2\t');
		expect(output.drafts.map((d) => [d.line, d.prompt, d.category, d.tags])).toEqual([
			[2, 'Q1', 'date', ['gk', '૨૦૨૩', 'ઇતિહાસ']],
			[3, 'Q2', undefined, ['gk', '૨૦૨૩']]
		]);
		expect(output.problems).toEqual([]);
	});

	it('splits #columns with the separator of its line, and with the rows\' one when that does not split it', () => {
		expect(rows('#separator:|\n#columns:Back|Front\nA1|Q1')).toEqual([[3, 'Q1', 'A1']]);
		expect(rows('#columns:Back,Front\nA1,Q1')).toEqual([[2, 'Q1', 'A1']]);
	});

	it('reads the rows with the separator that splits them when the named one splits none, with a note', () => {
		const text = '#separator:Pipe,,\n#html:false,,\n#columns:Front,Back,Tags\n"Q1, still",A1,સ્થળ\nQ2,A2,\n';
		expect(rows(text)).toEqual([
			[4, 'Q1, still', 'A1'],
			[5, 'Q2', 'A2']
		]);
		expect(notes(text)).toEqual(['1: -: separator: anki-separator value=Pipe (note)']);
		// a named separator that does split the rows is kept, commas and all
		expect(rows('#separator:Tab\nQ1, still\tA1')).toEqual([[2, 'Q1, still', 'A1']]);
	});

	it('notes names in #columns it does not know, and fields past the two it reads', () => {
		expect(notes('#separator:tab\n#columns:Front\tBack\tDifficulty\tTags\nQ1\tA1\thard\tx')).toEqual([
			'2: -: columns: csv-unknown-columns names=["Difficulty"] (note)'
		]);
		expect(notes('#notetype column:1\n#tags column:5\nBasic\tQ1\tA1\ty\tx')).toEqual([
			'3: -: columns: csv-extra-columns last=3 (note)',
			'3: -: columns: left-out what=notetype text=Basic (note)'
		]);
	});

	it('makes a cloze note a missing-word question for each deletion number, its Back Extra the explanation', () => {
		const output = read('#separator:tab\n{{c1::૧૯૬૦}}માં {{c2::ગુજરાત}} રાજ્ય બન્યું.\tમુંબઈ રાજ્યમાંથી\tતારીખ');
		expect(output.drafts.map((d) => [d.line, d.prompt, d.answer, d.explanation])).toEqual([
			[2, '_____માં ગુજરાત રાજ્ય બન્યું.', '૧૯૬૦', 'મુંબઈ રાજ્યમાંથી'],
			[2, '૧૯૬૦માં _____ રાજ્ય બન્યું.', 'ગુજરાત', 'મુંબઈ રાજ્યમાંથી']
		]);
	});

	it('names each image and sound it leaves out, on its row', () => {
		const text = '#html:true\nનકશો <img src="map.jpg">,કચ્છ [sound:kutch.mp3]';
		expect(rows(text)).toEqual([[2, 'નકશો', 'કચ્છ']]);
		expect(notes(text)).toEqual([
			'2: -: prompt: left-out what=image text=map.jpg (note)',
			'2: -: answer: left-out what=audio text=kutch.mp3 (note)'
		]);
	});

	it("reads a spreadsheet cell kept from running as a formula as it was written", () => {
		expect(rows("question,answer\n'=2+2 કેટલા?,'-ચાર")).toEqual([[2, '=2+2 કેટલા?', '-ચાર']]);
	});
});

describe('anki-fields', () => {
	it('tells HTML by a tag or a comment, not by a lone angle bracket', () => {
		expect(['<br>', '<div class="x">a</div>', '<!-- x -->', 'a<br/>'].map(looksLikeHtml)).toEqual([true, true, true, true]);
		expect(['a < b', '3 > 2', '<5%', 'x <-> y'].map(looksLikeHtml)).toEqual([false, false, false, false]);
	});

	it('takes media out of a field and names it', () => {
		expect(fieldText("a<img src='x.png'>b<img src=y.gif> [sound:z.mp3]", true)).toEqual({
			text: 'ab ',
			images: ['x.png', 'y.gif'],
			sounds: ['z.mp3']
		});
		// in a plain-text file an <img> is text, but [sound:] is Anki's in any field
		expect(fieldText('<img src="x.png">[sound:z.mp3]', false)).toEqual({ text: '<img src="x.png">', images: [], sounds: ['z.mp3'] });
	});

	it('makes a card per cloze number, with hints after the blank and one number\'s deletions answered together', () => {
		expect(clozeCards('{{c1::a::letter}} {{c2::b}} {{c1::c}}')).toEqual([
			{ prompt: '_____ (letter) b _____', answer: 'a, c' },
			{ prompt: 'a _____ c', answer: 'b' }
		]);
	});

	it('titles by the deck that holds every note, else the deck most notes name', () => {
		expect(deckTitle(['GK::ગુજરાત', 'GK::ભારત::રાજ્યો', 'GK'])).toBe('GK');
		expect(deckTitle(['A', 'B', 'B', ''])).toBe('B');
		expect(deckTitle(['', ' :: '])).toBeUndefined();
	});
});

describe('hostile Anki files: 1 MB each, read in linear time', () => {
	const SIZE = 1_000_000;
	const fill = (unit: string, prefix = '', suffix = '') =>
		prefix + unit.repeat(Math.floor((SIZE - prefix.length - suffix.length) / unit.length)) + suffix;
	const INPUTS: [string, string][] = [
		['unclosed cloze deletions', fill('{{c1::', '#separator:tab\nQ\t', '\tA')],
		['unclosed sound tags', fill('[sound:', '#separator:tab\nQ\t', '\tA')],
		['unclosed image tags', fill('<img src="', '#html:true\nQ\t', '\tA')],
		['comment lines', fill('#\n', '', 'Q\tA')],
		['header lines', fill('#tags column:2\n', '', 'Q\tA')],
		['cloze deletions', fill('{{c1::a}}', '#separator:tab\nQ', '\tA')],
		['cloze deletions, each its own number', '#separator:tab\n' + Array.from({ length: 60_000 }, (_, i) => `{{c${i}::a}}`).join('') + '\tA']
	];
	for (const [name, text] of INPUTS) {
		// read in linear time: a quadratic path takes minutes on such input, past the test's time limit
		it(name, () => {
			expect(importText(text, 'deck.txt').format).toBe('csv');
		});
	}

	it('reads an unclosed cloze deletion as the text it is', () => {
		expect(rows('#separator:tab\n{{c1::ગાંધીનગર ગુજરાતની રાજધાની?\tગાંધીનગર')).toEqual([
			[2, '{{c1::ગાંધીનગર ગુજરાતની રાજધાની?', 'ગાંધીનગર']
		]);
	});
});

describe("Quizlet's export with a definition over two lines", () => {
	const text = 'રાજધાની?\tગાંધીનગર,\nનર્મદા કિનારે\nપ્રથમ વડાપ્રધાન?\tનેહરુ\nસ્થાપના?\t૧૯૬૦';

	it('is still a table, whatever the file is called, and only the broken line is refused', () => {
		expect(detectFormat(text, 'quizlet.txt')).toBe('csv');
		const result = importText(text, 'quizlet.txt');
		expect(result.problems.filter((p) => p.severity === 'error').map((p) => `${p.line}: ${problemSummary(p)}`)).toEqual([
			'2: -: answer: csv-continued-line'
		]);
		expect(read(text).drafts.map((d) => [d.line, d.answer])).toEqual([
			[1, 'ગાંધીનગર,'],
			[3, 'નેહરુ'],
			[4, '૧૯૬૦']
		]);
	});
});
