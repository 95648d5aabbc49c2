import { describe, expect, it } from 'vitest';
import { keyDigit } from './digit-key';

describe('keyDigit', () => {
	it('reads a digit key of an English, Gujarati or Hindi layout as the same number', () => {
		expect(['1', '૧', '१'].map(keyDigit)).toEqual([1, 1, 1]);
		expect(['4', '૪', '0', '૦', '9', '૯'].map(keyDigit)).toEqual([4, 4, 0, 0, 9, 9]);
	});

	it('reads no number from other keys', () => {
		// Number(' ') and Number('') are 0, which a shortcut must not take for a digit
		expect([' ', '', 'Enter', 'a', '12', '૧૨', 'F1', '½'].map(keyDigit)).toEqual(Array(8).fill(undefined));
	});
});
