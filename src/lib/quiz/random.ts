/**
 * Seeded randomness for the quiz: the same seed always gives the same quiz, so a teacher can
 * print a worksheet again and a test can pin a result. Nothing here reads the clock.
 */

/** A source of numbers in [0, 1), like Math.random but reproducible. */
export type Rng = () => number;

/** Hashes a string seed to 32 bits (FNV-1a), so short human seeds like "abc" spread well. */
function hashSeed(seed: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < seed.length; i++) {
		h ^= seed.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** A mulberry32 generator from a string or number seed; equal seeds give equal sequences. */
export function createRng(seed: string | number): Rng {
	let state = typeof seed === 'number' ? seed >>> 0 : hashSeed(seed);
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A whole number in [0, n). */
export function randomInt(rng: Rng, n: number): number {
	return Math.floor(rng() * n);
}

/** One element of a non-empty list. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
	if (items.length === 0) throw new RangeError('pick from an empty list');
	return items[randomInt(rng, items.length)] as T;
}

/** A shuffled copy (Fisher-Yates), every order equally likely. */
export function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
	const out = items.slice();
	for (let i = out.length - 1; i > 0; i--) {
		const j = randomInt(rng, i + 1);
		const tmp = out[i] as T;
		out[i] = out[j] as T;
		out[j] = tmp;
	}
	return out;
}

const SEED_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A fresh seed of six letters and digits, easy to read aloud and type back (no 0/o, 1/l/i).
 * The one impure helper: callers make a seed once and pass the generator on.
 */
export function randomSeed(
	source: (buffer: Uint32Array) => Uint32Array = (b) => crypto.getRandomValues(b)
): string {
	const words = source(new Uint32Array(6));
	let seed = '';
	for (const word of words) seed += SEED_ALPHABET[word % SEED_ALPHABET.length];
	return seed;
}
