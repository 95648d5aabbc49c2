import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStored, removeStored, writeStored } from './persisted';
import { memoryStorage, refusingStorage } from './storage-testing';

/** Reads a stored count, 0 when missing or not a number. */
const parseCount = (raw: string | null): number => {
	const n: unknown = raw === null ? 0 : JSON.parse(raw);
	return typeof n === 'number' ? n : 0;
};

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('readStored and writeStored', () => {
	it('reads back what was written, as after a reload', () => {
		vi.stubGlobal('localStorage', memoryStorage());
		writeStored('kasoti.count', 7);
		expect(localStorage.getItem('kasoti.count')).toBe('7');
		expect(readStored('kasoti.count', parseCount)).toBe(7);
	});

	it('gives the defaults when nothing is stored', () => {
		vi.stubGlobal('localStorage', memoryStorage());
		expect(readStored('kasoti.count', parseCount)).toBe(0);
	});

	it('gives the defaults when the stored entry is damaged and the parser throws', () => {
		vi.stubGlobal('localStorage', memoryStorage());
		localStorage.setItem('kasoti.count', '{not json');
		expect(readStored('kasoti.count', parseCount)).toBe(0);
	});

	it('gives the defaults and writes nothing when storage throws (private mode, full disk)', () => {
		vi.stubGlobal('localStorage', refusingStorage());
		expect(() => writeStored('kasoti.count', 7)).not.toThrow();
		expect(readStored('kasoti.count', parseCount)).toBe(0);
	});

	it('gives the defaults and writes nothing when there is no localStorage (prerender)', () => {
		vi.stubGlobal('localStorage', undefined);
		expect(() => writeStored('kasoti.count', 7)).not.toThrow();
		expect(readStored('kasoti.count', parseCount)).toBe(0);
	});

	it('survives a browser that throws on the very read of localStorage (site data blocked)', () => {
		Object.defineProperty(globalThis, 'localStorage', {
			configurable: true,
			get() {
				throw new DOMException('Access is denied.', 'SecurityError');
			}
		});
		try {
			expect(() => writeStored('kasoti.count', 7)).not.toThrow();
			expect(readStored('kasoti.count', parseCount)).toBe(0);
		} finally {
			Reflect.deleteProperty(globalThis, 'localStorage');
		}
	});
});

describe('removeStored', () => {
	it('removes the entry, and never throws where storage refuses or is missing', () => {
		vi.stubGlobal('localStorage', memoryStorage());
		writeStored('kasoti.count', 7);
		removeStored('kasoti.count');
		expect(localStorage.getItem('kasoti.count')).toBeNull();
		vi.stubGlobal('localStorage', { ...refusingStorage(), removeItem: () => refusingStorage().setItem('x', 'y') });
		expect(() => removeStored('kasoti.count')).not.toThrow();
		vi.stubGlobal('localStorage', undefined);
		expect(() => removeStored('kasoti.count')).not.toThrow();
	});
});
