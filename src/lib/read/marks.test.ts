import { describe, expect, test } from 'vitest';
import { markArticle, type MarkSource } from './marks';

const q = (id: string, category: MarkSource['category'], answer: string, quote: string, accept: string[] = []): MarkSource => ({
	id,
	category,
	answer,
	accept,
	quote
});

describe('markArticle', () => {
	const text = 'પુતિન ૨૦૨૪માં પ્યોંગયાંગ ગયા.\n\nકિમ જોંગ ઉને પુતિનનું સ્વાગત કર્યું.';

	test('marks answers inside their quotes, paragraph by paragraph, case endings outside', () => {
		const paragraphs = markArticle(text, [
			q('d', 'date', '2024', 'પુતિન ૨૦૨૪માં પ્યોંગયાંગ ગયા.'),
			q('c', 'place', 'પ્યોંગયાંગ', 'પુતિન ૨૦૨૪માં પ્યોંગયાંગ ગયા.'),
			q('p', 'person', 'પુતિન', 'કિમ જોંગ ઉને પુતિનનું સ્વાગત કર્યું.')
		]);
		expect(paragraphs).toEqual([
			[
				{ text: 'પુતિન ' },
				{ text: '૨૦૨૪', mark: { category: 'date', questionIds: ['d'] } },
				{ text: 'માં ' },
				{ text: 'પ્યોંગયાંગ', mark: { category: 'place', questionIds: ['c'] } },
				{ text: ' ગયા.' }
			],
			[
				{ text: 'કિમ જોંગ ઉને ' },
				{ text: 'પુતિન', mark: { category: 'person', questionIds: ['p'] } },
				{ text: 'નું સ્વાગત કર્યું.' }
			]
		]);
	});

	test('two questions on the same words share one mark; a longer form wins an overlap', () => {
		const paragraphs = markArticle(text, [
			q('a', 'person', 'કિમ', 'કિમ જોંગ ઉને પુતિનનું સ્વાગત કર્યું.', ['કિમ જોંગ ઉન']),
			q('b', 'person', 'કિમ જોંગ ઉન', 'કિમ જોંગ ઉને પુતિનનું સ્વાગત કર્યું.')
		]);
		// The vowel sign of the case ending stays with its letter, inside the mark.
		expect(paragraphs[1]![0]).toEqual({ text: 'કિમ જોંગ ઉને', mark: { category: 'person', questionIds: ['a', 'b'] } });
	});

	test('a question whose quote is not in the text marks nothing', () => {
		const paragraphs = markArticle(text, [q('x', 'place', 'મોસ્કો', 'મોસ્કોમાં બેઠક થઈ.')]);
		expect(paragraphs.flat().some((s) => s.mark)).toBe(false);
	});
});
