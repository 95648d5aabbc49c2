import { describe, expect, it } from 'vitest';
import { whichCountryOf } from './country-adjective';

describe('whichCountryOf', () => {
	it('agrees with a feminine noun in every case: કયા દેશની સરકારે, કયા દેશની દોરી', () => {
		expect(whichCountryOf('સરકારે')).toBe('કયા દેશની');
		expect(whichCountryOf('દોરી')).toBe('કયા દેશની');
		expect(whichCountryOf('કંપનીઓ')).toBe('કયા દેશની');
	});

	it('makes a masculine or neuter noun oblique before an ending or a postposition: કયા દેશના ડોલરની, ડોલર સામે', () => {
		expect(whichCountryOf('ડોલરની')).toBe('કયા દેશના');
		expect(whichCountryOf('ડોલર', { beforePostposition: true })).toBe('કયા દેશના');
		expect(whichCountryOf('જહાજમાં')).toBe('કયા દેશના');
	});

	it('keeps the direct case otherwise: કયા દેશનો ખેલાડી, કયા દેશનું જહાજ, કયા દેશના ખેલાડીઓ, કયા દેશનાં લક્ષ્યો', () => {
		expect(whichCountryOf('ખેલાડી')).toBe('કયા દેશનો');
		expect(whichCountryOf('જહાજ')).toBe('કયા દેશનું');
		expect(whichCountryOf('ખેલાડીઓ')).toBe('કયા દેશના');
		expect(whichCountryOf('લક્ષ્યો', { beforePostposition: true })).toBe('કયા દેશનાં');
	});

	it('makes the noun plural after a number: ૬૫,૦૦૦ કયા દેશના ડોલર', () => {
		expect(whichCountryOf('ડોલર', { counted: true })).toBe('કયા દેશના');
		expect(whichCountryOf('જહાજ', { counted: true })).toBe('કયા દેશનાં');
	});

	it("honours a man's office as plural: કયા દેશના રાષ્ટ્રપતિ", () => {
		expect(whichCountryOf('રાષ્ટ્રપતિ')).toBe('કયા દેશના');
		expect(whichCountryOf('પ્રમુખ')).toBe('કયા દેશના');
	});

	it('asks nothing before a noun whose gender it does not know', () => {
		expect(whichCountryOf('ગ્રાહકોને')).toBeUndefined();
		expect(whichCountryOf('')).toBeUndefined();
	});
});
