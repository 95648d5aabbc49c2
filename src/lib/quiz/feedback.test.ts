import { describe, expect, it } from 'vitest';
import { FALSE_ANSWER, TRUE_ANSWER } from '../import/gift';
import { optionFeedback, rangeToName } from './feedback';

// Moodle's GIFT examples, as a reader of them stores the questions:
// Who's buried in Grant's tomb?{~Grant #No one is buried there =no one #Right ~Napoleon #He was buried in France}
const tomb = {
	answer: 'no one',
	accept: [],
	distractors: ['Grant', 'Napoleon'],
	feedback: [
		{ option: 'Grant', text: 'No one is buried there' },
		{ option: 'no one', text: 'Right' },
		{ option: 'Napoleon', text: 'He was buried in France' }
	]
};
// ગુજરાતની રાજધાની કઈ છે?{=ગાંધીનગર#સાચું, ૧૯૭૦થી. =Gandhinagar ~અમદાવાદ#અમદાવાદ સૌથી મોટું શહેર છે, રાજધાની નહીં.}
const capital = {
	answer: 'ગાંધીનગર',
	accept: ['Gandhinagar', 'GNR'],
	feedback: [
		{ option: 'ગાંધીનગર', text: 'સાચું, ૧૯૭૦થી.' },
		{ option: 'અમદાવાદ', text: 'અમદાવાદ સૌથી મોટું શહેર છે, રાજધાની નહીં.' }
	]
};
// કિમ જોંગ ઉનની યાત્રા કેટલા દિવસની હતી?{#6:1#લેખ પ્રમાણે છ દિવસ.}
const tripDays = { answer: '6', accept: [], numeric: { min: 5, max: 7 }, feedback: [{ option: '6', text: 'લેખ પ્રમાણે છ દિવસ.' }] };
// ભારત ક્યારે પ્રજાસત્તાક બન્યું?{#=1950:0#૨૬ જાન્યુઆરી ૧૯૫૦. =1947:0#એ વર્ષે સ્વતંત્રતા મળી.}
const republic = {
	answer: '1950',
	accept: ['1947'],
	numeric: { min: 1950, max: 1950 },
	feedback: [
		{ option: '1950', text: '૨૬ જાન્યુઆરી ૧૯૫૦.' },
		{ option: '1947', text: 'એ વર્ષે સ્વતંત્રતા મળી.' }
	]
};
// ગાંધીનગર ગુજરાતની રાજધાની છે.{T#ખોટો જવાબ માટે#સાચો જવાબ માટે}
const trueStatement = {
	answer: TRUE_ANSWER,
	accept: [],
	distractors: [FALSE_ANSWER],
	feedback: [
		{ option: FALSE_ANSWER, text: 'ખોટો જવાબ માટે' },
		{ option: TRUE_ANSWER, text: 'સાચો જવાબ માટે' }
	]
};

describe('optionFeedback', () => {
	it('gives a picked option its own feedback, right or wrong', () => {
		expect(optionFeedback(tomb, 'choice', 'Napoleon')).toBe('He was buried in France');
		expect(optionFeedback(tomb, 'choice', 'Grant')).toBe('No one is buried there');
		expect(optionFeedback(tomb, 'choice', 'no one')).toBe('Right');
	});

	it('matches a picked option by its exact text only, and says nothing for an option without feedback', () => {
		expect(optionFeedback(tomb, 'choice', 'napoleon')).toBeUndefined();
		expect(optionFeedback(capital, 'choice', 'સુરત')).toBeUndefined();
	});

	it('gives a true/false question from a file the feedback of the button picked', () => {
		expect(optionFeedback(trueStatement, 'choice', FALSE_ANSWER)).toBe('ખોટો જવાબ માટે');
		expect(optionFeedback(trueStatement, 'choice', TRUE_ANSWER)).toBe('સાચો જવાબ માટે');
		expect(optionFeedback(trueStatement, 'typed', 'ખોટું')).toBe('ખોટો જવાબ માટે');
	});

	it('gives nothing for a generated statement judged true or false: the student picked no option', () => {
		expect(optionFeedback(tomb, 'tf', 'true')).toBeUndefined();
	});

	// a file's true/false question is asked as the statement it is in a typed quiz: the word judged is the option
	it('gives a true/false question from a file, judged as a statement, the feedback of the word chosen', () => {
		expect(optionFeedback(trueStatement, 'tf', 'false')).toBe('ખોટો જવાબ માટે');
		expect(optionFeedback(trueStatement, 'tf', 'true')).toBe('સાચો જવાબ માટે');
	});

	it('gives a typed right answer the feedback of the form it matches, spelt as checkTyped allows', () => {
		expect(optionFeedback(capital, 'typed', 'ગાંધીનગર')).toBe('સાચું, ૧૯૭૦થી.');
		expect(optionFeedback(capital, 'typed', 'ગાંધીનગરમાં')).toBe('સાચું, ૧૯૭૦થી.');
		// an English spelling of the answer is the answer's
		expect(optionFeedback(capital, 'typed', 'Gandhinagar')).toBe('સાચું, ૧૯૭૦થી.');
		expect(optionFeedback(tomb, 'typed', 'No one')).toBe('Right');
	});

	it('gives a right form without feedback of its own none, as Moodle does', () => {
		expect(optionFeedback(capital, 'typed', 'gnr')).toBeUndefined();
		expect(optionFeedback(capital, 'choice', 'Gandhinagar')).toBeUndefined();
	});

	it('gives a typed wrong answer the feedback of the wrong option it matches', () => {
		expect(optionFeedback(capital, 'typed', 'અમદાવાદ')).toBe('અમદાવાદ સૌથી મોટું શહેર છે, રાજધાની નહીં.');
		expect(optionFeedback(capital, 'typed', 'amdavad')).toBe('અમદાવાદ સૌથી મોટું શહેર છે, રાજધાની નહીં.');
		expect(optionFeedback(tomb, 'typed', 'napoleon')).toBe('He was buried in France');
	});

	it('gives nothing to a typed answer that matches no option with feedback, or is only almost right', () => {
		expect(optionFeedback(capital, 'typed', 'સુરત')).toBeUndefined();
		expect(optionFeedback(capital, 'typed', 'ગાંધીનગઢ')).toBeUndefined();
		expect(optionFeedback({ answer: 'પુતિન', accept: [] }, 'typed', 'પુતિન')).toBeUndefined();
	});

	it('gives any number in the range the feedback of the answer, and a number outside it none', () => {
		expect(optionFeedback(tripDays, 'typed', '6')).toBe('લેખ પ્રમાણે છ દિવસ.');
		expect(optionFeedback(tripDays, 'typed', '૫')).toBe('લેખ પ્રમાણે છ દિવસ.');
		expect(optionFeedback(tripDays, 'typed', '8')).toBeUndefined();
	});

	it('gives each number marked right its own feedback', () => {
		expect(optionFeedback(republic, 'typed', '1950')).toBe('૨૬ જાન્યુઆરી ૧૯૫૦.');
		expect(optionFeedback(republic, 'typed', '૧૯૪૭')).toBe('એ વર્ષે સ્વતંત્રતા મળી.');
		expect(optionFeedback(republic, 'typed', '1948')).toBeUndefined();
	});
});

describe('rangeToName', () => {
	const range = { min: 5, max: 7 };

	it('names the range after a typed number other than the answer, right or wrong', () => {
		expect(rangeToName(tripDays, 'typed', '5')).toEqual(range);
		expect(rangeToName(tripDays, 'typed', '૭')).toEqual(range);
		expect(rangeToName(tripDays, 'typed', '9')).toEqual(range);
		expect(rangeToName(tripDays, 'typed', 'ખબર નથી')).toEqual(range);
	});

	it('says nothing when the answer itself was typed', () => {
		expect(rangeToName(tripDays, 'typed', '6')).toBeUndefined();
		expect(rangeToName(tripDays, 'typed', '૬.૦')).toBeUndefined();
	});

	it('says nothing for a choice, a single number or a question without a range', () => {
		expect(rangeToName(tripDays, 'choice', '5')).toBeUndefined();
		expect(rangeToName(republic, 'typed', '1947')).toBeUndefined();
		expect(rangeToName(capital, 'typed', 'અમદાવાદ')).toBeUndefined();
	});
});
