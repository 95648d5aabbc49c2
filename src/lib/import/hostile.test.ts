/**
 * Files made to hurt: invisible and direction characters, keys that name Object's own properties,
 * JSON nested past any set. Each test names the bug it pins.
 */
import { describe, expect, it } from 'vitest';
import { problemLine } from '../i18n/problem-line';
import { importText } from './index';
import { parseAiken } from './aiken';
import { parseCsv } from './csv';
import { detectFormat } from './detect';
import { parseGift } from './gift';
import { parseKasotiJson } from './json';
import { stripHtml } from './shared';

const lines = (text: string, fileName: string) => importText(text, fileName).problems.map(problemLine);

describe('invisible and direction characters', () => {
	// regression: `{=\u2061}` imported as an answer nobody can type
	it('refuses a GIFT question whose answer is only invisible characters, naming its line', () => {
		const out = parseGift('::a:: ગુજરાતની રાજધાની? {=ગાંધીનગર}\n\n::b:: ભારતની રાજધાની? {=\u2061}\n', 'q.gift');
		expect(out.drafts.map((d) => d.title)).toEqual(['a']);
		expect(out.problems.map(problemLine)).toEqual([
			'q.gift:3: b: answer: This holds only invisible characters (U+2061): nobody could see or type it. Write it again in plain letters.'
		]);
	});

	it('refuses a GIFT option of soft hyphens and fillers, and a short answer of a braille blank', () => {
		expect(parseGift('Q? {=સુરત ~\u00AD\u3164}', 'q.gift').problems.map((p) => [p.line, p.field, p.code])).toEqual([
			[1, 'distractors', 'invisible-text']
		]);
		expect(parseGift('Q? {=\u2800}', 'q.gift').problems.map((p) => p.code)).toEqual(['invisible-text']);
	});

	// regression: U+202E in a title reversed the sentence around it
	it('removes bidi controls, invisible operators and tag characters from every GIFT text', () => {
		const [draft] = parseGift('::\u202Eq1:: ભારતના\u202E વડાપ્રધાન\u2066 કોણ?\u{E0041} {=નેહરુ\u2061 =Nehru\u00AD ~ગાંધી\u200F}', 'q.gift').drafts;
		expect(draft).toMatchObject({
			title: 'q1',
			prompt: 'ભારતના વડાપ્રધાન કોણ?',
			answer: 'નેહરુ',
			accept: ['Nehru'],
			distractors: ['ગાંધી']
		});
	});

	it('keeps ZWJ and ZWNJ after a virama, where Gujarati needs them', () => {
		const [draft] = parseGift('ક્\u200Dષ કે ક્\u200Cષ? {=ક્\u200Dષ}', 'q.gift').drafts;
		expect(draft?.prompt).toBe('ક્\u200Dષ કે ક્\u200Cષ?');
		expect(draft?.answer).toBe('ક્\u200Dષ');
	});

	it('refuses an Aiken choice and a CSV answer made only of invisible characters, naming the line', () => {
		const aiken = parseAiken('રાજધાની?\nA. \u2061\u2062\nB. સુરત\nANSWER: A\n', 'q.txt');
		expect(aiken.problems.map((p) => [p.line, p.field, p.code, p.params])).toEqual([
			[1, 'answer', 'invisible-text', { chars: 'U+2061 U+2062' }]
		]);
		const csv = parseCsv('question,answer,wrong\nરાજધાની?,ગાંધીનગર,સુરત\nરાજ્ય?,\u202E\u202C,x\nશહેર?,સુરત,\u2064\n', 'q.csv');
		expect(csv.problems.map((p) => [p.line, p.field, p.code])).toEqual([
			[3, 'answer', 'invisible-text'],
			[4, 'distractors', 'invisible-text']
		]);
		expect(csv.drafts.map((d) => d.answer)).toEqual(['ગાંધીનગર']);
	});

	it('cleans the set title an Anki deck or a file name gives', () => {
		const deck = importText('#separator:Tab\n#deck:સા\u202Eમાન્ય\nકોણ?\tનેહરુ\n', 'x.txt');
		expect(deck.meta?.title).toBe('સામાન્ય');
		const named = importText('કોણ?,નેહરુ\nકોણે?,ગાંધી\n', 'quiz\u202Etxt.csv');
		expect(named.meta?.title).toBe('quiztxt');
	});

	it('cleans every string of Kasoti JSON, so an invisible answer is refused as empty on its line', () => {
		const text = JSON.stringify(
			{ id: 's', title: 'T\u202E', title_en: 'T', lang: 'gu', articles: [], questions: [{ id: 'q', category: 'date', prompt: 'ક્યારે?', answer: '\u2061', accept: [], article: 'a.txt', quote: 'x', en: 'x' }] },
			null,
			1
		);
		const out = parseKasotiJson(text, 's.json');
		expect(out.problems.map((p) => [p.line, p.field, p.code])).toEqual([[8, 'answer', 'empty']]);
	});
});

describe('keys taken from a file', () => {
	// regression: a file named `x.constructor` made the importer throw
	it('reads a file named after an Object property by its content', () => {
		expect(detectFormat('કોણ?,નેહરુ\nકોણે?,ગાંધી\n', 'x.constructor')).toBe('csv');
		expect(detectFormat('plain words', 'x.constructor')).toBe('unknown');
		expect(detectFormat('plain words', 'x.__proto__')).toBe('unknown');
		expect(lines('plain words', 'x.constructor')).toEqual([
			'x.constructor: -: (file): This is in no format Kasoti knows: use Kasoti JSON, Moodle GIFT, Aiken, or CSV/TSV with a question column and an answer column. ' +
				'When exporting from Quizlet, choose "Tab" between term and definition and "New line" between rows.'
		]);
	});

	// regression: `&constructor;` in GIFT HTML became JavaScript source text
	it('decodes only known HTML entities', () => {
		expect(stripHtml('a &constructor; &toString; &__proto__; &amp; &#x0AAE; b')).toBe('a &constructor; &toString; &__proto__; & મ b');
		const [draft] = parseGift('[html]શું &constructor;? {=&hasOwnProperty;}', 'q.gift').drafts;
		expect([draft?.prompt, draft?.answer]).toEqual(['શું &constructor;?', '&hasOwnProperty;']);
	});

	it('does not take Object property names for categories, kinds, separators or columns', () => {
		const csv = parseCsv('#separator:constructor\nconstructor,toString\nકોણ?,નેહરુ\n', 'q.csv');
		expect(csv.problems.map((p) => p.code)).toContain('anki-separator');
		const tagged = parseCsv('question,answer,category,kind\nકોણ?,નેહરુ,constructor,__proto__\n', 'q.csv');
		expect(tagged.problems.map((p) => [p.code, p.params])).toEqual([
			['csv-category-name', { value: 'constructor' }],
			['csv-kind-name', { value: '__proto__' }]
		]);
		const gift = parseGift('$CATEGORY: top/constructor\n\nકોણ? {=નેહરુ}', 'q.gift');
		expect(gift.drafts[0]?.categorySource).toBe('proposed');
	});
});

describe('JSON nesting', () => {
	// regression: a pasted file of nested brackets threw "Maximum call stack size exceeded"
	it('refuses nesting deeper than 32 before parsing, on the line where it passes the limit', () => {
		const deep = `{\n"questions":\n${'['.repeat(50_000)}${']'.repeat(50_000)}\n}`;
		expect(parseKasotiJson(deep, 'd.json').problems.map(problemLine)).toEqual([
			'd.json:3: -: (file): Brackets are nested more than 32 deep here: no question set is shaped like that, so the file could not be read.'
		]);
		expect(() => importText('['.repeat(1_000_000))).not.toThrow();
	});

	it('counts brackets inside strings as text', () => {
		const text = JSON.stringify({ id: '['.repeat(100), nested: [[[{ a: '{'.repeat(100) }]]] });
		expect(parseKasotiJson(text, 'd.json').problems.map((p) => p.code)).not.toContain('json-too-deep');
	});
});
