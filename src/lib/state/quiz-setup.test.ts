import { describe, expect, test } from 'vitest';
import { parseSetup, sourceFromKey, sourceKey } from './quiz-setup';

describe('parseSetup', () => {
	test('a first visit gets every category, all questions, 10 questions, choices', () => {
		expect(parseSetup(null)).toEqual({
			categories: ['date', 'person', 'place'],
			source: { type: 'all' },
			length: 10,
			mode: 'choice',
			weakSpots: false
		});
	});

	test('the last choices come back', () => {
		const raw = JSON.stringify({
			categories: ['place', 'date'],
			source: { type: 'article', file: '000_x.txt' },
			length: 'all',
			mode: 'typed',
			weakSpots: true
		});
		expect(parseSetup(raw)).toEqual({
			categories: ['date', 'place'],
			source: { type: 'article', file: '000_x.txt' },
			length: 'all',
			mode: 'typed',
			weakSpots: true
		});
	});

	test('damaged values fall back one by one; no categories means all of them', () => {
		const raw = JSON.stringify({ categories: ['food'], source: { type: 'set' }, length: 7, mode: 'essay' });
		expect(parseSetup(raw)).toEqual(parseSetup(null));
		expect(parseSetup('{oops')).toEqual(parseSetup(null));
	});
});

describe('source keys', () => {
	test('round-trip through a select box', () => {
		for (const source of [
			{ type: 'all' } as const,
			{ type: 'set', id: 'kim-russia-trip' } as const,
			{ type: 'article', file: '004_127d094ff95780a8.txt' } as const
		]) {
			expect(sourceFromKey(sourceKey(source))).toEqual(source);
		}
	});
});
