import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { memoryStorage, refusingStorage } from '$lib/state/storage-testing';
import { dropUnsaved, forgetUnsaved, keepUnsaved, unsavedCopies } from './unsaved-sets';

const record = (id: string, updatedAt: number, title = 'શીર્ષક') => ({ id, updatedAt, set: { title } });

beforeEach(() => {
	vi.stubGlobal('localStorage', memoryStorage());
});
afterEach(() => {
	vi.unstubAllGlobals();
});

describe('copies of sets whose write may not have landed', () => {
	test('a kept copy is listed as its record, by set, until its write lands', () => {
		keepUnsaved(record('set-a', 10, 'પહેલો'));
		keepUnsaved(record('set-b', 20));
		// the same set kept again: only its newest copy
		keepUnsaved(record('set-a', 30, 'બીજો'));
		const copies = unsavedCopies();
		expect(copies.map((c) => c.id).sort()).toEqual(['set-a', 'set-b']);
		expect(JSON.parse(copies.find((c) => c.id === 'set-a')!.json)).toEqual(record('set-a', 30, 'બીજો'));
		dropUnsaved(record('set-a', 30));
		expect(unsavedCopies().map((c) => c.id)).toEqual(['set-b']);
	});

	test('the landing of an older write leaves a newer copy alone', () => {
		keepUnsaved(record('set-a', 30));
		dropUnsaved(record('set-a', 20));
		expect(unsavedCopies()).toHaveLength(1);
		// a newer write than the copy makes it needless
		dropUnsaved(record('set-a', 40));
		expect(unsavedCopies()).toEqual([]);
	});

	test('a deleted set’s copy goes whatever it holds; other keys are not copies', () => {
		localStorage.setItem('kasoti.settings', '{}');
		keepUnsaved(record('set-a', 30));
		forgetUnsaved('set-a');
		expect(unsavedCopies()).toEqual([]);
		expect(localStorage.getItem('kasoti.settings')).toBe('{}');
	});

	test('storage that refuses, or none at all, makes no copy and throws nothing', () => {
		vi.stubGlobal('localStorage', refusingStorage());
		expect(() => keepUnsaved(record('set-a', 30))).not.toThrow();
		expect(unsavedCopies()).toEqual([]);
		vi.stubGlobal('localStorage', undefined);
		expect(() => keepUnsaved(record('set-a', 30))).not.toThrow();
		expect(() => dropUnsaved(record('set-a', 30))).not.toThrow();
		expect(unsavedCopies()).toEqual([]);
	});
});
