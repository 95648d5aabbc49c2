import { describe, expect, test } from 'vitest';
import { useFreshDatabase } from '$lib/db/testing';
import { setStar, starredIds } from '$lib/db/stars';
import { Stars } from './stars.svelte';

useFreshDatabase();
describe('Stars', () => {
	// a star tapped as the page opened went dark again when the read of the stored stars ended
	test('a star given while the stored ones are read stays as the student left it', async () => {
		await setStar('q2', true);
		const stars = new Stars();
		const loading = stars.load();
		const given = stars.toggle('q1');
		await Promise.all([loading, given]);
		expect([...stars.ids].sort()).toEqual(['q1', 'q2']);
		expect([...(await starredIds())].sort()).toEqual(['q1', 'q2']);
	});

	test('stars read, then tapped, are shown and stored', async () => {
		await setStar('q3', true);
		const stars = new Stars();
		await stars.load();
		expect([...stars.ids]).toEqual(['q3']);
		await stars.toggle('q4');
		expect([...stars.ids].sort()).toEqual(['q3', 'q4']);
	});
});
