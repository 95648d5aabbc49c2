import { expect, test } from 'vitest';
import { useFreshDatabase } from './testing';
import { createScheduler, Rating } from '$lib/srs';
import { recordAnswer } from './attempts';
import { rateCard } from './cards';
import { loadProgress } from './progress';

const scheduler = createScheduler({ fuzz: false });
const at = (iso: string) => new Date(iso);

useFreshDatabase();
test('nothing studied yet: nothing to count', async () => {
	expect(await loadProgress()).toEqual({ attempts: [], cards: [], reviewTimes: [] });
});

test('answers and flashcard ratings both count: every answer, every card, every rating’s time', async () => {
	const answer = { questionId: 'q1', quizId: 'z', given: 'x', correct: false, mode: 'choice', ms: 900 } as const;
	await recordAnswer({ ...answer, at: at('2026-11-23T10:00:00Z').getTime() }, Rating.Again, false, scheduler);
	await rateCard(scheduler, 'q2', Rating.Good, at('2026-11-24T08:00:00Z'));

	const progress = await loadProgress();
	expect(progress.attempts.map((a) => [a.questionId, a.correct])).toEqual([['q1', false]]);
	expect(progress.cards.map((c) => c.questionId)).toEqual(['q1', 'q2']);
	expect(progress.reviewTimes).toEqual([at('2026-11-23T10:00:00Z'), at('2026-11-24T08:00:00Z')]);
});

test('a teacher’s trial run is not counted', async () => {
	const answer = { questionId: 'q1', quizId: 'z', given: 'x', correct: true, mode: 'choice', ms: 900 } as const;
	await recordAnswer({ ...answer, at: at('2026-11-23T10:00:00Z').getTime(), trial: true }, undefined, false, scheduler);
	await recordAnswer({ ...answer, questionId: 'q2', at: at('2026-11-23T10:01:00Z').getTime() }, Rating.Good, false, scheduler);
	const progress = await loadProgress();
	expect(progress.attempts.map((a) => a.questionId)).toEqual(['q2']);
	expect(progress.cards.map((c) => c.questionId)).toEqual(['q2']);
});
