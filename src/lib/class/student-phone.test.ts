import { afterEach, describe, expect, it, vi } from 'vitest';
import { makePhoneId, PHONE_KEY, PHONE_PATTERN, studentPhone } from './student-phone';

/** localStorage as a browser keeps it, or one that keeps nothing (blocked site data). */
function fakeStorage(keeps = true): Storage {
	const kept = new Map<string, string>();
	return {
		getItem: (key: string) => kept.get(key) ?? null,
		setItem: (key: string, value: string) => void (keeps && kept.set(key, value)),
		removeItem: (key: string) => void kept.delete(key),
		clear: () => kept.clear(),
		key: () => null,
		get length() {
			return kept.size;
		}
	};
}

afterEach(() => vi.unstubAllGlobals());

describe('the phone’s id', () => {
	it('is 12 base-36 characters from the randomness given', () => {
		expect(makePhoneId((b) => b.fill(35))).toBe('zzzzzzzzzzzz');
		const id = makePhoneId();
		expect(id).toMatch(/^[0-9a-z]{12}$/);
		expect(PHONE_PATTERN.test(id)).toBe(true);
		expect(makePhoneId()).not.toBe(id);
	});

	it('is made once and kept: every result of this phone names the same one', () => {
		const storage = fakeStorage();
		vi.stubGlobal('localStorage', storage);
		const id = studentPhone();
		expect(id).toMatch(/^[0-9a-z]{12}$/);
		expect(studentPhone()).toBe(id);
		expect(JSON.parse(storage.getItem(PHONE_KEY)!)).toBe(id);
	});

	it('is none where storage keeps nothing, rather than a new one each time', () => {
		vi.stubGlobal('localStorage', fakeStorage(false));
		expect(studentPhone()).toBeUndefined();
		vi.stubGlobal('localStorage', undefined);
		expect(studentPhone()).toBeUndefined();
	});

	it('replaces a damaged one', () => {
		const storage = fakeStorage();
		storage.setItem(PHONE_KEY, '"x"');
		vi.stubGlobal('localStorage', storage);
		expect(studentPhone()).toMatch(/^[0-9a-z]{12}$/);
	});
});
