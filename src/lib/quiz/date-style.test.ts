import { describe, expect, it } from 'vitest';
import { dateStyleOf } from './date-style';

describe('dateStyleOf', () => {
	it('writes a month as the answer spells it: ઑ beside ઑ, ઓ beside ઓ', () => {
		expect(dateStyleOf('૩ ઑક્ટોબર ૨૦૨૫')('૮ ઓક્ટોબર ૨૦૨૫')).toBe('૮ ઑક્ટોબર ૨૦૨૫');
		expect(dateStyleOf('૩ ઓક્ટોબર ૨૦૨૫')('૮ ઑક્ટોબર ૨૦૨૫')).toBe('૮ ઓક્ટોબર ૨૦૨૫');
	});

	it('gives another month the spelling that shares the answer’s marks, where it has one', () => {
		const style = dateStyleOf('૨૧ ઑગસ્ટના રોજ');
		expect(style('૨૧ ઓક્ટોબર')).toBe('૨૧ ઑક્ટોબર');
		expect(style('૨૧ નવેમ્બર')).toBe('૨૧ નવેમ્બર');
		expect(dateStyleOf('૫ સપ્ટેંબર')('૫ ડિસેમ્બરથી')).toBe('૫ ડિસેંબરથી');
		// an answer with no marked spelling takes each month's usual one
		expect(dateStyleOf('૧૧ માર્ચ')('૧૧ ઑગસ્ટ')).toBe('૧૧ ઓગસ્ટ');
	});

	it('keeps the ending a month carries and words that only start like a month', () => {
		expect(dateStyleOf('ઑક્ટોબરમાં')('ઓગસ્ટમાં')).toBe('ઑગસ્ટમાં');
		expect(dateStyleOf('૧૪ જુન')('જુનાગઢ, ૧૪ જૂન')).toBe('જુનાગઢ, ૧૪ જુન');
	});

	it('writes digits as the answer does, and leaves them alone when it has none', () => {
		expect(dateStyleOf('૧૯૯૮')('2001')).toBe('૨૦૦૧');
		expect(dateStyleOf('1998')('૨૦૦૧')).toBe('2001');
		expect(dateStyleOf('મંગળવાર')('2001')).toBe('2001');
	});
});
