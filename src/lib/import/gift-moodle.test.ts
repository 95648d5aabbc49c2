/**
 * tests/fixtures/import-real/moodle-export.gift.txt, a question bank as Moodle 4.x's GIFT export
 * writes it (question/format/gift/format.php: `// question:` comments, `$CATEGORY:` paths,
 * `[html]` text with escaped `=` and `:`, a description with no blank line after it, `{#` blocks
 * of `=%100%v:t#` answers and `~#` feedback, `[id:…]` and `[tag:…]`), read as an upload is:
 * every question Kasoti can ask, and a note for everything it leaves out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemLine } from '../i18n/problem-line';
import { FALSE_ANSWER, importBytes, TRUE_ANSWER } from './index';

const NAME = 'moodle-export.gift.txt';
const bytes = readFileSync(new URL(`../../../tests/fixtures/import-real/${NAME}`, import.meta.url));
const result = importBytes(new Uint8Array(bytes), NAME);
const byTitle = new Map(result.drafts.map((d) => [d.title, d]));
const draft = (title: string) => byTitle.get(title)!;

describe('a Moodle 4.x GIFT export', () => {
	it('is read as GIFT, whole, with a set ready to import', () => {
		expect(result.format).toBe('gift');
		expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(result.set?.questions).toHaveLength(8);
	});

	it('names everything it leaves out, each on its question line', () => {
		expect(result.problems.map(problemLine)).toEqual([
			`${NAME}:5: સૂચના: question: This has no { } answer block: a description is not a question, so it was left out.`,
			`${NAME}:7: નદી અને શહેર: question: This is a matching question, which Kasoti does not ask; it was left out.`,
			`${NAME}:14: દાંડી કૂચ નિબંધ: question: This is an essay question (an empty { }), which Kasoti does not ask; it was left out.`,
			`${NAME}:21: ગુજરાતની સ્થાપના: question: Moodle’s ID number "GJ-DATE-01" was left out: Kasoti gives each question its own id.`,
			`${NAME}:21: ગુજરાતની સ્થાપના: feedback: The feedback for any other number ("ફરી વિચારો: મહાગુજરાત આંદોલન પછી.") was left out.`,
			`${NAME}:28: સરદાર સરોવર: answer: Answers with part marks (%50%) were left out: a Kasoti question has one right answer.`,
			`${NAME}:53: ગાંધીજીનું જન્મસ્થળ: question: Moodle’s ID number "GJ-PER-02" was left out: Kasoti gives each question its own id.`,
			`${NAME}:56: રાષ્ટ્રગીત: question: A sound was left out ("jana-gana-mana.mp3"): Kasoti shows text only.`,
			`${NAME}:67: રાજધાની નકશો: question: An image was left out ("gujarat-map.png"): Kasoti shows text only.`
		]);
		expect(result.problems.every((p) => p.severity === 'note')).toBe(true);
	});

	it('reads each question: its text without HTML, answer, spellings, distractors and category from $CATEGORY:', () => {
		expect(result.drafts.map((d) => [d.line, d.title, d.prompt, d.answer, d.accept, d.distractors, d.category, d.kind])).toEqual([
			[21, 'ગુજરાતની સ્થાપના', 'ગુજરાત રાજ્યની સ્થાપના કયા વર્ષે થઈ?', '1960', [], [], 'date', undefined],
			[28, 'સરદાર સરોવર', 'સરદાર સરોવર બંધનું લોકાર્પણ કયા વર્ષે થયું? (બે વર્ષ આગળ-પાછળ ચાલશે)', '2017', [], [], 'date', undefined],
			[35, 'સ્વતંત્રતા દિવસ', 'ભારતને સ્વતંત્રતા કઈ તારીખે મળી?', '૧૫ ઑગસ્ટ ૧૯૪૭', [], ['૨૬ જાન્યુઆરી ૧૯૫૦', '૨ ઑક્ટોબર ૧૯૪૭'], 'date', undefined],
			[46, 'પ્રથમ વડાપ્રધાન', 'ભારતના પ્રથમ વડાપ્રધાન કોણ હતા?', 'જવાહરલાલ નેહરુ', ['નેહરુ'], [], 'person', undefined],
			[53, 'ગાંધીજીનું જન્મસ્થળ', 'મહાત્મા ગાંધીનો જન્મ રાજકોટમાં થયો હતો.', FALSE_ANSWER, [], [TRUE_ANSWER], 'person', undefined],
			[56, 'રાષ્ટ્રગીત', 'આ ગીત સાંભળો. તે કોણે લખ્યું હતું?', 'રવીન્દ્રનાથ ટાગોર', [], ['બંકિમચંદ્ર ચટ્ટોપાધ્યાય', 'સરોજિની નાયડુ'], 'person', undefined],
			[67, 'રાજધાની નકશો', 'નકશામાં બતાવેલી ગુજરાતની રાજધાની કઈ છે?', 'ગાંધીનગર', [], ['અમદાવાદ', 'સુરત', 'વડોદરા'], 'place', 'city'],
			[75, 'સાબરમતી આશ્રમ', 'સાબરમતી આશ્રમ _____ શહેરમાં છે.', 'અમદાવાદ', [], ['વડોદરા', 'રાજકોટ'], 'place', 'city']
		]);
	});

	it('reads numerical answers with their tolerance as ranges', () => {
		expect(draft('ગુજરાતની સ્થાપના').numeric).toEqual({ min: 1960, max: 1960 });
		expect(draft('સરદાર સરોવર').numeric).toEqual({ min: 2015, max: 2019 });
	});

	it('keeps per-answer feedback with its answer, and the general feedback as the explanation', () => {
		expect([draft('ગુજરાતની સ્થાપના').feedback, draft('ગુજરાતની સ્થાપના').explanation]).toEqual([
			[{ option: '1960', text: 'સાચું! ૧ મે ૧૯૬૦.' }],
			'૧ મે ૧૯૬૦ના રોજ મુંબઈ રાજ્યમાંથી ગુજરાત અને મહારાષ્ટ્ર એમ બે રાજ્યો બન્યાં.'
		]);
		expect(draft('સ્વતંત્રતા દિવસ').feedback).toEqual([
			{ option: '૧૫ ઑગસ્ટ ૧૯૪૭', text: 'બરાબર.' },
			{ option: '૨૬ જાન્યુઆરી ૧૯૫૦', text: 'એ દિવસે બંધારણ અમલમાં આવ્યું.' },
			{ option: '૨ ઑક્ટોબર ૧૯૪૭', text: 'એ ગાંધી જયંતી છે.' }
		]);
		expect(draft('સ્વતંત્રતા દિવસ').explanation).toBe('૧૫ ઑગસ્ટ ૧૯૪૭ની મધરાતે ભારત સ્વતંત્ર થયું.');
		expect(draft('પ્રથમ વડાપ્રધાન').feedback).toEqual([
			{ option: 'જવાહરલાલ નેહરુ', text: 'સાચું.' },
			{ option: 'નેહરુ', text: 'સાચું; પૂરું નામ જવાહરલાલ નેહરુ.' }
		]);
		expect(draft('પ્રથમ વડાપ્રધાન').explanation).toBeUndefined();
	});

	it('gives true/false feedback to the reply it answers: the wrong reply here is "true"', () => {
		const tf = draft('ગાંધીજીનું જન્મસ્થળ');
		expect([tf.feedback, tf.explanation]).toEqual([
			[
				{ option: TRUE_ANSWER, text: 'ના, રાજકોટમાં તો તેઓ ભણ્યા હતા.' },
				{ option: FALSE_ANSWER, text: 'સાચું: તેમનો જન્મ પોરબંદરમાં થયો હતો.' }
			],
			'૨ ઑક્ટોબર ૧૮૬૯, પોરબંદર.'
		]);
	});

	it("keeps Moodle's tags", () => {
		expect(result.drafts.map((d) => d.tags ?? [])).toEqual([['ગુજરાત', 'ધોરણ-૧૦'], [], ['સ્વતંત્રતા'], [], ['ગાંધીજી'], [], ['નકશો'], []]);
		expect(result.set!.questions.map((q) => q.tags ?? [])).toEqual(result.drafts.map((d) => d.tags ?? []));
	});
});
