/**
 * Learn rounds: stored when started, so a round cut short resumes where it stopped. Their answers
 * are ordinary attempts (`quizId` = the round's id, `learn: true`), each written with the card's
 * rating and the round's state in one transaction.
 */
import { State, type CardRecord, type Grade, type Scheduler } from '$lib/srs';
import { rateInTransaction } from './cards';
import { failedWrite } from './errors';
import { getDb } from './open';
import type { Attempt, LearnRound } from './schema';

/**
 * The round moved on without this page: another tab answered in it, or ended it. Nothing was
 * written; read the round again and go on from what is stored.
 */
export class LearnRoundChangedError extends Error {
	override readonly name = 'LearnRoundChangedError';

	constructor(readonly roundId: string) {
		super(`Learn round ${roundId} changed in another tab`);
	}
}

/** Whether a round is the kind asked for: the whole set, or its starred questions only. */
const sameKind = (round: LearnRound, setId: string, starredOnly: boolean) =>
	round.setId === setId && !!round.starredOnly === starredOnly;

/** The unfinished round of a set (of its starred questions with `starredOnly`), the latest if several. */
export async function activeLearnRound(setId: string, starredOnly: boolean): Promise<LearnRound | undefined> {
	const rounds = await (await getDb()).getAllFromIndex('learn', 'by-set', setId);
	return rounds
		.filter((r) => r.status === 'active' && sameKind(r, setId, starredOnly))
		.sort((a, b) => b.startedAt - a.startedAt)[0];
}

/**
 * The latest round of a set and kind, whatever its status: a done one tells that the set was
 * learnt to the end, and reopening it shows that rather than dealing a new round unasked.
 */
export async function latestLearnRound(setId: string, starredOnly: boolean): Promise<LearnRound | undefined> {
	const rounds = await (await getDb()).getAllFromIndex('learn', 'by-set', setId);
	return latestOf(rounds.filter((r) => sameKind(r, setId, starredOnly)));
}

/** Where the student stands with learning a whole set: a round under way, the set learnt to the end (when), or neither. */
export type LearnStanding = { kind: 'active' } | { kind: 'finished'; at: number } | { kind: 'none' };

/** The standing of a set by its latest whole-set round, as Learn would open it. */
export async function learnStanding(setId: string): Promise<LearnStanding> {
	const round = await latestLearnRound(setId, false);
	if (round?.status === 'active') return { kind: 'active' };
	if (round?.status === 'done') return { kind: 'finished', at: round.finishedAt ?? round.startedAt };
	return { kind: 'none' };
}

/** When each set was last learnt to the end (whole-set rounds), for the sets whose latest round is done. */
export async function finishedLearnSets(): Promise<Map<string, number>> {
	const latest = new Map<string, LearnRound>();
	for (const round of await (await getDb()).getAll('learn')) {
		const before = latest.get(round.setId);
		if (!round.starredOnly && (!before || round.startedAt > before.startedAt)) latest.set(round.setId, round);
	}
	const finished = new Map<string, number>();
	for (const [setId, round] of latest) if (round.status === 'done') finished.set(setId, round.finishedAt ?? round.startedAt);
	return finished;
}

/** The round started last. */
const latestOf = (rounds: readonly LearnRound[]) =>
	rounds.reduce<LearnRound | undefined>((a, r) => (a && a.startedAt >= r.startedAt ? a : r), undefined);

/** One round by id. */
export async function getLearnRound(id: string): Promise<LearnRound | undefined> {
	return (await getDb()).get('learn', id);
}

/** Saves a new round; an unfinished one of the same set and kind is abandoned with it. All or nothing. */
export async function startLearnRound(round: LearnRound): Promise<void> {
	const db = await getDb();
	const tx = db.transaction('learn', 'readwrite');
	try {
		for (const old of await tx.store.index('by-set').getAll(round.setId)) {
			if (old.status === 'active' && sameKind(old, round.setId, !!round.starredOnly)) {
				await tx.store.put({ ...old, status: 'abandoned' });
			}
		}
		await tx.store.put(round);
		await tx.done;
	} catch (error) {
		throw await failedWrite(tx, error);
	}
}

/** Sets an unfinished round aside ("start over"); its answers stay in the student's progress. */
export async function abandonLearnRound(id: string): Promise<void> {
	await closeRound(id, (round) => ({ ...round, status: 'abandoned' }));
}

/** Marks an unfinished round done: for a round whose every remaining fact was mastered already. */
export async function finishLearnRound(id: string, at: number): Promise<void> {
	await closeRound(id, (round) => ({ ...round, status: 'done', finishedAt: at }));
}

async function closeRound(id: string, close: (round: LearnRound) => LearnRound): Promise<void> {
	const db = await getDb();
	const tx = db.transaction('learn', 'readwrite');
	try {
		const round = await tx.store.get(id);
		if (round?.status === 'active') await tx.store.put(close(round));
		await tx.done;
	} catch (error) {
		throw await failedWrite(tx, error);
	}
}

/** What recordLearnAnswer checks and changes besides the answer. */
export interface LearnAnswerWrite {
	/** How many answers this page knows the round has: any other count means another tab answered. */
	answered: number;
	/** This answer masters the round's last fact: the round is marked done with it. */
	finishes: boolean;
}

/**
 * Stores a Learn answer, rates the question's card with `rating` (via 'quiz', as a quiz answer
 * does) and, when it `finishes` the round, marks the round done: one transaction, so a reload never
 * finds the answer without its card or round state. The answer is refused (LearnRoundChangedError,
 * nothing written) when the round is no longer active or holds other than `answered` answers.
 * Returns whether the answer gave its question its memory card (then stored as `newCard`).
 */
export async function recordLearnAnswer(
	attempt: Attempt,
	rating: Grade | undefined,
	{ answered, finishes }: LearnAnswerWrite,
	scheduler: Scheduler
): Promise<boolean> {
	const db = await getDb();
	const tx = db.transaction(['attempts', 'learn', 'cards', 'reviews'], 'readwrite');
	try {
		const rounds = tx.objectStore('learn');
		const attempts = tx.objectStore('attempts');
		const round = await rounds.get(attempt.quizId);
		const stored = await attempts.index('by-quiz').count(attempt.quizId);
		if (round?.status !== 'active' || stored !== answered) throw new LearnRoundChangedError(attempt.quizId);
		const id = await attempts.add({ ...attempt, learn: true });
		let newCard = false;
		if (rating !== undefined) {
			const stores = { cards: tx.objectStore('cards'), reviews: tx.objectStore('reviews') };
			const { before } = await rateInTransaction(stores, scheduler, attempt.questionId, rating, new Date(attempt.at), 'quiz');
			newCard = !before || before.state === State.New;
			if (newCard) await attempts.put({ ...attempt, learn: true, id, newCard });
		}
		if (finishes) await rounds.put({ ...round, status: 'done', finishedAt: attempt.at });
		await tx.done;
		return newCard;
	} catch (error) {
		throw await failedWrite(tx, error);
	}
}

/**
 * From this many questions, when they are a quarter of the deck or more, the deck is read whole
 * and filtered: each read by id is a request of its own, and 10,000 of them took a slow phone a second.
 */
export const READ_WHOLE_DECK_FROM = 200;

/** The memory cards of these questions, by question id (a question never rated has none). */
export async function cardsOf(questionIds: readonly string[]): Promise<Map<string, CardRecord>> {
	const tx = (await getDb()).transaction('cards');
	const wanted = new Set(questionIds);
	const whole = wanted.size >= READ_WHOLE_DECK_FROM && wanted.size * 4 >= (await tx.store.count());
	const cards = whole
		? (await tx.store.getAll()).filter((card) => wanted.has(card.questionId))
		: await Promise.all([...wanted].map((id) => tx.store.get(id)));
	await tx.done;
	return new Map(cards.filter((c) => c !== undefined).map((c) => [c.questionId, c]));
}
