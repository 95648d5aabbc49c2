import { describe, expect, it } from 'vitest';
import { englishLine } from '$lib/bank/english-line';
import { problemSummary } from '$lib/bank/problems';
import {
	buildSet,
	cleanText,
	draftSetId,
	findItems,
	hasGujaratiLetters,
	suggestTitle,
	type DraftItem,
	type Placed
} from './draft';

const TEXT = [
	'વડોદરામાં નર્મદા પર નવો પુલ ખુલ્લો મુકાયો',
	'',
	'માર્ગ મંત્રી હર્ષદભાઈ પટેલે ૧૫ ઓગસ્ટ ૨૦૨૪ના રોજ વડોદરા શહેરમાં નવા પુલનું ઉદ્ઘાટન કર્યું. આ પુલ બે વર્ષમાં તૈયાર થયો છે. કાર્યક્રમમાં કલેક્ટર સુધા મહેતા હાજર રહ્યાં હતાં. મંગળવારે સાંજે પટેલે ભરૂચ જિલ્લાની મુલાકાત લીધી.'
].join('\n');

/** Each placed problem as `key field: question id: field: code values`. */
const placed = (problems: Placed[]) => problems.map((p) => `${p.key ?? '-'} ${p.field}: ${problemSummary(p.problem)}`);
const TITLES = { title: 'વડોદરાનો નવો પુલ', titleEn: 'Vadodara bridge' };

/** Fresh items for each test: the tests edit them. */
function items(): DraftItem[] {
	return findItems(TEXT, [{ questions: [{ category: 'place', kind: 'city', answer: 'ભરૂચ', accept: ['Bharuch'] }] }]);
}

const byAnswer = (list: DraftItem[], answer: string) => list.find((i) => i.answer === answer)!;

describe('cleanText and suggestTitle', () => {
	it('drops a byte-order mark and Windows line breaks, and offers the first line as title', () => {
		expect(cleanText('\uFEFFમથાળું\r\nલખાણ\rબીજું')).toBe('મથાળું\nલખાણ\nબીજું');
		expect(suggestTitle(TEXT)).toBe('વડોદરામાં નર્મદા પર નવો પુલ ખુલ્લો મુકાયો');
		expect(suggestTitle('  \n')).toBe('');
	});

	// regression: a page's source pasted as it was gave the title "<b>મુખ્યમંત્રી ભૂપેન્દ્ર પટેલે</b> <img src=x…"
	it('reads pasted HTML as the text it shows, and leaves a “<” that opens no tag', () => {
		const html = '<h1>વડોદરામાં નવો પુલ</h1>\n<p><b>મુખ્યમંત્રી</b> ભૂપેન્દ્ર પટેલે પુલ ખુલ્લો મૂક્યો.<img src=x onerror=alert(1)></p>';
		expect(cleanText(html)).toBe('વડોદરામાં નવો પુલ\n\nમુખ્યમંત્રી ભૂપેન્દ્ર પટેલે પુલ ખુલ્લો મૂક્યો.\n');
		expect(suggestTitle(cleanText(html))).toBe('વડોદરામાં નવો પુલ');
		expect(cleanText('૩ < ૫ અને ૫ > ૩')).toBe('૩ < ૫ અને ૫ > ૩');
	});

	it('offers the first sentence’s first words, not a paragraph cut at 100 letters, when the article has no headline', () => {
		const paragraph =
			'ઉદ્યોગ મંત્રી કમલ જોશીએ રવિવારે સુરત શહેરમાં ૨૦૨૪ની હીરા પરિષદ પૂરી કરી. પરિષદમાં ૪૦ દેશના વેપારીઓ આવ્યા હતા.';
		expect(suggestTitle(`${paragraph}\n\nબીજો ફકરો.`)).toBe('ઉદ્યોગ મંત્રી કમલ જોશીએ રવિવારે સુરત શહેરમાં…');
		// the dateline is no part of the title
		expect(suggestTitle('સુરત, તા. ૧૨: ઉદ્યોગ મંત્રી કમલ જોશીએ રવિવારે હીરા પરિષદ પૂરી કરી.')).toBe(
			'ઉદ્યોગ મંત્રી કમલ જોશીએ રવિવારે હીરા પરિષદ પૂરી…'
		);
		expect(suggestTitle('અમદાવાદમાં વરસાદ.')).toBe('અમદાવાદમાં વરસાદ');
	});
});

describe('hasGujaratiLetters', () => {
	it('tells an English text, digits and all, from a Gujarati one', () => {
		expect(hasGujaratiLetters('The minister opened the bridge on 12 March 2024.')).toBe(false);
		expect(hasGujaratiLetters('Budget ૨૦૨૪: 12 March')).toBe(false);
		expect(hasGujaratiLetters('Budget 2024: નાણાં મંત્રી')).toBe(true);
	});
});

describe('findItems', () => {
	it('ticks every proposal but a repeat, with its quote, a question as prompt, and whether a list knew the name', () => {
		const list = items();
		expect(list.map((i) => `${i.category} ${i.answer}`)).toEqual([
			'place વડોદરા',
			'place નર્મદા',
			'person હર્ષદભાઈ પટેલ',
			'date ૧૫ ઓગસ્ટ ૨૦૨૪',
			'place વડોદરા',
			'date બે વર્ષ',
			'person સુધા મહેતા',
			'date મંગળવાર',
			'date સાંજ',
			'person પટેલ',
			'place ભરૂચ'
		]);
		// the second વડોદરા, a span of two years, the evening and પટેલ alone after હર્ષદભાઈ પટેલ are offered unticked
		expect(list.filter((i) => !i.ticked).map((i) => `${i.key} ${i.answer}`)).toEqual(['4 વડોદરા', '5 બે વર્ષ', '8 સાંજ', '9 પટેલ']);
		const collector = byAnswer(list, 'સુધા મહેતા');
		expect(collector.quote).toBe('કાર્યક્રમમાં કલેક્ટર સુધા મહેતા હાજર રહ્યાં હતાં.');
		expect(collector.prompt).toBe('કાર્યક્રમમાં કલેક્ટર કોણ હાજર રહ્યાં હતાં?');
		expect([collector.known, byAnswer(list, 'ભરૂચ').known, byAnswer(list, 'ભરૂચ').kind]).toEqual([
			false,
			true,
			'city'
		]);
	});
});

describe('buildSet', () => {
	it('makes a set of the ticked items that passes the bank checker, with the article as its source', () => {
		const list = items();
		list[0]!.ticked = false;
		const { set, problems } = buildSet(TEXT, list, TITLES);
		expect(problems).toEqual([]);
		expect(set!.id).toBe('vadodara-bridge');
		expect([set!.title, set!.title_en]).toEqual(['વડોદરાનો નવો પુલ', 'Vadodara bridge']);
		expect(set!.articles).toEqual([
			{ file: 'vadodara-bridge.txt', headline: 'વડોદરાનો નવો પુલ', headline_en: 'Vadodara bridge' }
		]);
		// 11 proposals less the first વડોદરા, unticked here, and the two repeats, the span and the evening, which come unticked
		expect(set!.questions).toHaveLength(6);
		expect(set!.questions.map((q) => q.answer)).not.toContain('વડોદરા');
		expect(set!.questions.every((q) => q.article === 'vadodara-bridge.txt' && q.id.startsWith('vadodara-bridge-'))).toBe(
			true
		);
		const bharuch = set!.questions.find((q) => q.answer === 'ભરૂચ')!;
		expect([bharuch.kind, bharuch.accept]).toEqual(['city', ['Bharuch']]);
		// no wrong options are stored: a stored one makes true-or-false statements, which must be false in the world,
		// and another name of the article may not be (two people arrested, two districts flooded)
		expect(set!.questions.every((q) => q.distractors === undefined)).toBe(true);
	});

	it('saves no English line: the drafter’s note on what it found is not shown to students', () => {
		const { set } = buildSet(TEXT, items(), TITLES);
		const tuesday = set!.questions.find((q) => q.answer === 'મંગળવાર')!;
		expect([tuesday.en, englishLine(tuesday)]).toEqual(['મંગળવારે સાંજે પટેલે ભરૂચ જિલ્લાની મુલાકાત લીધી.', undefined]);
		expect(set!.questions.filter((q) => englishLine(q) !== undefined)).toEqual([]);
	});

	it('keeps an edited prompt and answer; an answer typed in place of a listed name loses its spellings', () => {
		const list = items();
		const bharuch = byAnswer(list, 'ભરૂચ');
		bharuch.answer = 'ભરૂચ જિલ્લા';
		bharuch.prompt = 'મંગળવારે સાંજે પટેલે કયા જિલ્લાની મુલાકાત લીધી?';
		const { set, problems } = buildSet(TEXT, list, TITLES);
		expect(problems).toEqual([]);
		const question = set!.questions.find((q) => q.answer === 'ભરૂચ જિલ્લા')!;
		expect([question.prompt, question.accept]).toEqual(['મંગળવારે સાંજે પટેલે કયા જિલ્લાની મુલાકાત લીધી?', []]);
	});

	it('places a prompt that gives the answer away, and a repeated prompt, beside their items and blocks', () => {
		const list = items();
		const minister = byAnswer(list, 'હર્ષદભાઈ પટેલ');
		minister.prompt = 'હર્ષદભાઈ પટેલે કયા શહેરમાં પુલ ખોલ્યો?';
		const collector = byAnswer(list, 'સુધા મહેતા');
		const days = byAnswer(list, 'બે વર્ષ');
		days.ticked = true;
		days.prompt = collector.prompt;
		const { problems } = buildSet(TEXT, list, TITLES);
		expect(problems.map((p) => [p.key, p.field, p.problem.code, p.problem.params, p.problem.severity])).toEqual([
			[minister.key, 'prompt', 'gives-away', { form: 'હર્ષદભાઈ પટેલ' }, 'error'],
			[collector.key, 'prompt', 'duplicate-prompt', { otherId: expect.any(String), otherAnswer: 'બે વર્ષ' }, 'error']
		]);
	});

	it('asks for a kind when a name becomes a place, and drops the kind when a place becomes a person', () => {
		const list = items();
		const collector = byAnswer(list, 'સુધા મહેતા');
		collector.category = 'place';
		const bharuch = byAnswer(list, 'ભરૂચ');
		bharuch.category = 'person';
		const first = buildSet(TEXT, list, TITLES);
		expect(first.problems.map((p) => [p.key, p.field, p.problem.code, p.problem.severity])).toEqual([
			[collector.key, 'kind', 'place-needs-kind', 'error']
		]);
		collector.kind = 'site';
		const { set, problems } = buildSet(TEXT, list, TITLES);
		expect(problems).toEqual([]);
		const kinds = set!.questions.filter((q) => q.answer === 'સુધા મહેતા' || q.answer === 'ભરૂચ').map((q) => q.kind);
		expect(kinds).toEqual(['site', undefined]);
	});

	it('allows an answer that is not in its sentence, with a note; an empty answer blocks', () => {
		const list = items();
		const collector = byAnswer(list, 'સુધા મહેતા');
		collector.answer = 'સુધાબેન મહેતા';
		const days = byAnswer(list, 'બે વર્ષ');
		days.ticked = true;
		days.answer = '  ';
		const { set, problems } = buildSet(TEXT, list, TITLES);
		expect(set).toBeUndefined();
		expect(problems.map((p) => [p.key, p.field, p.problem.code, p.problem.severity])).toEqual([
			[days.key, 'answer', 'empty', 'error'],
			[collector.key, 'answer', 'answer-not-in-quote', 'note']
		]);
	});

	it('needs a ticked item and a Gujarati title; an empty English title takes the Gujarati one', () => {
		const none = items().map((i) => ({ ...i, ticked: false }));
		expect(placed(buildSet(TEXT, none, TITLES).problems)).toEqual(['- set: -: questions: none-chosen']);
		// the title, its article's headline and the English stand-ins are one problem, on the title
		expect(placed(buildSet(TEXT, items(), { title: ' ', titleEn: '' }).problems)).toEqual(['- title: -: title: empty']);
		const { set } = buildSet(TEXT, items(), { title: 'નવો પુલ', titleEn: '' });
		expect([set!.id, set!.title_en, set!.articles[0]!.headline_en]).toEqual(['navo-pul', 'નવો પુલ', 'નવો પુલ']);
	});
});

describe('draftSetId', () => {
	it('names the set after its English title, else its Gujarati one in Latin letters, reading a dot as a space', () => {
		expect(draftSetId(TITLES)).toBe('vadodara-bridge');
		expect(draftSetId({ title: 'ડૉ. પટેલનું સન્માન', titleEn: '' })).toBe('do-patelnum-sanman');
		expect(draftSetId({ title: '', titleEn: '' })).toBe('article');
	});
});
