import { describe, expect, it } from 'vitest';
import { percent, precisionOf, recallOf, sameAnswer, type BankItem } from './evaluate';
import type { Proposal } from './extract';

const TEXT = 'સુરતમાં મેળો છે. મંત્રી રમા શાહે મંગળવારે સુરતની મુલાકાત લીધી.';

function proposal(category: Proposal['category'], answer: string, from = 0): Proposal {
	const start = TEXT.indexOf(answer, from);
	return { category, answer, prompt: '', quote: '', start, end: start + answer.length, rule: 'title', forms: [] };
}

function question(id: string, category: BankItem['category'], answer: string, accept: string[] = []): BankItem {
	const quote = 'મંત્રી રમા શાહે મંગળવારે સુરતની મુલાકાત લીધી.';
	return { id, category, answer, accept, article: 'a.txt', quote };
}

describe('sameAnswer', () => {
	it('compares after normalisation and tolerates a case ending on either side', () => {
		expect(sameAnswer('મંગળવાર', 'મંગળવારે')).toBe(true);
		expect(sameAnswer('૨૦૨૨માં', '2022')).toBe(true);
		expect(sameAnswer('સુરત', 'સુરતમાં')).toBe(true);
		expect(sameAnswer('સુરત', 'રાજકોટ')).toBe(false);
	});
});

describe('recallOf', () => {
	it('finds a question only by a proposal of its category inside its quote', () => {
		const proposals = [proposal('person', 'રમા શાહ'), proposal('place', 'સુરત'), proposal('place', 'મંગળવાર')];
		const questions = [
			question('who', 'person', 'રમા શાહ'),
			// the only સુરત proposal stands in the first sentence, outside this quote
			question('where', 'place', 'સુરત'),
			question('when', 'date', 'મંગળવાર', ['Tuesday'])
		];
		const recall = recallOf(TEXT, proposals, questions);
		expect(recall.found.map((q) => q.id)).toEqual(['who']);
		expect(recall.missed.map((q) => q.id)).toEqual(['where', 'when']);
	});
});

describe('precisionOf', () => {
	it('judges by the hand-checked list for this article, then by the bank; the rest are unjudged', () => {
		const proposals = [
			proposal('person', 'રમા શાહ'),
			proposal('place', 'સુરત'),
			proposal('place', 'મેળો'),
			proposal('date', 'મંગળવાર')
		];
		const bank = [question('who', 'person', 'રમા શાહ'), question('when', 'date', 'મંગળવાર')];
		const judged = [
			{ article: 'a.txt', category: 'place' as const, answer: 'સુરતમાં', ok: true, note: 'a city' },
			{ article: 'a.txt', category: 'date' as const, answer: 'મંગળવાર', ok: false, note: 'read wrong' },
			{ article: 'b.txt', category: 'place' as const, answer: 'મેળો', ok: true, note: 'another article' }
		];
		const result = precisionOf('a.txt', proposals, bank, judged);
		expect(result.right.map((p) => p.answer)).toEqual(['રમા શાહ', 'સુરત']);
		expect(result.wrong.map((p) => p.answer)).toEqual(['મંગળવાર']);
		expect(result.unjudged.map((p) => p.answer)).toEqual(['મેળો']);
	});
});

describe('percent', () => {
	it('gives one decimal, and 100% of nothing', () => {
		expect(percent(45, 47)).toBe('95.7%');
		expect(percent(0, 0)).toBe('100.0%');
	});
});
