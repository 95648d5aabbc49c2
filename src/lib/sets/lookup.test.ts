import { describe, expect, test } from 'vitest';
import type { QuestionSet } from '../bank/schema';
import { lookupSet, setLinks, setPageHref } from './lookup';

const set = (id: string) => ({ id, title: id, title_en: id, lang: 'gu', articles: [], questions: [] }) as unknown as QuestionSet;
const builtin = set('putin-north-korea');
const own = set('set-lx2k9a');

describe('lookupSet', () => {
	test('finds a built-in set before the own sets are read, and an own set once they are', () => {
		expect(lookupSet('putin-north-korea', { sets: [builtin], loaded: false })).toEqual({ state: 'found', set: builtin });
		expect(lookupSet('set-lx2k9a', { sets: [builtin, own], loaded: true, stored: true })).toEqual({ state: 'found', set: own });
	});

	test('waits while the own sets are read or the stored ones not yet asked', () => {
		expect(lookupSet('set-lx2k9a', { sets: [builtin], loaded: false })).toEqual({ state: 'checking' });
		expect(lookupSet('set-lx2k9a', { sets: [builtin], loaded: true })).toEqual({ state: 'checking' });
	});

	test('a stored set the library left out needs fixing; an id nobody has, or none, is unknown', () => {
		expect(lookupSet('set-lx2k9a', { sets: [builtin], loaded: true, stored: true })).toEqual({ state: 'not-ready' });
		expect(lookupSet('no-such-set', { sets: [builtin], loaded: true, stored: false })).toEqual({ state: 'unknown' });
		expect(lookupSet('', { sets: [builtin], loaded: false })).toEqual({ state: 'unknown' });
		// the own sets could not be read: a built-in set is still found, any other id cannot be told apart
		expect(lookupSet('putin-north-korea', { sets: [builtin], loaded: false, failed: true })).toEqual({ state: 'found', set: builtin });
		expect(lookupSet('set-lx2k9a', { sets: [builtin], loaded: false, failed: true })).toEqual({ state: 'unreadable' });
	});
});

describe('set links', () => {
	test('name the set, and the starred questions only when asked', () => {
		expect(setLinks('kim-russia-trip')).toEqual({ cards: '/cards?set=kim-russia-trip', learn: '/learn?set=kim-russia-trip' });
		expect(setLinks('kim-russia-trip', true)).toEqual({
			cards: '/cards?set=kim-russia-trip&starred=1',
			learn: '/learn?set=kim-russia-trip&starred=1'
		});
		expect(setPageHref('a b&c')).toBe('/set?id=a%20b%26c');
	});
});
