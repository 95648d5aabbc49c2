import { describe, expect, it } from 'vitest';
import { SWIPE_PX, swipeIntent } from './swipe';

describe('swipeIntent', () => {
	it('shows nothing while the finger has hardly moved', () => {
		expect(swipeIntent(0)).toBeUndefined();
		expect(swipeIntent(-9)).toBeUndefined();
	});

	it('is Again to the left and Good to the right, growing until the threshold, where letting go rates', () => {
		expect(swipeIntent(-35)).toEqual({ name: 'again', progress: 0.5, armed: false });
		expect(swipeIntent(14)).toEqual({ name: 'good', progress: 0.2, armed: false });
		expect(swipeIntent(SWIPE_PX)).toEqual({ name: 'good', progress: 1, armed: true });
		expect(swipeIntent(-200)).toEqual({ name: 'again', progress: 1, armed: true });
	});
});
