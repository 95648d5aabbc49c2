import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../text/normalize';
import { SHORT_FORMS, shortFormRow } from './short-forms';

describe('shortFormRow', () => {
	it.each([
		['ઉત્તર કોરિયા', 0],
		['D.P.R.K.', 0],
		['ઉત્તર કોરીયા', 0],
		['ઉત્તરકોરિયા', 0],
		['S. Korea', 1],
		['WW 2', 2],
		['બીજું વિશ્ર્વયુદ્ધ', 2],
		['U.S.A.', 3],
		['યુ.એસ.', 3]
	])('finds %s in row %i', (text, row) => {
		expect(shortFormRow(text)).toBe(row);
	});

	it.each(['World War I', 'WWI', 'કોરિયા', 'પુતિન', 'U'])('finds no row for %s', (text) => {
		expect(shortFormRow(text)).toBeUndefined();
	});

	it('has each name in one row only', () => {
		const names = SHORT_FORMS.flat().map((name) => normalizeForMatch(name).replaceAll(' ', ''));
		expect(new Set(names).size).toBe(names.length);
	});
});
