/**
 * The files in tests/fixtures/import/, read as an upload would be (bytes, then text): the good
 * ones give the sets a teacher expects, the bad ones give exactly the messages a teacher sees and
 * nothing to import.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemLine } from '../i18n/problem-line';
import { importBytes } from './index';

const FIXTURES = new URL('../../../tests/fixtures/import/', import.meta.url);
const load = (name: string) => importBytes(new Uint8Array(readFileSync(new URL(name, FIXTURES))), name);

describe('good files', () => {
	it('gujarati.gift: every GIFT question type Kasoti uses, categories from $CATEGORY:', () => {
		const { format, set, problems } = load('gujarati.gift');
		expect(format).toBe('gift');
		expect(problems.map(problemLine)).toEqual([
			'gujarati.gift:27: rivers: question: This is a matching question, which Kasoti does not ask; it was left out.'
		]);
		expect(set?.questions.map((q) => [q.id, q.category, q.kind, q.answer, q.accept, q.distractors])).toEqual([
			['gujarat-founded', 'date', undefined, '1960', [], undefined],
			['dandi-march', 'date', undefined, '1930', [], undefined],
			['independence-day', 'date', undefined, '૧૫ ઑગસ્ટ ૧૯૪૭', [], ['૨૬ જાન્યુઆરી ૧૯૫૦', '૨ ઑક્ટોબર ૧૯૪૭']],
			['first-pm', 'person', undefined, 'જવાહરલાલ નેહરુ', ['નેહરુ'], undefined],
			['gandhi-born', 'person', undefined, 'સાચું', [], ['ખોટું']],
			['capital', 'place', 'city', 'ગાંધીનગર', [], ['અમદાવાદ', 'સુરત', 'વડોદરા']]
		]);
		const byId = new Map(set!.questions.map((q) => [q.id, q]));
		expect(byId.get('dandi-march')!.explanation).toBe('ગાંધીજીએ ૧૨ માર્ચ ૧૯૩૦ના રોજ સાબરમતી આશ્રમથી કૂચ શરૂ કરી.');
		// the right option's own feedback stays with it; only #### is an explanation
		expect(byId.get('independence-day')!.feedback).toEqual([{ option: '૧૫ ઑગસ્ટ ૧૯૪૭', text: 'સાચું: ૧૯૪૭માં.' }]);
		expect(byId.get('independence-day')!.explanation).toBeUndefined();
		expect(byId.get('gandhi-born')!.prompt).toBe('મહાત્મા ગાંધીનો જન્મ પોરબંદરમાં થયો હતો.');
		expect(byId.get('capital')!.prompt).toBe('ગુજરાતની રાજધાની _____ છે.');
		expect(byId.get('capital')!.quote).toBe('ગુજરાતની રાજધાની ગાંધીનગર છે.');
	});

	it('aiken.txt: a question that starts like a choice is still a question', () => {
		const { set, problems } = load('aiken.txt');
		expect(problems).toEqual([]);
		expect(set?.questions.map((q) => [q.prompt, q.answer, q.category])).toEqual([
			['ગુજરાતની રાજધાની કઈ છે?', 'ગાંધીનગર', 'place'],
			['I. ભારતના પ્રથમ વડાપ્રધાન કોણ હતા?', 'જવાહરલાલ નેહરુ', 'person'],
			['U.N. ની સ્થાપના કયા વર્ષે થઈ?', '1945', 'date']
		]);
	});

	it("anki.txt: Anki's headers, HTML, tags as categories, a quoted newline", () => {
		const { format, set, drafts, problems } = load('anki.txt');
		expect([format, problems]).toEqual(['csv', []]);
		expect(set?.title).toBe('ગુજરાતી સમાચાર');
		expect(drafts.map((d) => [d.line, d.prompt, d.answer, d.category])).toEqual([
			[6, 'કિમ જોંગ ઉન કયા દેશના નેતા છે?', 'ઉત્તર કોરિયા', 'place'],
			[7, 'કિમ જોંગ ઉનની રશિયા યાત્રા\nકેટલા દિવસની હતી?', 'છ દિવસ', 'date'],
			[9, 'રશિયાના રાષ્ટ્રપતિ કોણ છે?', 'વ્લાદિમીર પુતિન', 'person']
		]);
	});

	it("quizlet.tsv: Quizlet's tab-separated export, categories proposed", () => {
		const { set, drafts, problems } = load('quizlet.tsv');
		expect(problems).toEqual([]);
		expect(drafts.map((d) => [d.answer, d.category, d.categorySource])).toEqual([
			['ગાંધીનગર', 'place', 'proposed'],
			['જવાહરલાલ નેહરુ', 'person', 'proposed'],
			['૧૯૬૦', 'date', 'proposed']
		]);
		expect(set?.questions).toHaveLength(3);
	});

	it('semicolon.csv: a European spreadsheet with a Gujarati header row', () => {
		const { set, problems } = load('semicolon.csv');
		expect(problems).toEqual([]);
		expect(set?.questions.map((q) => [q.prompt, q.answer, q.category, q.accept, q.distractors])).toEqual([
			['ગુજરાતની રાજધાની કઈ છે?', 'ગાંધીનગર', 'place', ['Gandhinagar'], ['અમદાવાદ', 'સુરત', 'વડોદરા']],
			['દાંડી કૂચ; મીઠાનો સત્યાગ્રહ, કયા વર્ષે થયો?', '1930', 'date', ['૧૯૩૦'], ['1931', '1929']],
			['ભારતના પ્રથમ વડાપ્રધાન કોણ હતા?', 'જવાહરલાલ નેહરુ', 'person', ['નેહરુ'], ['સરદાર પટેલ']]
		]);
	});

	it('newline.csv: a question over two lines, and the next row on its real line', () => {
		const { drafts, problems } = load('newline.csv');
		expect(problems).toEqual([]);
		expect(drafts.map((d) => [d.line, d.prompt, d.explanation])).toEqual([
			[2, 'ગુજરાતની રાજધાની\nકઈ છે?', 'ગાંધીનગર ૧૯૭૦થી રાજધાની છે, અમદાવાદ પહેલાં હતું.'],
			[4, 'ભારતને સ્વતંત્રતા કયા વર્ષે મળી?', undefined]
		]);
	});

	it('bom.csv and utf16.csv: a byte-order mark, UTF-16 from a spreadsheet', () => {
		for (const name of ['bom.csv', 'utf16.csv']) {
			const { set, problems } = load(name);
			expect(problems).toEqual([]);
			expect(set?.questions.map((q) => [q.prompt, q.answer])).toEqual([['ગુજરાતની રાજધાની કઈ છે?', 'ગાંધીનગર']]);
		}
	});

	it("kasoti.json: Kasoti's own format, read without its article", () => {
		const { format, set, drafts, problems } = load('kasoti.json');
		expect([format, problems]).toEqual(['json', []]);
		expect(set?.id).toBe('bhuj-science-school');
		expect(set?.articles.map((a) => a.file)).toEqual(['example.txt']);
		expect(drafts.map((d) => [d.id, d.line, d.quote !== undefined])).toEqual([
			['bhuj-school-opened-by', 15, true],
			['bhuj-school-city', 26, true]
		]);
	});
});

describe('bad files: the exact messages, and nothing to import', () => {
	const cases: [string, string[]][] = [
		[
			'bad-broken.json',
			[
				'bad-broken.json:4: -: (file): This is not valid JSON at line 4, column 2: look just before this point for a missing or extra comma, quote or bracket.'
			]
		],
		[
			'bad-types.json',
			[
				'bad-types.json: -: title: This must be text in double quotes, not 42.',
				'bad-types.json:7: capital: accept: This must be a list in [ ], not "Gandhinagar".'
			]
		],
		['bad-missing.json', ['bad-missing.json:7: capital: answer: This is missing.', 'bad-missing.json:7: capital: quote: This is missing.']],
		[
			'bad-unknown.txt',
			[
				'bad-unknown.txt: -: (file): This is in no format Kasoti knows: use Kasoti JSON, Moodle GIFT, Aiken, or CSV/TSV with a question column and an answer column. ' +
					'When exporting from Quizlet, choose "Tab" between term and definition and "New line" between rows.'
			]
		],
		[
			'bad-binary.xlsx',
			[
				'bad-binary.xlsx: -: (file): This is not a text file (it looks like a spreadsheet, PDF or image): save it as CSV UTF-8 or plain text first.'
			]
		],
		['bad-empty.txt', ['bad-empty.txt: -: (file): The file is empty.']]
	];

	for (const [name, expected] of cases) {
		it(name, () => {
			const result = load(name);
			expect(result.problems.map(problemLine)).toEqual(expected);
			expect(result.problems.every((p) => p.severity === 'error')).toBe(true);
			expect(result.set).toBeUndefined();
			expect(result.drafts).toEqual([]);
		});
	}
});

describe('files with broken questions: the good ones, and each broken one named by its line', () => {
	const cases: [string, string[], string[]][] = [
		[
			'bad-duplicate-ids.json',
			['bad-duplicate-ids.json:17: capital: id: This question has the same id as the question on line 7: give each question its own id.'],
			['ગુજરાતની રાજધાની કઈ છે?']
		],
		[
			'bad-answer.aiken.txt',
			['bad-answer.aiken.txt:10: -: answer: "ANSWER: E" names no choice: the choices are A, B, C.'],
			['ગુજરાતની રાજધાની કઈ છે?']
		],
		[
			'bad-unclosed.gift',
			['bad-unclosed.gift:3: first-pm: question: There is a { that is never closed with }.'],
			['ગુજરાતની રાજધાની કઈ છે?', 'ગુજરાત રાજ્યની સ્થાપના કયા વર્ષે થઈ?']
		]
	];

	for (const [name, expected, prompts] of cases) {
		it(name, () => {
			const result = load(name);
			expect(result.problems.map(problemLine)).toEqual(expected);
			expect(result.left).toBe(1);
			expect(result.set?.questions.map((q) => q.prompt)).toEqual(prompts);
			expect(result.drafts.map((d) => d.prompt)).toEqual(prompts);
		});
	}
});
