/**
 * One Learn round being played: the fact on screen, each answer written at once with its card's
 * rating, and where the round stands, derived from the stored answers (see $lib/learn/engine).
 */
import type { QuestionSet } from '$lib/bank/schema';
import { isTrueFalse } from '$lib/bank/truth-words';
import { nextIdle } from '$lib/components/idle';
import { attemptsOfQuiz } from '$lib/db/attempts';
import { storageProblem } from '$lib/db/errors';
import {
	abandonLearnRound,
	activeLearnRound,
	cardsOf,
	finishLearnRound,
	getLearnRound,
	latestLearnRound,
	LearnRoundChangedError,
	recordLearnAnswer,
	startLearnRound
} from '$lib/db/learn';
import type { Attempt, LearnRound } from '$lib/db/schema';
import { starredIds } from '$lib/db/stars';
import { firstStep, orderFacts, replay, type AskStep, type FirstSteps, type LearnCard, type LearnState, type Step } from '$lib/learn/engine';
import { canChoose, learnItem, type LearnItem } from '$lib/learn/items';
import { checkTyped, gradeChoice, randomSeed, type BankQuestion, type PreparedBank } from '$lib/quiz';
import { ratingFromQuizAnswer } from '$lib/srs';
import { keepAlsoByIds } from './first-cards';
import { library } from './library.svelte';
import { readStored, writeStored } from './persisted';
import { currentScheduler } from './scheduler';

/** The outcome of the fact just answered, for the feedback panel. */
export interface LearnOutcome {
	correct: boolean;
	/** A typed answer one edit away from right (counted as wrong). */
	almost: boolean;
	/** The answer as given: the option's text or the typed text. */
	given: string;
	/** Where the fact stands now: 'typed' after a first right choice, 'mastered' after a right typed answer. */
	step: Step;
}

/**
 * How far the student went on screen in one round: the answers whose feedback they left and the
 * batch whose checkpoint they went past. Kept in localStorage so a reload shows again the feedback
 * or checkpoint they had not left, and not one they had; the answers themselves are in IndexedDB.
 */
const MOVED_ON_KEY = 'kasoti.learn-moved-on';

/** One round's place on screen (see MOVED_ON_KEY). */
type MovedOn = { round: string; answers: number; batch: number };

function parseMovedOn(raw: string | null): MovedOn | undefined {
	const value: unknown = raw ? JSON.parse(raw) : undefined;
	const { round, answers, batch } = (value ?? {}) as Partial<MovedOn>;
	const whole = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
	return typeof round === 'string' && whole(answers) && whole(batch) ? { round, answers: answers!, batch: batch! } : undefined;
}

/** A Learn round on screen: its answers, the fact asked now, and the feedback of the last answer. */
export class LearnSession {
	/** The round as stored. */
	readonly round: LearnRound;
	#bank: PreparedBank;
	/** The round's facts that are still in the bank, in the round's order. */
	#questionIds: string[];
	#firstSteps: FirstSteps;
	#maxYear: number;
	#now: () => number;
	#shownAt: number;
	#busy = false;
	/** The round's answers, in the order given (restored from the database on resume). */
	answers = $state.raw<Attempt[]>([]);
	/** Where the round stands: mastered facts, the batch under way and what it asks next. */
	readonly progress: LearnState = $derived(this.#replay(this.answers));
	/** The outcome of the fact just answered; undefined while a question waits for its answer. */
	outcome = $state<LearnOutcome | undefined>();
	/** The question just answered, kept on screen with its feedback, and the batch it was asked in. */
	#answered = $state.raw<{ item: LearnItem; batch: number } | undefined>();
	/** How far the student went on screen: feedback left, checkpoint gone past. */
	#movedOn = $state.raw<MovedOn>({ round: '', answers: 0, batch: 0 });
	/** Why the last answer could not be stored ('full': the phone is out of space); undefined once one is. */
	storageProblem = $state<'full' | 'failed' | undefined>();
	/**
	 * Why this page can no longer answer in the round: finished or set aside in another tab ('ended'),
	 * or gone with all progress deleted on this phone ('deleted'); false while it can.
	 */
	closed = $state<false | 'ended' | 'deleted'>(false);

	/** The next fact to ask, dealt by the quiz engine. */
	readonly #next: LearnItem | undefined = $derived.by(() => {
		const id = this.progress.queue[0];
		const step = id === undefined ? undefined : this.progress.steps.get(id);
		if (id === undefined || step === undefined || step === 'mastered') return undefined;
		const asked = this.progress.asked.get(id) ?? 0;
		return learnItem(this.#bank, id, step, { roundId: this.round.id, asked, maxYear: this.#maxYear });
	});

	constructor(
		round: LearnRound,
		bank: PreparedBank,
		answers: Attempt[],
		firstSteps: FirstSteps,
		now: () => number = Date.now
	) {
		this.round = round;
		this.#bank = bank;
		this.#questionIds = round.questionIds.filter((id) => bank.byId.has(id));
		this.#firstSteps = firstSteps;
		this.#maxYear = new Date(round.startedAt).getFullYear();
		this.answers = answers;
		this.#now = now;
		this.#shownAt = now();
		const stored = readStored(MOVED_ON_KEY, parseMovedOn);
		this.#movedOn = stored?.round === round.id ? stored : { round: round.id, answers: 0, batch: 0 };
		this.#showLastFeedback();
	}

	/** Where the round stands after `answers` (see replay). */
	#replay(answers: readonly Attempt[]): LearnState {
		const choiceOnly = (id: string) => this.#statement(id);
		return replay({ questionIds: this.#questionIds, firstSteps: this.#firstSteps, choiceOnly, answers, seed: this.round.id });
	}

	/** Whether a fact is a true/false statement, asked as a choice of સાચું and ખોટું alone. */
	#statement(questionId: string): boolean {
		const index = this.#bank.byId.get(questionId);
		return index !== undefined && isTrueFalse(this.#bank.questions[index]!);
	}

	/** A reload after an answer whose feedback was not left shows that feedback again. */
	#showLastFeedback(): void {
		const last = this.answers.at(-1);
		if (!last || this.#movedOn.answers >= this.answers.length || last.mode === 'tf') return;
		const asked = (this.progress.asked.get(last.questionId) ?? 1) - 1;
		const ask = { roundId: this.round.id, asked, maxYear: this.#maxYear };
		const item = learnItem(this.#bank, last.questionId, last.mode, ask);
		if (!item) return;
		this.#answered = { item, batch: this.#replay(this.answers.slice(0, -1)).batch };
		const step = this.progress.steps.get(last.questionId) ?? 'choice';
		this.outcome = { correct: last.correct, almost: last.almost === true, given: last.given, step };
	}

	/** What the screen shows: a question (with its feedback once answered), the checkpoint, or the finish. */
	get screen(): 'question' | 'checkpoint' | 'done' {
		if (this.outcome) return 'question';
		if (this.progress.done) return 'done';
		return this.progress.checkpoint && this.#movedOn.batch !== this.progress.batch ? 'checkpoint' : 'question';
	}

	/** The question on screen: the one just answered, or the next one. */
	get item(): LearnItem | undefined {
		return this.outcome ? this.#answered?.item : this.#next;
	}

	/** The batch of the question on screen, 1 for the first. */
	get batch(): number {
		return this.outcome ? (this.#answered?.batch ?? 0) : this.progress.batch;
	}

	/** Whether the fact on screen was missed earlier in this batch and is back for another try. */
	get again(): boolean {
		const item = this.item;
		return !this.outcome && !!item && this.progress.missedInBatch.has(item.question.id);
	}

	/** A question of the round by id. */
	question(id: string): BankQuestion | undefined {
		const index = this.#bank.byId.get(id);
		return index === undefined ? undefined : this.#bank.questions[index];
	}

	/** Picks option `index` of the choice on screen. */
	answerChoice(index: number): Promise<void> {
		const item = this.item;
		if (item?.mode !== 'choice' || this.outcome || this.screen !== 'question') return Promise.resolve();
		return this.#record(item, item.options[index] ?? '', gradeChoice(item, index), false);
	}

	/** Answers the typed question on screen. */
	answerTyped(text: string): Promise<void> {
		const item = this.item;
		if (item?.mode !== 'typed' || this.outcome || !text.trim() || this.screen !== 'question') return Promise.resolve();
		const result = checkTyped(item.question, text);
		return this.#record(item, text.trim(), result === 'right', result === 'almost');
	}

	/** Moves on from the feedback: to the next question, the checkpoint or the finish. */
	next(): void {
		if (this.outcome) this.#remember({ answers: this.answers.length });
		this.outcome = undefined;
		this.#answered = undefined;
		this.#shownAt = this.#now();
	}

	/** Goes past the checkpoint to the next batch. */
	continueRound(): void {
		this.#remember({ batch: this.progress.batch });
		this.#shownAt = this.#now();
	}

	#remember(change: Partial<MovedOn>): void {
		this.#movedOn = { ...this.#movedOn, ...change };
		writeStored(MOVED_ON_KEY, this.#movedOn);
	}

	async #record(item: LearnItem, given: string, correct: boolean, almost: boolean): Promise<void> {
		if (this.#busy) return;
		this.#busy = true;
		const batch = this.progress.batch;
		const at = this.#now();
		const attempt: Attempt = {
			questionId: item.question.id,
			quizId: this.round.id,
			given,
			correct,
			mode: item.mode,
			ms: at - this.#shownAt,
			at,
			...(almost ? { almost } : {}),
			learn: true
		};
		const after = this.#replay([...this.answers, attempt]);
		try {
			// Written before the feedback shows: a reload from here on keeps this answer.
			const write = { answered: this.answers.length, finishes: after.done };
			const newCard = await recordLearnAnswer(attempt, ratingFromQuizAnswer(correct, attempt.ms, item.mode), write, currentScheduler());
			// the answer's card is due again within minutes or days: maybe the next flashcard visit's first
			void nextIdle().then(() => keepAlsoByIds(library, [attempt.questionId]));
			this.storageProblem = undefined;
			this.answers = [...this.answers, newCard ? { ...attempt, newCard } : attempt];
			this.#answered = { item, batch };
			this.outcome = { correct, almost, given, step: after.steps.get(item.question.id) ?? 'choice' };
		} catch (error) {
			if (error instanceof LearnRoundChangedError) await this.#reload();
			else this.storageProblem = storageProblem(error);
		} finally {
			this.#busy = false;
		}
	}

	/** Another tab answered or ended the round: take what is stored and go on from there. */
	async #reload(): Promise<void> {
		this.storageProblem = undefined;
		const round = await getLearnRound(this.round.id);
		if (!round) this.closed = 'deleted';
		else if (round.status !== 'active') this.closed = 'ended';
		else this.answers = await attemptsOfQuiz(this.round.id);
		this.#shownAt = this.#now();
	}
}

/**
 * What /learn finds for a set: no such set, nothing to learn in it, a round to play (`answeredBefore`:
 * the answers it already had, 0 for a round dealt now), or the round last learnt to the end
 * (`mastered`: its facts still in the set, every one mastered).
 */
export type LearnOpening =
	| { kind: 'missing' }
	| { kind: 'empty'; set: QuestionSet }
	| { kind: 'ready'; set: QuestionSet; session: LearnSession; answeredBefore: number }
	| { kind: 'finished'; set: QuestionSet; round: LearnRound; mastered: number };

/**
 * Opens Learn on a set (its starred questions only with `starredOnly`): the unfinished round of
 * that set and kind is resumed; when the latest round was learnt to the end, that is what opens,
 * unless `again` (the student chose to learn it again); else a new round is dealt from the set's
 * questions, weakest and due first, and stored. Throws when the round cannot be stored (a storage error).
 */
export async function openLearn(setId: string, starredOnly: boolean, now = Date.now(), again = false): Promise<LearnOpening> {
	// a set saved a moment ago may not be read yet; the built-in sets are there regardless
	await library.load().catch(() => {});
	const set = library.sets.find((s) => s.id === setId);
	if (!set) return { kind: 'missing' };
	const bank = await library.prepared();
	let ids = set.questions.map((q) => q.id).filter((id) => bank.byId.has(id));
	if (starredOnly) {
		const starred = await starredIds();
		ids = ids.filter((id) => starred.has(id));
	}
	if (ids.length === 0) return { kind: 'empty', set };

	let round = await activeLearnRound(setId, starredOnly);
	// a round whose questions all left the set cannot go on
	if (round && !round.questionIds.some((id) => bank.byId.has(id))) {
		await abandonLearnRound(round.id);
		round = undefined;
	}
	if (!round && !again) {
		const latest = await latestLearnRound(setId, starredOnly);
		const mastered = latest?.status === 'done' ? latest.questionIds.filter((id) => bank.byId.has(id)).length : 0;
		// a finished round whose questions all left the set is nothing to show: a new one is dealt
		if (latest && mastered > 0) return { kind: 'finished', set, round: latest, mastered };
	}
	const resumed = round !== undefined;
	let cards: ReadonlyMap<string, LearnCard> | undefined;
	if (!round) {
		// a new round's cards are read once: to order its facts, then to find where each starts
		cards = await cardsOf(ids);
		round = await dealRound(setId, ids, cards, starredOnly, now);
	}
	const session = await sessionOf(round, bank, now, cards);
	return { kind: 'ready', set, session, answeredBefore: resumed ? session.answers.length : 0 };
}

/** Sets the round aside and deals a new one of the same set and kind (its answers stay in progress). */
export async function startOver(session: LearnSession, now = Date.now()): Promise<LearnOpening> {
	await abandonLearnRound(session.round.id);
	return openLearn(session.round.setId, !!session.round.starredOnly, now);
}

/** Deals a new round of a set learnt to the end before; the finished round stays as it was. */
export function learnAgain(finished: LearnRound, now = Date.now()): Promise<LearnOpening> {
	return openLearn(finished.setId, !!finished.starredOnly, now, true);
}

/** Deals and stores a new round: the facts ordered weakest and due first. */
async function dealRound(setId: string, ids: string[], cards: ReadonlyMap<string, LearnCard>, starredOnly: boolean, now: number): Promise<LearnRound> {
	const order = orderFacts(ids, cards, new Date(now));
	const round: LearnRound = {
		id: `learn-${now.toString(36)}-${randomSeed()}`,
		setId,
		questionIds: order,
		...(starredOnly ? { starredOnly } : {}),
		startedAt: now,
		status: 'active'
	};
	await startLearnRound(round);
	return round;
}

/** A fact's first step (see firstStep); a true/false statement is always a choice, with nothing to type but સાચું. */
function firstStepOf(bank: PreparedBank, id: string, card: LearnCard | undefined, maxYear: number): AskStep {
	const index = bank.byId.get(id);
	if (index !== undefined && isTrueFalse(bank.questions[index]!)) return 'choice';
	return firstStep(card, canChoose(bank, id, maxYear));
}

/** The session of a stored round, with each fact's first step from its card as it is now (`read`: its cards, just read). */
async function sessionOf(round: LearnRound, bank: PreparedBank, now: number, read?: ReadonlyMap<string, LearnCard>): Promise<LearnSession> {
	const [answers, cards] = await Promise.all([attemptsOfQuiz(round.id), read ?? cardsOf(round.questionIds)]);
	const maxYear = new Date(round.startedAt).getFullYear();
	// each fact's first step when a batch first reaches it: finding whether it can be a choice deals it
	const known = new Map<string, AskStep>();
	const firstSteps: FirstSteps = {
		get(id) {
			let step = known.get(id);
			if (step === undefined) known.set(id, (step = firstStepOf(bank, id, cards.get(id), maxYear)));
			return step;
		}
	};
	const session = new LearnSession(round, bank, answers, firstSteps);
	// every fact left was mastered before (the others left the set): the round is over
	if (session.progress.done) await finishLearnRound(round.id, now);
	return session;
}
