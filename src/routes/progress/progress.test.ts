import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import { answer, IST, ist, lookup } from '$lib/progress/fixtures';
import { prepareBank } from '$lib/quiz';
import { question } from '$lib/quiz/fixtures';
import {
	articleName,
	bankLookup,
	dailyTicks,
	dayDate,
	dayFormat,
	forecastSummary,
	percent,
	progressFigures,
	type ForecastWords
} from './progress';

const now = ist('2025-03-20T18:00');

describe('progressFigures', () => {
	const attempts = [
		answer('d1', true, '2025-03-19T09:00'),
		answer('d1', false, '2025-03-20T09:00'),
		answer('p1', true, '2025-03-20T09:01'),
		answer('s1', false, '2025-03-20T09:02'),
		answer('gone', false, '2025-03-20T09:03')
	];

	it('counts answers per category and per article, leaving out questions no longer in the bank', () => {
		const f = progressFigures({ attempts, cards: [], reviewTimes: [], lookup, now, timeZoneOffsetMinutes: IST });
		expect([f.answers, f.right]).toEqual([4, 2]);
		expect(f.byCategory.map((r) => [r.key, r.answers, r.right])).toEqual([
			['date', 2, 1],
			['person', 1, 1],
			['place', 1, 0]
		]);
		expect(f.byArticle.map((r) => [r.key, r.answers])).toEqual([
			['budget.txt', 3],
			['games.txt', 1]
		]);
		expect(f.daily).toHaveLength(30);
		expect(f.daily.at(-1)).toEqual({ day: '2025-03-20', answers: 3, right: 1, accuracy: 1 / 3 });
		expect(f.daily.at(-3)?.accuracy).toBeNull();
		expect(f.weakest.map((w) => w.questionId)).toEqual(['d1']);
	});

	it('keeps the streak alive with flashcard reviews on days without a quiz', () => {
		const f = progressFigures({
			attempts: [answer('d1', true, '2025-03-18T09:00')],
			cards: [],
			reviewTimes: [ist('2025-03-19T21:00')],
			lookup,
			now,
			timeZoneOffsetMinutes: IST
		});
		expect(f.streak).toEqual({ days: 2, studiedToday: false });
	});

	it('forecasts due cards for seven days from today, leaving out cards of questions no longer in the bank', () => {
		const cards = [
			{ questionId: 'd1', due: ist('2025-03-20T18:10'), state: State.Learning },
			{ questionId: 'd2', due: ist('2025-03-22T08:00'), state: State.Review },
			{ questionId: 'p1', due: ist('2025-03-20T08:00'), state: State.New },
			{ questionId: 'gone', due: ist('2025-03-20T08:00'), state: State.Review }
		];
		const f = progressFigures({ attempts: [], cards, reviewTimes: [], lookup, now, timeZoneOffsetMinutes: IST });
		expect(f.forecast.map((d) => d.count)).toEqual([1, 0, 1, 0, 0, 0, 0]);
		expect(f.answers).toBe(0);
		expect(f.streak).toEqual({ days: 0, studiedToday: false });
	});
});

describe('bankLookup', () => {
	it('finds a question of the bank by id and nothing for an unknown id', () => {
		const find = bankLookup(prepareBank([question({ id: 'q1', category: 'place', answer: 'મોસ્કો', quote: 'મોસ્કો.' })]));
		expect(find('q1')?.answer).toBe('મોસ્કો');
		expect(find('nope')).toBeUndefined();
	});
});

describe('articleName', () => {
	const library = {
		articles: [{ file: 'a.txt', headline: 'પુતિન પ્યોંગયાંગમાં', headline_en: 'Putin in Pyongyang' }],
		sets: [
			{ id: 'pnk', title: 'પુતિનની મુલાકાત', title_en: "Putin's visit" },
			{ id: 'set-mx61zo1w', title: 'મારા પ્રશ્નો', title_en: '' }
		]
	};
	const name = (key: string, setId: string | undefined, lang: 'gu' | 'en') =>
		articleName({ key, ...(setId && { setId }) }, library, lang, 'Questions without an article');

	it('gives the headline in the interface language', () => {
		expect(name('a.txt', 'pnk', 'gu')).toBe('પુતિન પ્યોંગયાંગમાં');
		expect(name('a.txt', 'pnk', 'en')).toBe('Putin in Pyongyang');
	});

	it('regression: names an own set’s pseudo article (set-mx61zo1w.txt) by the set’s title, not the file', () => {
		expect(name('set-mx61zo1w.txt', 'set-mx61zo1w', 'gu')).toBe('મારા પ્રશ્નો');
		// no English title: the Gujarati one
		expect(name('set-mx61zo1w.txt', 'set-mx61zo1w', 'en')).toBe('મારા પ્રશ્નો');
		// the row's set unknown, the file still tells the set
		expect(name('set-mx61zo1w.txt', undefined, 'gu')).toBe('મારા પ્રશ્નો');
	});

	it('falls back to a phrase, never a file name, when neither the article nor its set is known', () => {
		expect(name('gone.txt', 'gone', 'en')).toBe('Questions without an article');
	});
});

describe('formatting', () => {
	it('rounds a share to a whole percentage', () => {
		expect([percent(0), percent(2 / 3), percent(1)]).toEqual([0, 67, 100]);
	});

	it('writes a local day in either language, whatever the host time zone', () => {
		const write = (lang: string, style: 'date' | 'weekday' | 'full') =>
			new Intl.DateTimeFormat(lang, dayFormat(style)).format(dayDate('2025-03-14'));
		expect(write('gu-IN', 'date')).toBe('14 માર્ચ');
		expect(write('en-IN', 'weekday')).toBe('Fri');
		expect(write('en-IN', 'full')).toBe('Friday, 14 March');
	});

	it('labels the first, middle and last days of the accuracy chart only', () => {
		const days = ['2025-03-16', '2025-03-17', '2025-03-18', '2025-03-19', '2025-03-20'];
		expect(dailyTicks(days, 'Today', (d) => d.slice(8))).toEqual(['16', '', '18', '', 'Today']);
	});
});

describe('forecastSummary', () => {
	const words: ForecastWords = {
		count: String,
		day: (day, index) => (index === 0 ? 'today' : day),
		none: 'Nothing due.',
		item: (day, count) => `${day} ${count}`,
		summary: (total, items) => `${total} cards: ${items}.`
	};
	it('names only the days with cards', () => {
		const days = [
			{ day: '2025-03-20', count: 3 },
			{ day: '2025-03-21', count: 0 },
			{ day: '2025-03-22', count: 2 }
		];
		expect(forecastSummary(days, words)).toBe('5 cards: today 3; 2025-03-22 2.');
	});
	it('says so when nothing is due', () => {
		expect(forecastSummary([{ day: '2025-03-20', count: 0 }], words)).toBe('Nothing due.');
	});
	it('passes the total as a number, so one card is said in the singular', () => {
		const summary = (total: string, items: string, count: number) => `${total} ${count === 1 ? 'card' : 'cards'}: ${items}.`;
		const counted = { ...words, summary };
		expect(forecastSummary([{ day: '2025-03-20', count: 1 }], counted)).toBe('1 card: today 1.');
	});
});
