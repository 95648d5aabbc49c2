import { describe, expect, test, vi } from 'vitest';
import { createScheduler, Rating, State } from '$lib/srs';
import { attemptsOfQuiz } from './attempts';
import { getCard, rateCard } from './cards';
import { StorageFullError } from './errors';
import {
	abandonLearnRound,
	activeLearnRound,
	cardsOf,
	finishedLearnSets,
	finishLearnRound,
	latestLearnRound,
	READ_WHOLE_DECK_FROM,
	getLearnRound,
	LearnRoundChangedError,
	recordLearnAnswer,
	startLearnRound
} from './learn';
import { getDb } from './open';
import type { Attempt, LearnRound } from './schema';
import { fillDiskOnNextPut, useFreshDatabase } from './testing';

const scheduler = createScheduler({ fuzz: false });
const START = Date.UTC(2026, 10, 24, 9);

function round(id: string, extra: Partial<LearnRound> = {}): LearnRound {
	return { id, setId: 'kim-visit', questionIds: ['q1', 'q2'], startedAt: START, status: 'active', ...extra };
}

function answer(questionId: string, correct: boolean, extra: Partial<Attempt> = {}): Attempt {
	return { questionId, quizId: 'r1', given: 'x', correct, mode: 'choice', ms: 3_000, at: START + 60_000, ...extra };
}

async function counts() {
	const db = await getDb();
	return { attempts: await db.count('attempts'), cards: await db.count('cards'), reviews: await db.count('reviews') };
}

useFreshDatabase();

describe('rounds', () => {
	test('a started round is the active one of its set and kind; a new one abandons it', async () => {
		await startLearnRound(round('r1'));
		await startLearnRound(round('s1', { starredOnly: true }));
		expect((await activeLearnRound('kim-visit', false))?.id).toBe('r1');
		expect((await activeLearnRound('kim-visit', true))?.id).toBe('s1');
		expect(await activeLearnRound('other-set', false)).toBeUndefined();

		await startLearnRound(round('r2', { startedAt: START + 1 }));
		expect((await activeLearnRound('kim-visit', false))?.id).toBe('r2');
		expect((await getLearnRound('r1'))?.status).toBe('abandoned');
		// the starred round of the same set is another kind: it goes on
		expect((await getLearnRound('s1'))?.status).toBe('active');
	});

	test('start over abandons; a round finished by hand is done with its time', async () => {
		await startLearnRound(round('r1'));
		await abandonLearnRound('r1');
		expect(await activeLearnRound('kim-visit', false)).toBeUndefined();
		await startLearnRound(round('r2'));
		await finishLearnRound('r2', START + 5);
		expect(await getLearnRound('r2')).toMatchObject({ status: 'done', finishedAt: START + 5 });
		// a round already ended stays as it ended
		await abandonLearnRound('r2');
		expect((await getLearnRound('r2'))?.status).toBe('done');
	});

	test('the latest round of a set and kind is found whatever its status; a set is finished while its latest round is done', async () => {
		await startLearnRound(round('r1'));
		await finishLearnRound('r1', START + 5);
		await startLearnRound(round('s1', { starredOnly: true, startedAt: START + 10 }));
		await startLearnRound(round('o1', { setId: 'other-set' }));
		expect((await latestLearnRound('kim-visit', false))?.id).toBe('r1');
		expect((await latestLearnRound('kim-visit', true))?.id).toBe('s1');
		expect(await latestLearnRound('no-set', false)).toBeUndefined();
		// a starred round is not the whole set: the set stays finished; a set with a round under way is not
		expect(await finishedLearnSets()).toEqual(new Map([['kim-visit', START + 5]]));

		await startLearnRound(round('r2', { startedAt: START + 20 }));
		expect((await latestLearnRound('kim-visit', false))?.id).toBe('r2');
		expect(await finishedLearnSets()).toEqual(new Map());
		expect((await getLearnRound('r1'))?.status).toBe('done');
	});
});

describe('an answer', () => {
	test('is stored as a Learn attempt with its card and rating, in one go', async () => {
		await startLearnRound(round('r1'));
		const newCard = await recordLearnAnswer(answer('q1', true), Rating.Good, { answered: 0, finishes: false }, scheduler);
		expect(newCard).toBe(true);
		const [stored] = await attemptsOfQuiz('r1');
		expect(stored).toMatchObject({ questionId: 'q1', quizId: 'r1', correct: true, learn: true, newCard: true });
		expect((await getCard('q1'))?.reps).toBe(1);
		const [review] = await (await getDb()).getAll('reviews');
		expect(review).toMatchObject({ questionId: 'q1', rating: Rating.Good, via: 'quiz' });
		expect(await counts()).toEqual({ attempts: 1, cards: 1, reviews: 1 });
	});

	test('to a question that had a card already is not a new card', async () => {
		await startLearnRound(round('r1'));
		await rateCard(scheduler, 'q1', Rating.Good, new Date(START - 86_400_000));
		const newCard = await recordLearnAnswer(answer('q1', false), Rating.Again, { answered: 0, finishes: false }, scheduler);
		expect(newCard).toBe(false);
		expect((await attemptsOfQuiz('r1'))[0]?.newCard).toBeUndefined();
		expect((await getCard('q1'))?.reps).toBe(2);
	});

	test('that masters the last fact marks the round done with it', async () => {
		await startLearnRound(round('r1'));
		await recordLearnAnswer(answer('q2', true, { mode: 'typed' }), Rating.Good, { answered: 0, finishes: true }, scheduler);
		expect(await getLearnRound('r1')).toMatchObject({ status: 'done', finishedAt: START + 60_000 });
	});

	test('is refused, with nothing written, when another tab answered meanwhile or ended the round', async () => {
		await startLearnRound(round('r1'));
		await recordLearnAnswer(answer('q1', true), Rating.Good, { answered: 0, finishes: false }, scheduler);
		const stale = recordLearnAnswer(answer('q2', true), Rating.Good, { answered: 0, finishes: false }, scheduler);
		await expect(stale).rejects.toBeInstanceOf(LearnRoundChangedError);
		expect(await counts()).toEqual({ attempts: 1, cards: 1, reviews: 1 });

		await abandonLearnRound('r1');
		const late = recordLearnAnswer(answer('q2', true), Rating.Good, { answered: 1, finishes: false }, scheduler);
		await expect(late).rejects.toBeInstanceOf(LearnRoundChangedError);
		expect(await counts()).toEqual({ attempts: 1, cards: 1, reviews: 1 });
	});

	test('on a full disk nothing of it is kept, and the round stays as it was', async () => {
		await startLearnRound(round('r1'));
		fillDiskOnNextPut();
		const full = recordLearnAnswer(answer('q1', true), Rating.Good, { answered: 0, finishes: true }, scheduler);
		await expect(full).rejects.toBeInstanceOf(StorageFullError);
		expect(await counts()).toEqual({ attempts: 0, cards: 0, reviews: 0 });
		expect((await getLearnRound('r1'))?.status).toBe('active');
	});
});

test('cardsOf reads the cards there are, by question id', async () => {
	await rateCard(scheduler, 'q1', Rating.Good, new Date(START));
	const cards = await cardsOf(['q1', 'q2']);
	expect([...cards.keys()]).toEqual(['q1']);
	expect(cards.get('q1')?.state).toBe(State.Learning);
});

test('cardsOf gives the same cards whether it reads them by id or reads the deck whole', async () => {
	const many = Array.from({ length: READ_WHOLE_DECK_FROM + 50 }, (_, i) => `m${i}`);
	// every other question rated, beside cards of questions not asked for
	for (const id of [...many.filter((_, i) => i % 2 === 0), 'other-1', 'other-2']) await rateCard(scheduler, id, Rating.Good, new Date(START));
	const reads = { byId: 0, whole: 0 };
	const store = IDBObjectStore.prototype;
	const { get, getAll } = store;
	const spies = [vi.spyOn(store, 'get').mockImplementation(count(get, () => reads.byId++)), vi.spyOn(store, 'getAll').mockImplementation(count(getAll, () => reads.whole++))];
	try {
		const wanted = [...many, 'never-rated'];
		const whole = await cardsOf(wanted);
		expect(reads).toEqual({ byId: 0, whole: 1 });
		expect([...whole.keys()].sort()).toEqual(many.filter((_, i) => i % 2 === 0).sort());
		// a few questions are read one by one, and give what the whole read gave for them
		const few = await cardsOf(many.slice(0, 10));
		expect(reads).toEqual({ byId: 10, whole: 1 });
		expect([...few]).toEqual(many.slice(0, 10).filter((_, i) => i % 2 === 0).map((id) => [id, whole.get(id)]));
	} finally {
		for (const spy of spies) spy.mockRestore();
	}
});

/** `method`, noting each call with `note` first. */
function count<F extends (this: IDBObjectStore, ...args: never[]) => IDBRequest>(method: F, note: () => void): F {
	return function (this: IDBObjectStore, ...args: Parameters<F>) {
		note();
		return method.apply(this, args);
	} as F;
}
