/**
 * GIFT feedback as Moodle's documentation and importer (question/format/gift/format.php) read
 * it: `#…` after an option is what a student who gives that option is told, `####…` is the
 * general feedback every student sees, and true/false takes `{T#for a wrong reply#for a right one}`.
 */
import { describe, expect, it } from 'vitest';
import { problemSummary } from '../bank/problems';
import { FALSE_ANSWER, parseGift, TRUE_ANSWER } from './gift';
import { only, read } from './gift-testing';


describe('parseGift: feedback for each option', () => {
	it("multiple choice: the right option's, another right option's and each distractor's own", () => {
		const d = only(
			"::Q2:: What's between orange and green in the spectrum?\n{ =yellow # right; good! =gold # also fine ~red # wrong, it's yellow ~blue }"
		);
		expect(d.feedback).toEqual([
			{ option: 'yellow', text: 'right; good!' },
			{ option: 'gold', text: 'also fine' },
			{ option: 'red', text: "wrong, it's yellow" }
		]);
		expect(d.explanation).toBeUndefined();
	});

	it('short answer: each accepted spelling keeps its own', () => {
		const d = only('ભારતના પ્રથમ વડાપ્રધાન કોણ? {=જવાહરલાલ નેહરુ#સાચું. =નેહરુ#સાચું; પૂરું નામ જવાહરલાલ નેહરુ.}');
		expect(d.feedback).toEqual([
			{ option: 'જવાહરલાલ નેહરુ', text: 'સાચું.' },
			{ option: 'નેહરુ', text: 'સાચું; પૂરું નામ જવાહરલાલ નેહરુ.' }
		]);
	});

	it('reads feedback in the format of the question, or its own [html]', () => {
		const d = only('[html]<p>Q?</p> {=<p>a</p>#<p>Yes, <b>a</b>.</p> ~b#[plain]<i>no</i>}');
		expect(d.feedback).toEqual([
			{ option: 'a', text: 'Yes, a.' },
			{ option: 'b', text: '<i>no</i>' }
		]);
	});

	it("short answer: Moodle's `*` (any other answer) is no spelling; its feedback is named as left out", () => {
		const { drafts, problems } = read('::Shortanswer::Which is the best animal?{\n=Frog#Good!\n=%0%*#Completely wrong\n}');
		expect([drafts[0]!.answer, drafts[0]!.accept, drafts[0]!.feedback]).toEqual(['Frog', [], [{ option: 'Frog', text: 'Good!' }]]);
		expect(problems.map(problemSummary)).toEqual([
			'Shortanswer: feedback: left-out what=other-answer-feedback text=Completely wrong (note)'
		]);
	});
});

describe('parseGift: true/false feedback, as Moodle means it', () => {
	it('{TRUE#…#…}: the first is for a student who says false, the second for one who says true', () => {
		const d = only('The sun rises in the east. {TRUE#No, look in the morning.#Yes.}');
		expect([d.answer, d.feedback]).toEqual([
			TRUE_ANSWER,
			[
				{ option: TRUE_ANSWER, text: 'Yes.' },
				{ option: FALSE_ANSWER, text: 'No, look in the morning.' }
			]
		]);
	});

	it('{FALSE#…#…}: the first is for a student who says true, the second for one who says false', () => {
		const d = only('42 is the Absolute Answer to everything.{\nFALSE#42 is the Ultimate Answer.#You gave the right answer.}');
		expect([d.answer, d.feedback]).toEqual([
			FALSE_ANSWER,
			[
				{ option: TRUE_ANSWER, text: '42 is the Ultimate Answer.' },
				{ option: FALSE_ANSWER, text: 'You gave the right answer.' }
			]
		]);
	});

	it('{T##…} has feedback for a right reply only, and a # inside the second stays', () => {
		expect(only('Q {T##Right: #1.}').feedback).toEqual([{ option: TRUE_ANSWER, text: 'Right: #1.' }]);
		expect(only('Q {F#Wrong.}').feedback).toEqual([{ option: TRUE_ANSWER, text: 'Wrong.' }]);
	});
});

describe('parseGift: general feedback', () => {
	it('#### is the explanation, whatever the type, and no option feedback becomes one', () => {
		expect(only('Q {=a#own ~b#other ####general}').explanation).toBe('general');
		expect(only('Q {=a#own}').explanation).toBeUndefined();
		expect(only('Q {TRUE#w#r####[html]<p>Why it is so.</p>}').explanation).toBe('Why it is so.');
		expect(only('Q {#1960#own\n####Since 1 May 1960.}').explanation).toBe('Since 1 May 1960.');
	});

	it('takes the last #### as Moodle does, so #### in an option feedback stays', () => {
		const d = only('Q {=a#x ####y ####general}');
		expect([d.explanation, d.feedback]).toEqual(['general', [{ option: 'a', text: 'x ####y' }]]);
	});
});
