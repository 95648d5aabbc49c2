import { describe, expect, it } from 'vitest';
import { cloze, standAlone } from './cloze';

describe('cloze', () => {
	it('blanks the answer and keeps its case ending', () => {
		const text = 'એરપોર્ટ પર મોદીનું સ્વાગત થયું.';
		const sentence = { text, start: 100, end: 100 + text.length };
		const at = 100 + text.indexOf('મોદી');
		expect(cloze(sentence, at, at + 'મોદી'.length)).toBe('એરપોર્ટ પર _____નું સ્વાગત થયું.');
	});

	it('blanks every other place the answer begins a word, so the prompt does not give it away', () => {
		const text = 'શાહે પટેલને આમંત્રણ આપ્યું અને પટેલે સ્વીકાર્યું.';
		const sentence = { text, start: 0, end: text.length };
		expect(cloze(sentence, 5, 9)).toBe('શાહે _____ને આમંત્રણ આપ્યું અને _____એ સ્વીકાર્યું.');
	});

	it('blanks other spellings it is given, but not text inside a longer word', () => {
		const text = 'રામ રામાયણ વાંચે છે, રામ મોહન રાય બોલ્યા.';
		const sentence = { text, start: 0, end: text.length };
		expect(cloze(sentence, 21, 33, ['રામ'])).toBe('_____ રામાયણ વાંચે છે, _____ બોલ્યા.');
	});

	// regression: the ergative ે of શાહે and મંગળવારે was left hanging on the blank as "_____ે"
	it('writes an ending that is a vowel sign as its letter, so it stands after the blank', () => {
		const text = 'મંગળવારે શાહે ભાષણ આપ્યું.';
		const sentence = { text, start: 0, end: text.length };
		expect(cloze(sentence, 0, 'મંગળવાર'.length)).toBe('_____એ શાહે ભાષણ આપ્યું.');
		const shah = text.indexOf('શાહ');
		expect(cloze(sentence, shah, shah + 'શાહ'.length)).toBe('મંગળવારે _____એ ભાષણ આપ્યું.');
	});
});

describe('standAlone', () => {
	it('turns a vowel sign after a blank into its letter and drops any other mark', () => {
		expect(standAlone('_____ે _____ો _____ા _____ં')).toBe('_____એ _____ઓ _____આ _____');
		expect(standAlone('શાહે કહ્યું')).toBe('શાહે કહ્યું');
	});
});
