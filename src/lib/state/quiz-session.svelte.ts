/** One quiz being played: which question is up, what was answered, and writing each answer at once. */
import { AlreadyAnsweredError, attemptsOfQuiz, recordAnswer } from '$lib/db/attempts';
import { storageProblem } from '$lib/db/errors';
import { activeQuiz, getQuiz } from '$lib/db/quizzes';
import type { Attempt, QuizRecord } from '$lib/db/schema';
import { ratingFromQuizAnswer } from '$lib/srs';
import { lastFeedback, noteFeedback } from './quiz-resume';
import { currentScheduler } from './scheduler';
import { checkTyped, gradeChoice, gradeTrueFalse, type QuizItem, type TypedResult } from '$lib/quiz';

/** The outcome of the question just answered, for the feedback panel. */
export interface Outcome {
	correct: boolean;
	/** A typed answer one edit away from right. */
	almost: boolean;
	given: string;
}

/**
 * The quiz the play screen opens: the active one; else a finished one whose last feedback the
 * student had not left (the page was reloaded or closed there), to show it before the results.
 */
export async function quizToPlay(): Promise<QuizRecord | undefined> {
	const active = await activeQuiz();
	if (active) return active;
	const shown = lastFeedback();
	const finished = shown && !shown.left ? await getQuiz(shown.quiz) : undefined;
	return finished?.status === 'done' ? finished : undefined;
}

export class QuizSession {
	/** The quiz as dealt. */
	readonly quiz: QuizRecord;
	#now: () => number;
	#shownAt: number;
	/** Answers given so far, in order (restored from the database on resume). */
	answers = $state.raw<Attempt[]>([]);
	/** Ids of the questions answered: a resumed quiz goes on at the first question not among them. */
	readonly answered = $derived(new Set(this.answers.map((a) => a.questionId)));
	/** The outcome of the current question once answered; undefined while it waits for an answer. */
	outcome = $state<Outcome | undefined>();
	/** Why the last answer could not be stored ('full': the phone is out of space); undefined once one is. */
	storageProblem = $state<'full' | 'failed' | undefined>();
	/** Index of the question whose outcome shows. */
	#answeredIndex = 0;
	/** Index of the question on screen: the one just answered, or the first one not yet answered. */
	get index(): number {
		if (this.outcome) return this.#answeredIndex;
		const next = this.quiz.items.findIndex((item) => !this.answered.has(item.question.id));
		return next === -1 ? this.quiz.items.length : next;
	}
	/** The question on screen. */
	get item(): QuizItem | undefined {
		return this.quiz.items[this.index];
	}
	/** True once every question is answered. */
	get finished(): boolean {
		return this.quiz.items.every((item) => this.answered.has(item.question.id));
	}

	/**
	 * A quiz as stored, with its answers so far. If the student had not moved on from the feedback
	 * of the last answer (a reload, or the app closed there), that feedback shows again.
	 */
	constructor(quiz: QuizRecord, answers: Attempt[], now: () => number = Date.now) {
		this.quiz = quiz;
		this.answers = answers;
		this.#now = now;
		this.#shownAt = now();
		const last = answers.reduce<Attempt | undefined>((latest, a) => (latest && latest.at > a.at ? latest : a), undefined);
		const index = last ? quiz.items.findIndex((item) => item.question.id === last.questionId) : -1;
		const shown = lastFeedback();
		const left = shown?.quiz === quiz.id && shown.question === last?.questionId && shown.left;
		// when nothing is known (storage refused), showing a feedback again loses less than skipping one
		if (last && index !== -1 && !left) {
			this.#answeredIndex = index;
			this.outcome = { correct: last.correct, almost: last.almost === true, given: last.given };
		}
	}

	/** Picks option `index` of a multiple-choice question. */
	answerChoice(index: number): Promise<void> {
		const item = this.item;
		if (item?.mode !== 'choice' || this.outcome) return Promise.resolve();
		return this.#record(item.options[index] ?? '', gradeChoice(item, index), false);
	}

	/** Answers a typed question. */
	answerTyped(text: string): Promise<void> {
		const item = this.item;
		if (item?.mode !== 'typed' || this.outcome || !text.trim()) return Promise.resolve();
		const result: TypedResult = checkTyped(item.question, text);
		return this.#record(text.trim(), result === 'right', result === 'almost');
	}

	/** Answers a true-or-false statement. */
	answerTrueFalse(saidTrue: boolean): Promise<void> {
		const item = this.item;
		if (item?.mode !== 'tf' || this.outcome) return Promise.resolve();
		return this.#record(String(saidTrue), gradeTrueFalse(item, saidTrue), false);
	}

	/** Moves on from the feedback to the next question (or, after the last, to the results). */
	next(): void {
		if (this.outcome) noteFeedback(this.quiz.id, this.quiz.items[this.#answeredIndex]!.question.id, true);
		this.outcome = undefined;
		this.#shownAt = this.#now();
	}

	async #record(given: string, correct: boolean, almost: boolean): Promise<void> {
		const item = this.item!;
		const at = this.#now();
		const attempt: Attempt = {
			questionId: item.question.id,
			quizId: this.quiz.id,
			given,
			correct,
			mode: item.mode,
			ms: at - this.#shownAt,
			at,
			...(almost ? { almost } : {}),
			...(this.quiz.options.trial ? { trial: true } : {})
		};
		// A quiz answer counts as a review (see ratingFromQuizAnswer); a teacher's trial run does not, nor
		// an assignment's answers: its set may not be in the student's library, where cards are studied.
		const { trial, assignment } = this.quiz.options;
		const rating = trial || assignment ? undefined : ratingFromQuizAnswer(correct, attempt.ms, item.mode);
		const index = this.index;
		const left = this.quiz.items.filter((i) => !this.answered.has(i.question.id));
		const isLast = left.length === 1 && left[0] === item;
		try {
			// Written before the feedback shows: a reload from here on keeps this answer.
			await recordAnswer(attempt, rating, isLast, currentScheduler(), { once: true });
			this.storageProblem = undefined;
		} catch (error) {
			if (error instanceof AlreadyAnsweredError) return this.#reload();
			this.storageProblem = storageProblem(error);
			return;
		}
		this.answers = [...this.answers, attempt];
		this.#answeredIndex = index;
		this.outcome = { correct, almost, given };
		noteFeedback(this.quiz.id, item.question.id, false);
	}

	/** Another tab answered this question: take the answers as stored and go on from there. */
	async #reload(): Promise<void> {
		this.storageProblem = undefined;
		this.answers = await attemptsOfQuiz(this.quiz.id);
		this.#shownAt = this.#now();
	}
}
