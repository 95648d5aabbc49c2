import { expect, test } from 'vitest';
import type { QuizRecord } from '$lib/db/schema';
import { openHandedOver, takeHandedOver } from './quiz-handover';

const quiz = { id: 'q1' } as QuizRecord;

test('a quiz handed over is given once, to the opening it was handed to', async () => {
	const taken = await openHandedOver(quiz, async () => [takeHandedOver(), takeHandedOver()]);
	expect(taken).toEqual([quiz, undefined]);
	expect(takeHandedOver()).toBeUndefined();
});

test('a quiz the screen did not take is gone once the opening ends', async () => {
	await openHandedOver(quiz, async () => {});
	expect(takeHandedOver()).toBeUndefined();
	await expect(openHandedOver(quiz, () => Promise.reject(new Error('no')))).rejects.toThrow('no');
	expect(takeHandedOver()).toBeUndefined();
});
