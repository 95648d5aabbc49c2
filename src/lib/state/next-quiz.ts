/**
 * The next quiz, dealt ahead. Dealing needs every question read and indexed: with a 10,000-question
 * own set that is about a second on a slow phone, and a tap on Start made as the quiz screen
 * appeared waited for all of it. So once a screen has the questions indexed, it deals one more quiz
 * for the same choices and keeps it here, in localStorage, with what it was dealt from: the own
 * sets' stamp (db/sets-stamp.ts), the app's and the database's versions, the year (no year
 * distractor is later than it) and how many questions the choices match. A Start with the same
 * choices, while all of these hold, opens that quiz without reading a question, and the quiz
 * screen shows that count without reading one either. A kept quiz is used once. Weak-spot quizzes
 * are never dealt ahead: they depend on the answers given since.
 */
import { version } from '$app/environment';
import { CATEGORIES } from '$lib/bank/categories';
import { DB_VERSION } from '$lib/db/migrations';
import type { QuizItem } from '$lib/quiz/types';
import { readStored, removeStored, writeStored } from './persisted';
import { sourceKey } from './quiz-setup';
import type { DealOptions } from './start-quiz';

export const NEXT_QUIZ_KEY = 'kasoti.next-quiz';
/** What dealt the kept quiz: a migration may rewrite stored questions without a set's stamp changing. */
const DEALT_BY = `${version} database ${DB_VERSION}`;
/** A quiz longer than this, in characters, is not kept: "all" of a large set would fill the storage. */
export const MOST_KEPT_CHARS = 200_000;

/** A quiz dealt ahead, as `takeNextQuiz` gives it back. */
export interface DealtAhead {
	seed: string;
	items: QuizItem[];
}

interface Kept extends DealtAhead {
	by: string;
	sets: string;
	year: number;
	choices: string;
	/** How many questions the choices matched. */
	count: number;
}

/** What the quiz screen shows of a quiz kept ahead: how many questions its choices match. */
export interface AheadFor {
	/** The choices it was dealt for (see `isFor`). */
	choices: string;
	count: number;
}

/** The choices in one text, equal for equal choices; undefined for those never dealt ahead. */
function choicesKey(choices: DealOptions): string | undefined {
	const { source } = choices;
	// a retry's named questions are dealt once, from the quiz it retries
	if (choices.weakSpots || choices.trial || source.type === 'questions') return undefined;
	const categories = CATEGORIES.filter((category) => choices.categories.includes(category));
	return JSON.stringify([categories, sourceKey(source), choices.length, choices.mode]);
}

function parse(raw: string | null): Kept | undefined {
	if (!raw) return undefined;
	const kept = JSON.parse(raw) as Partial<Kept> | null;
	const texts = [kept?.by, kept?.sets, kept?.choices, kept?.seed].every((field) => typeof field === 'string');
	const numbers = typeof kept?.year === 'number' && Number.isInteger(kept.count) && kept.count! > 0;
	if (!kept || !texts || !numbers || !Array.isArray(kept.items) || kept.items.length === 0) return undefined;
	return kept as Kept;
}

/**
 * Keeps `dealt`, dealt for `choices` from the own sets of stamp `sets`, where `count` questions
 * match them, as the next quiz; a quiz for choices never dealt ahead, or too long to keep, leaves
 * the kept one as it is.
 */
export function keepNextQuiz(choices: DealOptions, sets: string, dealt: DealtAhead & { count: number }, now = Date.now()): void {
	const key = choicesKey(choices);
	if (key === undefined) return;
	const { seed, items, count } = dealt;
	const kept: Kept = { by: DEALT_BY, sets, year: new Date(now).getFullYear(), choices: key, count, seed, items };
	const json = JSON.stringify(kept);
	if (json.length <= MOST_KEPT_CHARS) writeStored(NEXT_QUIZ_KEY, kept);
}

/** Whether quizzes for `choices` are dealt ahead: not weak-spot quizzes, trials or retries. */
export function isDealtAhead(choices: DealOptions): boolean {
	return choicesKey(choices) !== undefined;
}

/**
 * Whether a quiz was kept ahead for `choices` by this app this year: whether it holds depends on
 * the own sets too, which takes a read of the database (`nextQuizFor`).
 */
export function mayHaveNextQuiz(choices: DealOptions, now = Date.now()): boolean {
	const kept = readStored(NEXT_QUIZ_KEY, parse);
	return !!kept && stillValid(kept, kept.sets, now) && kept.choices === choicesKey(choices);
}

/** The quiz kept ahead for `choices`, if it holds for them and the own sets of stamp `sets`: what the quiz screen shows of it. */
export function nextQuizFor(choices: DealOptions, sets: string, now = Date.now()): AheadFor | undefined {
	const kept = readStored(NEXT_QUIZ_KEY, parse);
	if (!kept || !stillValid(kept, sets, now) || kept.choices !== choicesKey(choices)) return undefined;
	return { choices: kept.choices, count: kept.count };
}

/** Whether `ahead` was dealt for `choices`. */
export function isFor(ahead: AheadFor | undefined, choices: DealOptions): boolean {
	return ahead !== undefined && ahead.choices === choicesKey(choices);
}

/**
 * The quiz kept ahead, if it holds for `choices` and the own sets of stamp `sets`, taken from
 * storage so that it is not dealt twice. One kept for other choices stays for them; one that can
 * no longer hold (the sets, the app or the year changed) is removed.
 */
export function takeNextQuiz(choices: DealOptions, sets: string, now = Date.now()): DealtAhead | undefined {
	const kept = readStored(NEXT_QUIZ_KEY, parse);
	if (!kept) return undefined;
	const valid = stillValid(kept, sets, now);
	const ours = valid && kept.choices === choicesKey(choices);
	if (ours || !valid) removeStored(NEXT_QUIZ_KEY);
	return ours ? { seed: kept.seed, items: kept.items } : undefined;
}

/** Whether the kept quiz was dealt by this app and database, from the own sets as they are, this year. */
function stillValid(kept: Kept, sets: string, now: number): boolean {
	return kept.by === DEALT_BY && kept.sets === sets && kept.year === new Date(now).getFullYear();
}
