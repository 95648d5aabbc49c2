import { describe, expect, it } from 'vitest';
import { scrollToReveal } from './reveal-below';

describe('scrollToReveal', () => {
	const bar = 88;
	it('scrolls what is under the tab bar just clear of it', () => {
		expect(scrollToReveal({ at: 830, margin: bar }, { at: 390, margin: 72 }, 844)).toBe(74);
	});

	it('does not scroll what is already clear', () => {
		expect(scrollToReveal({ at: 700, margin: bar }, { at: 390, margin: 72 }, 844)).toBe(0);
	});

	it('stops where the answer would go under the top bar: a long card keeps its answer in view', () => {
		expect(scrollToReveal({ at: 1400, margin: bar }, { at: 300, margin: 72 }, 844)).toBe(228);
		expect(scrollToReveal({ at: 1400, margin: bar }, { at: 40, margin: 72 }, 844)).toBe(0);
	});
});
