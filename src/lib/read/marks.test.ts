import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { toAsciiDigits } from '../text/normalize';
import { articleLayout } from './layout';
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

describe('markArticle on the built-in articles, laid out for reading', () => {
	const sets = ['kim-russia-trip', 'putin-north-korea'].map((id) => JSON.parse(readFileSync(`questions/sets/${id}.json`, 'utf8')));

	test.each(sets.map((set) => [set.id, set] as const))('%s: every question is marked, on words of its answer', (_, set) => {
		const [{ file, headline }] = set.articles;
		const text = readFileSync(`questions/articles/${file}`, 'utf8').normalize('NFC');
		const layout = articleLayout(text, headline);
		const paragraphs = markArticle(text, set.questions, layout.paragraphs);
		expect(paragraphs).toHaveLength(layout.paragraphs.length);
		// the segments are the paragraphs, letter for letter
		expect(paragraphs.map((p) => p.map((s) => s.text).join(''))).toEqual(layout.paragraphs.map((r) => text.slice(r.start, r.end)));
		const marks = paragraphs.flat().filter((s) => s.mark);
		const byId = new Map<string, string>(marks.flatMap((s) => s.mark!.questionIds.map((id) => [id, s.text])));
		expect(byId.size).toBe(set.questions.length);
		for (const q of set.questions as MarkSource[]) {
			const marked = toAsciiDigits(byId.get(q.id)!).toLowerCase();
			expect([q.answer, ...q.accept].some((form) => marked.startsWith(toAsciiDigits(form).toLowerCase()))).toBe(true);
		}
	});

	test('a quote that also stands in a left-out headline line is marked in the text', () => {
		const text = 'પુતિન ઉત્તર કોરિયા પહોંચ્યા\n\nપુતિન ઉત્તર કોરિયા પહોંચ્યા\n\nબીજો ફકરો.';
		const layout = articleLayout(text, 'પુતિન ઉત્તર કોરિયા પહોંચ્યા');
		const paragraphs = markArticle(text, [q('p', 'person', 'પુતિન', 'પુતિન ઉત્તર કોરિયા પહોંચ્યા')], layout.paragraphs);
		expect(paragraphs).toHaveLength(2);
		expect(paragraphs[0]![0]).toEqual({ text: 'પુતિન', mark: { category: 'person', questionIds: ['p'] } });
	});
});
