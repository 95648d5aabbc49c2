/** Starting a quiz: dealt from the student's choices, stored as the active one, then opened. */
import { goto, preloadCode } from '$app/navigation';
import { CATEGORIES } from '$lib/bank/categories';
import { isMissingCode, stillDownloadingText } from '$lib/components/missing-code';
import { nextIdle } from '$lib/components/idle';
import { storageProblem } from '$lib/db/errors';
import { activeQuiz, startQuiz as storeQuiz } from '$lib/db/quizzes';
import type { QuizRecord } from '$lib/db/schema';
import { ownSetsStamp } from '$lib/db/sets-read';
import type { Messages } from '$lib/i18n';
import type { QuestionIndex } from '$lib/quiz/question-index';
import { randomSeed } from '$lib/quiz/random';
import { isDealtAhead, keepNextQuiz, nextQuizFor, takeNextQuiz, type AheadFor } from './next-quiz';
import { openHandedOver } from './quiz-handover';
import type { QuizSetup } from './quiz-setup';

/** The choices a quiz is dealt from: the setup screen's, or a retry's named questions. */
export type DealOptions = Omit<QuizSetup, 'source' | 'length'> & {
	source: QuizRecord['options']['source'];
	length: QuizRecord['options']['length'];
	/** A teacher trying a set as a student: the answers are not study (see QuizSession). */
	trial?: boolean;
};

/**
 * Why a quiz did not start: no question matches, the phone is full, storing it failed, or the quiz
 * code has not reached the phone yet (a first visit that lost its connection).
 */
export type StartFailure = 'empty' | 'full' | 'failed' | 'downloading';

/** The quiz in progress and how many of its questions have an answer. */
export interface Unfinished {
	quiz: QuizRecord;
	answered: number;
}

/** What the student chose when a new quiz would replace one in progress. */
export type ReplaceChoice = 'continue' | 'discard' | 'cancel';

/** Asks the student what to do with the quiz in progress (see ReplaceQuizDialog). */
export type AskReplace = (unfinished: Unfinished) => Promise<ReplaceChoice>;

/** The active quiz with how far it got, or undefined when there is none. */
export async function unfinishedQuiz(): Promise<Unfinished | undefined> {
	const quiz = await activeQuiz();
	if (!quiz) return undefined;
	// the answers' module brings the flashcard scheduler: the quiz screen loads it only when a quiz waits
	const { attemptsOfQuiz } = await import('$lib/db/attempts');
	// answered questions, not answers: two tabs could once store two answers to one question
	return { quiz, answered: new Set((await attemptsOfQuiz(quiz.id)).map((a) => a.questionId)).size };
}

/** Where a dealt quiz is taken. */
const QUIZ_PAGE = '/quiz/play';
/** How long the quiz's screen has to show its first question before heavy work begins (ms). */
const SETTLE_MS = 1_500;

/**
 * The question library, with the built-in bank: loaded where a quiz is dealt from it, not with this
 * module, which an assignment's page uses to deal from the set the link carries.
 */
const libraryModule = () => import('./library.svelte');
const libraryCode = () => libraryModule().then((module) => module.library);

/** The quiz engine's code: loaded when a quiz is dealt, not with the quiz screen. */
const engineCode = () => Promise.all([import('$lib/quiz/build-quiz'), import('$lib/quiz/random'), import('$lib/quiz/bank-index')]);

/**
 * The code that checks a quiz dealt ahead before it is stored: the records' schemas. (Importing
 * valibot itself here would make the bundler keep every one of its exports, 85 KB, for this one call.)
 */
const wholeQuizCheck = () => import('$lib/db/records');

/**
 * The quiz's code alone, for a Start made offline: the engine, the quiz's screen and the library
 * with the code that reads the own sets, with nothing read or indexed. For a page whose quiz would
 * include questions not stored yet (a shared set before it is added), where an index made now would
 * be thrown away at the add.
 */
export async function fetchQuizCode(): Promise<void> {
	await engineCode();
	await nextIdle();
	await preloadCode(QUIZ_PAGE);
	await libraryModule().then((module) => module.readingCode());
}

/**
 * Fetches the engine's code once the quiz screen is usable, so Start deals at once, offline too;
 * then, when the phone is idle, loads the quiz's own screen, and once the own sets are read,
 * indexes the bank (a large own set takes a slow phone a third of a second), so a student who
 * reads the screen before tapping Start waits for neither. Then it deals the next quiz ahead for
 * the `choices` of that moment (next-quiz.ts), for the next Start that makes them.
 */
export async function fetchQuizEngine(choices?: () => DealOptions): Promise<void> {
	await fetchQuizCode();
	// a quiz dealt ahead for these choices needs neither the questions nor the index: only its check
	if (choices && (await quizAhead(choices()))) {
		await wholeQuizCheck();
		return;
	}
	// the screen is usable before every question is read: indexing before that would index too few
	const library = await libraryCode();
	await library.load();
	await nextIdle();
	await library.prepared();
	if (!choices) return;
	await dealAhead(choices());
	// opening the quiz dealt ahead checks it: that code too must be here for a Start made offline
	await wholeQuizCheck();
}

/**
 * Deals a quiz for `options` from the questions as the library holds them, and keeps it as the
 * next quiz (next-quiz.ts), unless those are choices never dealt ahead.
 */
export async function dealAhead(options: DealOptions, now = Date.now()): Promise<void> {
	if (!isDealtAhead(options)) return;
	const library = await libraryCode();
	const [{ bank, stamp }, [{ buildQuiz }, { createRng }], { countAvailable }] = await Promise.all([
		library.stampedBank(),
		engineCode(),
		import('$lib/quiz/select')
	]);
	// own sets that could not be read: a quiz dealt without them must not pass for one dealt with them
	if (!stamp || nextQuizFor(options, stamp, now)) return;
	const seed = randomSeed();
	const items = buildQuiz(bank, { ...options, maxYear: new Date(now).getFullYear() }, createRng(seed));
	const count = countAvailable(bank, options.categories, options.source);
	if (items.length) keepNextQuiz(options, stamp, { seed, items, count }, now);
}

/** The own sets' stamp as they are now (db/sets-stamp.ts); empty, matching no quiz dealt ahead, when it cannot be read. */
const currentStamp = () => ownSetsStamp().catch(() => '');

/**
 * The quiz dealt ahead for `options`, if it holds (next-quiz.ts): a Start with them opens it
 * without the own sets being read, so neither the Start nor the screen need wait for their read.
 */
export async function quizAhead(options: DealOptions, now = Date.now()): Promise<AheadFor | undefined> {
	return isDealtAhead(options) ? nextQuizFor(options, await currentStamp(), now) : undefined;
}

/**
 * Builds and saves a quiz; returns undefined when no question matches the choices. The quiz dealt
 * ahead for these choices is taken when it holds: no question need be read or indexed for it.
 * Dealt otherwise, the next quiz is dealt ahead once the phone is idle.
 */
export async function dealQuiz(options: DealOptions, now = Date.now()): Promise<QuizRecord | undefined> {
	const ahead = isDealtAhead(options) ? takeNextQuiz(options, await currentStamp(), now) : undefined;
	const dealt = ahead && quizRecord(options, ahead.seed, ahead.items, now);
	// a check whose code never arrived (offline on a first visit) leaves the quiz to be dealt from the questions
	if (dealt && (await isWholeQuiz(dealt).catch(() => false))) {
		await storeDealt(dealt);
		// the one after it reads and indexes every question, a second's work on a slow phone: on the
		// quiz's screen, once its first question has had time to show, and the phone is idle; then
		// this quiz's questions are kept for /cards, as those of a quiz dealt from the questions are
		void new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
			.then(() => nextIdle())
			.then(() => dealAhead(options))
			.then(async () => keepForCards(await libraryCode(), dealt))
			.catch(() => {});
		return dealt;
	}
	const history = options.weakSpots ? await (await import('$lib/db/attempts')).pastResults() : undefined;
	const seed = randomSeed();
	const library = await libraryCode();
	const [bank, [{ buildQuiz }, { createRng }]] = await Promise.all([library.prepared(), engineCode()]);
	const items = buildQuiz(bank, { ...options, history, maxYear: new Date(now).getFullYear() }, createRng(seed));
	if (items.length === 0) return undefined;
	const quiz = await storeDealt(quizRecord(options, seed, items, now));
	if (options.trial) return quiz;
	void nextIdle()
		.then(async () => {
			await keepForCards(library, quiz);
			await nextIdle();
			await dealAhead(options);
		})
		.catch(() => {});
	return quiz;
}

/** Keeps a quiz's questions for /cards: its answers rate cards that come back soon, maybe the next flashcard visit's first. */
async function keepForCards(library: { readonly stamp: string; readonly index: QuestionIndex }, quiz: QuizRecord): Promise<void> {
	(await import('./first-cards')).keepAlsoByIds(library, quiz.items.map((item) => item.question.id));
}

/** A quiz dealt at `now` from `seed`, as it is stored. */
function quizRecord(options: DealOptions, seed: string, items: QuizRecord['items'], now: number): QuizRecord {
	return { id: `${now.toString(36)}-${seed}`, seed, options, items, startedAt: now, status: 'active' };
}

/** Stores a dealt quiz as the active one. */
async function storeDealt(quiz: QuizRecord): Promise<QuizRecord> {
	await storeQuiz(quiz);
	return quiz;
}

/**
 * Whether a quiz kept in localStorage is one the quiz screen can show, as a backup's quizzes are
 * checked: the schemas load only here, on the way to a quiz dealt ahead.
 */
async function isWholeQuiz(quiz: QuizRecord): Promise<boolean> {
	const { isQuizRecord } = await wholeQuizCheck();
	return isQuizRecord(quiz);
}

/**
 * Deals a quiz and opens it; says why not when it cannot. Never throws. With `ask`, a quiz in
 * progress with an answer in it is not replaced silently: the student continues it, discards it
 * for the new one, or cancels (then nothing changes). Without `ask` it is set aside.
 */
export function startQuiz(options: DealOptions, ask?: AskReplace): Promise<StartFailure | undefined> {
	return startDealt(() => dealQuiz(options), ask);
}

/**
 * Opens the quiz `deal` stores (undefined: nothing to ask), as startQuiz does: a quiz in progress
 * is replaced only as the student chooses.
 */
export async function startDealt(deal: () => Promise<QuizRecord | undefined>, ask?: AskReplace): Promise<StartFailure | undefined> {
	// the quiz's screen loads while the quiz is dealt, if it has not yet
	void preloadCode(QUIZ_PAGE).catch(() => {});
	let dealt: QuizRecord | undefined;
	try {
		const unfinished = ask ? await unfinishedQuiz() : undefined;
		const choice = ask && unfinished && unfinished.answered > 0 ? await ask(unfinished) : 'discard';
		if (choice === 'cancel') return undefined;
		// storing the new quiz sets the old one aside in the same transaction: a failure keeps it
		if (choice === 'discard' && !(dealt = await deal())) return 'empty';
	} catch (error) {
		return isMissingCode(error) ? 'downloading' : storageProblem(error);
	}
	// a quiz dealt here goes to its screen in memory (quiz-handover.ts): two reads fewer before its first question
	await (dealt ? openHandedOver(dealt, () => goto(QUIZ_PAGE)) : goto(QUIZ_PAGE));
	return undefined;
}

/**
 * "Quiz on this set", wherever a set is shown: every question of the set, as multiple choice.
 * `trial` for a teacher's "try it as a student": the run is kept apart from the teacher's study.
 * A set saved a moment ago is there: dealing reads the library again when the own sets changed.
 */
export function quizOnSet(id: string, trial = false, ask?: AskReplace): Promise<StartFailure | undefined> {
	const source = { type: 'set', id } as const;
	const options: DealOptions = { categories: [...CATEGORIES], source, length: 'all', mode: 'choice', weakSpots: false };
	return startQuiz(trial ? { ...options, trial } : options, ask);
}

/** Deals a quiz of exactly these questions (a set's starred ones, the weakest), every one, as choices. */
export function quizOnQuestions(ids: readonly string[], ask?: AskReplace): Promise<StartFailure | undefined> {
	const source = { type: 'questions', ids: [...ids] } as const;
	return startQuiz({ categories: [...CATEGORIES], source, length: 'all', mode: 'choice', weakSpots: false }, ask);
}

/** What to tell the student when a quiz did not start. */
export function startFailureText(t: Messages, failure: StartFailure): string {
	if (failure === 'downloading') return stillDownloadingText(t);
	return failure === 'empty' ? t.noMatchingQuestions : failure === 'full' ? t.storageFull : t.quizFailed;
}
