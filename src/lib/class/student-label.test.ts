import { describe, expect, it } from 'vitest';
import { toGujaratiDigits } from '../text/normalize';
import { namesakeLabels, studentLabel, studentRowKey } from './student-label';

const gu = (n: number | string) => toGujaratiDigits(String(n));

describe('student labels', () => {
	it('name a student alone by the name, and one of two namesakes by the name and which one', () => {
		expect(studentLabel({ student: 'મીરા' }, gu)).toBe('મીરા');
		expect(studentLabel({ student: 'મીરા', namesake: 2 }, gu)).toBe('મીરા (૨)');
		expect(studentLabel({ student: 'Mira', namesake: 1 })).toBe('Mira (1)');
		expect(namesakeLabels('મીરા', 3, gu)).toBe('મીરા (૧), મીરા (૨), મીરા (૩)');
	});

	it('key rows apart even beside a typed name that reads like a numbered one', () => {
		const keys = [{ student: 'મીરા (2)' }, { student: 'મીરા', namesake: 2 }, { student: 'મીરા', namesake: 1 }].map(studentRowKey);
		expect(new Set(keys).size).toBe(3);
	});
});
