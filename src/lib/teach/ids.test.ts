import { describe, expect, it } from 'vitest';
import { nextQuestionId, questionNumber, slug, uniqueSetId } from './ids';

describe('uniqueSetId', () => {
	it('adds the time in base 36 to the base, then a number while the id is taken', () => {
		const now = 1_700_000_000_000;
		expect(uniqueSetId('set', now, new Set())).toBe('set-loyw3v28');
		expect(uniqueSetId('set', now, new Set(['set-loyw3v28']))).toBe('set-loyw3v28-2');
		expect(uniqueSetId('set', now, new Set(['set-loyw3v28', 'set-loyw3v28-2']))).toBe('set-loyw3v28-3');
	});

	it('keeps a long base short enough for question ids to fit the schema', () => {
		const id = uniqueSetId('a-very-long-built-in-set-id-that-goes-on-and-on-and-on-and-on', 0, new Set());
		expect(id.length).toBeLessThanOrEqual(60);
		expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
	});
});

describe('slug', () => {
	it('keeps lower-case letters and digits, joined by single hyphens', () => {
		expect(slug('Kim Russia  Trip!', 'set')).toBe('kim-russia-trip');
		expect(slug('કસોટી', 'set')).toBe('set');
	});
});

describe('questionNumber', () => {
	it('reads the number of <set-id>-q<n> only', () => {
		expect(questionNumber('set-a', 'set-a-q12')).toBe(12);
		expect(questionNumber('set-a', 'set-b-q12')).toBeUndefined();
		expect(questionNumber('set-a', 'set-a-q01')).toBeUndefined();
		expect(questionNumber('set-a', 'set-a-qx')).toBeUndefined();
	});
});

describe('nextQuestionId', () => {
	it('counts on from the highest number in the set', () => {
		expect(nextQuestionId('s', 0, ['s-q1', 's-q2'])).toEqual({ id: 's-q3', number: 3 });
	});

	it('never gives again a number given before, even when that question is gone', () => {
		// q3 was deleted: the set has q1 and q2, but 3 was given
		expect(nextQuestionId('s', 3, ['s-q1', 's-q2'])).toEqual({ id: 's-q4', number: 4 });
	});

	it('skips ids other sets use', () => {
		expect(nextQuestionId('s', 0, [], new Set(['s-q1', 's-q2']))).toEqual({ id: 's-q3', number: 3 });
	});
});
