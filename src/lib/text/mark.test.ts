import { describe, expect, test } from 'vitest';
import { markAnswer } from './mark';

describe('markAnswer', () => {
	test('marks the answer where it stands, case ending left outside the mark', () => {
		expect(markAnswer('કિમ જોંગને પ્યોંગયાંગના એરપોર્ટ પર જોયા.', ['પ્યોંગયાંગ'])).toEqual([
			{ text: 'કિમ જોંગને ', marked: false },
			{ text: 'પ્યોંગયાંગ', marked: true },
			{ text: 'ના એરપોર્ટ પર જોયા.', marked: false }
		]);
	});

	test('prefers the longest form: the full name, not its first word', () => {
		const parts = markAnswer('નેતા કિમ જોંગ ઉન રશિયાથી ઘરે જાય છે.', ['કિમ', 'કિમ જોંગ ઉન']);
		expect(parts.find((p) => p.marked)?.text).toBe('કિમ જોંગ ઉન');
	});

	test('matches digits in either script and keeps the quote as written', () => {
		const parts = markAnswer('૨૦૨૨ માં આક્રમણ થયું.', ['2022']);
		expect(parts).toEqual([
			{ text: '૨૦૨૨', marked: true },
			{ text: ' માં આક્રમણ થયું.', marked: false }
		]);
	});

	test('a vowel sign after the answer stays with its letter (no dotted circle)', () => {
		expect(markAnswer('કિમ રવિવારે ઘરે ગયા.', ['રવિવાર'])).toEqual([
			{ text: 'કિમ ', marked: false },
			{ text: 'રવિવારે', marked: true },
			{ text: ' ઘરે ગયા.', marked: false }
		]);
	});

	test('a quote without the answer is one unmarked part', () => {
		expect(markAnswer('કંઈ નહીં.', ['પુતિન'])).toEqual([{ text: 'કંઈ નહીં.', marked: false }]);
	});
});
