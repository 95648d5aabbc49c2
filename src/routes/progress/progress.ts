/**
 * The progress page's figures and phrases from stored answers and cards. Pure: the clock, the
 * time-zone offset, the bank and the words come in as arguments; the page only draws.
 */
import { CATEGORIES, type Category } from '$lib/bank/categories';
import { ownArticleFile } from '$lib/bank/ids';
import type { ArticleRef, QuestionSet } from '$lib/bank/schema';
import {
	accuracyByArticle,
	accuracyByCategory,
	dailyAccuracy,
	dueForecast,
	streak,
	weakestQuestions,
	type AccuracyRow,
	type AttemptLike,
	type DayAccuracy,
	type DueDay,
	type QuestionLookup,
	type Streak,
	type TimeZoneOffset,
	type WeakQuestion
} from '$lib/progress';
import type { BankQuestion } from '$lib/quiz/types';
import type { QuestionIndex } from '$lib/quiz/question-index';
import type { CardRecord } from '$lib/srs';

/** Days in the accuracy chart, ending today. */
export const DAILY_DAYS = 30;
/** Days in the due-cards chart, starting today. */
export const FORECAST_DAYS = 7;
/** How many weak questions are listed (and asked by "quiz me on these"). */
export const WEAKEST_LIMIT = 10;

/** What the page counts, as read from the database. */
export type ProgressInput = {
	attempts: readonly AttemptLike[];
	cards: readonly Pick<CardRecord, 'questionId' | 'due' | 'state'>[];
	/** When each flashcard rating was given: studying cards keeps a streak alive too. */
	reviewTimes: readonly (number | Date)[];
	lookup: QuestionLookup;
	now: Date;
	/** Minutes east of UTC, or the offset at each instant where clocks change (`localOffset` in a browser). */
	timeZoneOffsetMinutes: TimeZoneOffset;
};

/** Everything the page shows. Answers and cards of questions no longer in the bank are left out, as /cards leaves them. */
export type ProgressFigures = {
	answers: number;
	right: number;
	byCategory: (AccuracyRow & { key: Category })[];
	byArticle: AccuracyRow[];
	daily: DayAccuracy[];
	forecast: DueDay[];
	streak: Streak;
	weakest: WeakQuestion[];
};

const isCategoryRow = (row: AccuracyRow): row is AccuracyRow & { key: Category } =>
	(CATEGORIES as readonly string[]).includes(row.key);

/** Looks questions up in the prepared bank. */
export function bankLookup(bank: QuestionIndex): (questionId: string) => BankQuestion | undefined {
	return (questionId) => {
		const index = bank.byId.get(questionId);
		return index === undefined ? undefined : bank.questions[index];
	};
}

/** Works out every figure of the page at once. */
export function progressFigures(input: ProgressInput): ProgressFigures {
	const { lookup, now, timeZoneOffsetMinutes: tz } = input;
	const known = input.attempts.filter((a) => lookup(a.questionId) !== undefined);
	const times = [...input.attempts.map((a) => a.at), ...input.reviewTimes];
	const cards = input.cards.filter((c) => lookup(c.questionId) !== undefined);
	return {
		answers: known.length,
		right: known.filter((a) => a.correct).length,
		byCategory: accuracyByCategory(known, lookup).filter(isCategoryRow),
		byArticle: accuracyByArticle(known, lookup),
		daily: dailyAccuracy(known, now, tz, DAILY_DAYS),
		forecast: dueForecast(cards, now, tz, FORECAST_DAYS),
		streak: streak(times, now, tz),
		weakest: weakestQuestions(known, WEAKEST_LIMIT)
	};
}

/**
 * What an article's row is called, never a file name: the article's headline in the interface
 * language; else, for the questions of an own set that has no source text (they point to the
 * pseudo file `<set-id>.txt`, which the set does not list), the title of the set; else `fallback`.
 */
export function articleName(
	row: { key: string; setId?: string },
	library: { articles: readonly ArticleRef[]; sets: readonly Pick<QuestionSet, 'id' | 'title' | 'title_en'>[] },
	lang: 'gu' | 'en',
	fallback: string
): string {
	const article = library.articles.find((a) => a.file === row.key);
	if (article) return (lang === 'en' && article.headline_en.trim()) || article.headline;
	const set =
		library.sets.find((s) => s.id === row.setId) ?? library.sets.find((s) => ownArticleFile(s.id) === row.key);
	if (set) return (lang === 'en' && set.title_en.trim()) || set.title.trim() || fallback;
	return fallback;
}

/** A share 0..1 as a whole percentage. */
export function percent(share: number): number {
	return Math.round(share * 100);
}

/** How a day is written: a short date ("14 માર્ચ"), a short weekday ("શુક્ર") or in full. */
export type DayStyle = 'date' | 'weekday' | 'full';

const DAY_FORMATS: Record<DayStyle, Intl.DateTimeFormatOptions> = {
	date: { day: 'numeric', month: 'short' },
	weekday: { weekday: 'short' },
	full: { weekday: 'long', day: 'numeric', month: 'long' }
};

/** The instant a `YYYY-MM-DD` local day begins, as UTC: format it with `dayFormat`, which reads it as UTC too. */
export function dayDate(day: string): Date {
	return new Date(`${day}T00:00:00Z`);
}

/**
 * How to write a day (for `settings.dateTime` with `dayDate`). The day is already local, so it is
 * formatted as a UTC date: the host's time zone cannot shift it.
 */
export function dayFormat(style: DayStyle): Intl.DateTimeFormatOptions {
	return { ...DAY_FORMATS[style], timeZone: 'UTC' };
}

/** Axis labels for the accuracy chart: the first day, the middle one and "today"; the rest blank. */
export function dailyTicks(days: readonly string[], today: string, label: (day: string) => string): string[] {
	const middle = Math.floor((days.length - 1) / 2);
	return days.map((day, i) => {
		if (i === days.length - 1) return today;
		return i === 0 || i === middle ? label(day) : '';
	});
}

/** The phrases of the due-cards summary, numbers already formatted. */
export type ForecastWords = {
	count: (n: number) => string;
	/** The name of a day, e.g. "today" or "Friday, 14 March". */
	day: (day: string, index: number) => string;
	none: string;
	item: (day: string, count: string) => string;
	summary: (total: string, items: string, count: number) => string;
};

/**
 * "5 cards in all — today: 3; Friday, 14 March: 2." Only the days with cards, parted by semicolons
 * because a day's name may hold a comma; `none` when there are none.
 */
export function forecastSummary(days: readonly DueDay[], words: ForecastWords): string {
	const total = days.reduce((sum, d) => sum + d.count, 0);
	if (total === 0) return words.none;
	const items = days
		.map((d, i) => ({ ...d, i }))
		.filter((d) => d.count > 0)
		.map((d) => words.item(words.day(d.day, d.i), words.count(d.count)));
	return words.summary(words.count(total), items.join('; '), total);
}
