/**
 * The bounds a backup file is held to before anything is restored from it. Each is wider than
 * anything Kasoti writes, and narrow enough that a restored record cannot break the app later
 * (an exhausted key generator, a card ts-fsrs cannot schedule, a page that cannot draw a text).
 */

/**
 * The largest file read, checked before its text is: an answer costs about 1.2 KB with its rating
 * and its share of the quiz it was dealt in, so 50 MB holds years of daily quizzes, while a
 * low-end phone can still keep the text and the parsed records in memory at once.
 */
export const MAX_FILE_BYTES = 50_000_000;

/** The refusal of a file too large to read, decided from its size alone, before its text is read. */
export function sizeProblem(bytes: number): { kind: 'too-large'; message: string } | undefined {
	if (bytes <= MAX_FILE_BYTES) return undefined;
	return { kind: 'too-large', message: `the file has ${bytes} bytes, more than ${MAX_FILE_BYTES}` };
}

/** The longest text of a progress record or a set's field; the bank's own limit is 2,000. */
export const MAX_TEXT = 100_000;
/** The longest source text of a teacher's set: a long news article is some 50,000 characters. */
export const MAX_SOURCE = 2_000_000;
/** The longest list inside one record (a quiz's items, a question's accepted answers). */
export const MAX_LIST = 20_000;

/**
 * The highest record number a file may give. Restored answers and ratings are numbered again
 * from 1 anyway, but no number the database could have given is this high or more.
 */
export const MAX_RECORD_ID = Number.MAX_SAFE_INTEGER;

/** The earliest date in a backup: older than Kasoti, so a 1970 date is a damaged field. */
export const EARLIEST_DATE = Date.UTC(2000, 0, 1);
/** How far ahead a date may lie: ts-fsrs's longest interval is 36,500 days, one more year for leap days. */
export const MAX_YEARS_AHEAD = 101;

/** The latest date accepted when reading a file at `now`. */
export function latestDate(now: number): number {
	const latest = new Date(now);
	latest.setUTCFullYear(latest.getUTCFullYear() + MAX_YEARS_AHEAD);
	return latest.getTime();
}

/** ts-fsrs keeps a card's difficulty in 1–10 once it has been rated. */
export const DIFFICULTY = { min: 1, max: 10 } as const;
/** ts-fsrs keeps stability, in days, within these bounds once a card has been rated. */
export const STABILITY = { min: 0.001, max: 36_500 } as const;
/** The longest interval ts-fsrs schedules, in days. */
export const MAX_SCHEDULED_DAYS = 36_500;
/** More reps, lapses or learning steps than anyone could give one card. */
export const MAX_COUNT = 1_000_000;
/** An answer's time, in ms: a year either way (a clock set back can make it negative). */
export const MAX_ANSWER_MS = 366 * 24 * 60 * 60 * 1000;
