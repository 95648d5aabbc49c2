import { describe, expect, it } from 'vitest';
import {
	absentFacts,
	factPrecisionOf,
	factRecallOf,
	parseFacts,
	percent,
	placesAsPeople,
	precisionOf,
	precisionRate,
	recallOf,
	recallRate,
	sameAnswer,
	scoreFacts,
	totalScore,
	type BankItem,
	type FactsFile
} from './evaluate';
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

/** The facts of TEXT, and a mention to ignore, as if the fair were called સુરત મેળો. */
const FACTS: FactsFile = parseFacts(
	{
		subject: 'city fair',
		facts: [
			{ category: 'person', answer: 'રમા શાહ', accept: ['રમાબેન શાહ', 'શાહ'] },
			{ category: 'place', kind: 'city', answer: 'સુરત' },
			{ category: 'date', answer: 'મંગળવાર' },
			{ category: 'date', answer: 'સવાર' }
		],
		ignore: [{ category: 'place', answer: 'સુરત મેળો', note: 'the fair: an event, named after the city' }]
	},
	'a.facts.json'
);

describe('parseFacts', () => {
	it('fills in missing accept and ignore lists', () => {
		const file = parseFacts({ subject: 'x', facts: [{ category: 'date', answer: '૨૦૨૪' }] }, 'x.facts.json');
		expect(file.facts[0]!.accept).toEqual([]);
		expect(file.ignore).toEqual([]);
	});

	it('names the file and the field of a malformed fact', () => {
		const bad = { subject: 'x', facts: [{ category: 'event', answer: 'દિવાળી' }] };
		expect(() => parseFacts(bad, 'x.facts.json')).toThrow(/^x\.facts\.json: facts\.0\.category: /);
	});
});

describe('factRecallOf', () => {
	it('finds a fact by its answer or an accept form, case ending aside, in its own category only', () => {
		const proposals = [proposal('person', 'શાહે'), proposal('place', 'મંગળવાર'), proposal('place', 'સુરતની')];
		const recall = factRecallOf(proposals, FACTS.facts);
		expect(recall.found.map((f) => f.answer)).toEqual(['રમા શાહ', 'સુરત']);
		expect(recall.missed.map((f) => f.answer)).toEqual(['મંગળવાર', 'સવાર']);
	});
});

describe('placesAsPeople', () => {
	it('names the people proposed whose answer is a place of the text, case ending aside', () => {
		const proposals = [proposal('person', 'સુરતની'), proposal('person', 'રમા શાહ'), proposal('place', 'સુરત')];
		expect(placesAsPeople(proposals, FACTS).map((p) => p.answer)).toEqual(['સુરતની']);
	});
});

describe('factPrecisionOf', () => {
	it('counts a proposal right on a fact, ignored on an ignored mention, else wrong', () => {
		const proposals = [
			proposal('person', 'રમા શાહ'),
			proposal('place', 'સુરત'),
			proposal('place', 'સુરત મેળો'),
			proposal('person', 'મેળો'),
			proposal('date', 'મંગળવારે')
		];
		const precision = factPrecisionOf(proposals, FACTS);
		expect(precision.right.map((p) => p.answer)).toEqual(['રમા શાહ', 'સુરત', 'મંગળવારે']);
		expect(precision.ignored.map((p) => p.answer)).toEqual(['સુરત મેળો']);
		expect(precision.wrong.map((p) => p.answer)).toEqual(['મેળો']);
	});
});

describe('scoreFacts and totalScore', () => {
	const proposals = [
		proposal('person', 'રમા શાહ'),
		proposal('person', 'મેળો'),
		proposal('place', 'સુરત મેળો'),
		proposal('date', 'મંગળવાર')
	];

	it('counts facts, finds and proposals in all and per category', () => {
		const score = scoreFacts(proposals, FACTS);
		expect(score.all).toEqual({ facts: 4, found: 2, proposals: 4, right: 2, ignored: 1 });
		expect(score.byCategory.person).toEqual({ facts: 1, found: 1, proposals: 2, right: 1, ignored: 0 });
		expect(score.byCategory.place).toEqual({ facts: 1, found: 0, proposals: 1, right: 0, ignored: 1 });
		expect(score.byCategory.date).toEqual({ facts: 2, found: 1, proposals: 1, right: 1, ignored: 0 });
	});

	it('adds up several texts, and rates leave ignored proposals out', () => {
		const total = totalScore([scoreFacts(proposals, FACTS), scoreFacts([], FACTS)]);
		expect(total.all).toEqual({ facts: 8, found: 2, proposals: 4, right: 2, ignored: 1 });
		expect(total.byCategory.date.facts).toBe(4);
		expect(recallRate(total.all)).toBe(0.25);
		expect(precisionRate(total.all)).toBeCloseTo(2 / 3);
	});

	it('rates nothing out of nothing as all', () => {
		const none = totalScore([]).all;
		expect(none).toEqual({ facts: 0, found: 0, proposals: 0, right: 0, ignored: 0 });
		expect([recallRate(none), precisionRate(none)]).toEqual([1, 1]);
	});
});

describe('absentFacts', () => {
	it('lists the facts whose every form is missing from the text, so a typo in a facts file shows', () => {
		const file = parseFacts(
			{
				subject: 'x',
				facts: [
					{ category: 'person', answer: 'રમાબેન શાહ', accept: ['રમા શાહ'] },
					{ category: 'date', answer: 'મંગળવાર' },
					{ category: 'place', answer: 'સુરાત' },
					// a word's tail is not the word: શાહ stands in the text, but not as આહ
					{ category: 'person', answer: 'આહ' }
				]
			},
			'x.facts.json'
		);
		expect(absentFacts(TEXT, file).map((f) => f.answer)).toEqual(['સુરાત', 'આહ']);
	});
});
