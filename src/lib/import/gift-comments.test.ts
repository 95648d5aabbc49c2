/**
 * The `//` comment lines of a GIFT file: Moodle's `[tag:…]` and `[id:…]` (read as Moodle's
 * importer reads them, cases from its own tests), which comments belong to which question, and
 * the `// kasoti-…:` lines of Kasoti's own export.
 */
import { describe, expect, it } from 'vitest';
import { problemSummary } from '../bank/problems';
import { parseGift } from './gift';
import { commentList, commentText, readFileComments, readQuestionComments } from './gift-comments';

const read = (text: string) => parseGift(text, 'quiz.gift');

describe("readQuestionComments: Moodle's [tag:…] and [id:…]", () => {
	const cases: [string, string[], string | undefined, string[]][] = [
		['blank comment', [''], undefined, []],
		['nothing in comment', ['// A basic comment.'], undefined, []],
		['idnumber only', ['// A comment with [id:frog] <-- an idnumber.'], 'frog', []],
		['tags only', ['// Look tags: [tag:frog] [tag:toad].'], undefined, ['frog', 'toad']],
		['everything', ['// [tag:add] [tag:basic] [id:four]'], 'four', ['add', 'basic']],
		['everything mixed up', ['// [tag:  basic] Here is  ', '// a [id:   four   ] que[tag:add   ]stion.'], 'four', ['basic', 'add']],
		['split over line', ["// Ceci n'est pas une [tag:", '// \\ frog].'], undefined, []],
		['escape ] idnumber', ['// [id:i\\]d].'], 'i]d', []],
		['escape ] tag', ['// [tag:t\\]ag].'], undefined, ['t]ag']]
	];
	for (const [name, lines, idnumber, tags] of cases) {
		it(name, () => {
			const read = readQuestionComments(lines);
			expect([read.idnumber, read.tags]).toEqual([idnumber, tags]);
		});
	}
});

describe('parseGift: tags and idnumber', () => {
	it("keeps the tags of the comments before a question, and names Moodle's idnumber as left out", () => {
		const { drafts, problems } = read(
			'// question: 2110  name: Q1\n// [id:GJ-01] [tag:ગુજરાત] [tag:ધોરણ-૧૦]\n::Q1::[html]<p>Q?</p>{=a ~b}'
		);
		expect(drafts[0]!.tags).toEqual(['ગુજરાત', 'ધોરણ-૧૦']);
		expect(problems.map((p) => `${p.line}: ${problemSummary(p)}`)).toEqual([
			'3: Q1: question: left-out what=idnumber text=GJ-01 (note)'
		]);
	});

	it('gives each question only the comments of its own lines, as Moodle cuts at blank lines', () => {
		const { drafts } = read(
			[
				'// [tag:file-wide]',
				'',
				'// [tag:one]',
				'::a:: Q1 {=x ~y}',
				'// [tag:after-one]',
				'',
				'::b:: Q2 {=z}',
				'// [tag:three]',
				'::c:: Q3 {=w}',
				'::d:: Q4',
				'// [tag:inside]',
				'{=v}'
			].join('\n')
		);
		expect(drafts.map((d) => [d.title, d.tags])).toEqual([
			['a', ['one', 'after-one']],
			['b', undefined],
			['c', ['three']],
			['d', ['inside']]
		]);
	});

	it("reads a description Moodle writes with no blank line after it apart from the next question and its comments", () => {
		const { drafts, problems } = read(
			'// question: 1  name: intro\n::intro::[html]<p>Read this.</p>\n// question: 2  name: Q\n// [tag:t]\n::Q::[html]<p>Q?</p>{=a ~b}\n'
		);
		expect(drafts.map((d) => [d.title, d.prompt, d.tags, d.line])).toEqual([['Q', 'Q?', ['t'], 5]]);
		expect(problems.map((p) => `${p.line}: ${problemSummary(p)}`)).toEqual(['2: intro: question: gift-description (note)']);
	});
});

describe("Kasoti's own comment lines", () => {
	it('escapes backslashes, newlines and, in a list, the bar', () => {
		expect(commentText('a\\b\nc|d')).toBe('a\\\\b\\nc|d');
		expect(commentList(['a|b', 'c\nd'])).toBe('a\\|b | c\\nd');
		expect(readQuestionComments([`// kasoti-accept: ${commentList(['a|b', 'c\nd', 'e\\f'])}`]).accept).toEqual(['a|b', 'c\nd', 'e\\f']);
	});

	it('reads the set id and titles from the top of the file only', () => {
		expect(
			readFileComments(['// kasoti-set: gk', '// kasoti-title: સામાન્ય જ્ઞાન', '// kasoti-title-en: General\\nknowledge', '// other'])
		).toEqual({ setId: 'gk', title: 'સામાન્ય જ્ઞાન', titleEn: 'General\nknowledge' });
		const later = read('Q {=a}\n\n// kasoti-set: late\n// kasoti-title: Late\n\nQ2 {=b}');
		expect([later.setId, later.title]).toEqual([undefined, undefined]);
		const top = read('// kasoti-set: gk\n// kasoti-title: Title\n// kasoti-title-en: English\n\nQ {=a}');
		expect([top.setId, top.title, top.titleEn]).toEqual(['gk', 'Title', 'English']);
		expect(read('// kasoti-set: Not An Id!\n\nQ {=a}').setId).toBeUndefined();
	});

	it("gives a question its English line, accept forms, loose feedback, answer as written and a choice question's range", () => {
		const { drafts, problems } = read(
			[
				'// kasoti-en: Gandhinagar is the capital.',
				'// kasoti-accept: Gandhinagar | ગાંધીનગર શહેર',
				'// kasoti-feedback: Gandhinagar | In English: right.',
				'::capital:: ગુજરાતની રાજધાની? {=ગાંધીનગર ~સુરત}',
				'',
				'// kasoti-answer: ૧૯૬૦',
				'::year:: વર્ષ? {#1960#સાચું.}',
				'',
				'// kasoti-range: 5..7',
				'::days:: દિવસ? {=6 ~4 ~8}'
			].join('\n')
		);
		expect(problems).toEqual([]);
		const [capital, year, days] = drafts;
		expect([capital!.en, capital!.accept, capital!.feedback]).toEqual([
			'Gandhinagar is the capital.',
			['Gandhinagar', 'ગાંધીનગર શહેર'],
			[{ option: 'Gandhinagar', text: 'In English: right.' }]
		]);
		expect([year!.answer, year!.numeric, year!.feedback]).toEqual(['૧૯૬૦', { min: 1960, max: 1960 }, [{ option: '૧૯૬૦', text: 'સાચું.' }]]);
		expect([days!.answer, days!.numeric]).toEqual(['6', { min: 5, max: 7 }]);
	});

	it('reads no tag out of a Kasoti line, and an answer line only for a numerical question', () => {
		const d = read('// kasoti-en: see [tag:x]\n// kasoti-answer: other\nQ {=a ~b}').drafts[0]!;
		expect([d.en, d.tags, d.answer]).toEqual(['see [tag:x]', undefined, 'a']);
	});
});
