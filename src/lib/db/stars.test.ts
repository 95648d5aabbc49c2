import { describe, expect, it } from 'vitest';
import { useFreshDatabase } from './testing';
import { onStarsChanged, setStar, starredIds } from './stars';

describe('stars', () => {
	useFreshDatabase();

	it('keeps a star until it is taken off, and tells listeners of each change', async () => {
		let heard = 0;
		const stop = onStarsChanged(() => heard++);
		await setStar('kim-visit-q03', true, Date.UTC(2026, 11, 2));
		await setStar('kim-visit-q07', true);
		expect([...(await starredIds())].sort()).toEqual(['kim-visit-q03', 'kim-visit-q07']);
		await setStar('kim-visit-q03', false);
		expect([...(await starredIds())]).toEqual(['kim-visit-q07']);
		expect(heard).toBe(3);
		stop();
	});

	it('starring twice keeps one star', async () => {
		await setStar('q1', true);
		await setStar('q1', true);
		expect((await starredIds()).size).toBe(1);
	});
});
