import { describe, expect, test } from 'vitest';
import { markAnswer } from './mark';

/** The parts of a quote in order, each marked part written inside ‹ ›. */
function parts(quote: string, forms: string[]): string[] {
	return markAnswer(quote, forms).map((p) => (p.marked ? `‹${p.text}›` : p.text));
}

describe('markAnswer', () => {
	test('marks the answer where it stands, case ending left outside the mark', () => {
		expect(parts('કિમ જોંગને પ્યોંગયાંગના એરપોર્ટ પર જોયા.', ['પ્યોંગયાંગ'])).toEqual([
			'કિમ જોંગને ',
			'‹પ્યોંગયાંગ›',
			'ના એરપોર્ટ પર જોયા.'
		]);
	});

	test('prefers the longest form: the full name, not its first word', () => {
		const marked = markAnswer('નેતા કિમ જોંગ ઉન રશિયાથી ઘરે જાય છે.', ['કિમ', 'કિમ જોંગ ઉન']);
		expect(marked.find((p) => p.marked)?.text).toBe('કિમ જોંગ ઉન');
	});

	test('matches digits in either script and keeps the quote as written', () => {
		expect(parts('૨૦૨૨ માં આક્રમણ થયું.', ['2022'])).toEqual(['‹૨૦૨૨›', ' માં આક્રમણ થયું.']);
	});

	test('a vowel sign after the answer stays with its letter (no dotted circle)', () => {
		expect(parts('કિમ રવિવારે ઘરે ગયા.', ['રવિવાર'])).toEqual(['કિમ ', '‹રવિવારે›', ' ઘરે ગયા.']);
	});

	test('a quote without the answer is one unmarked part', () => {
		expect(parts('કંઈ નહીં.', ['પુતિન'])).toEqual(['કંઈ નહીં.']);
	});
});
