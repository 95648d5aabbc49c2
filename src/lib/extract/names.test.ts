import { describe, expect, it } from 'vitest';
import { EVERYDAY_GIVEN_NAMES, GIVEN_NAMES } from './given-names';
import { isInitials, isJoinedInitials, isNameWord, titleOf } from './names';
import { looksLikeModifier, looksLikeVerb } from './stopwords';
import { EVERYDAY_SURNAMES, SURNAMES } from './surnames';

describe('titleOf', () => {
	it.each([
		['મુખ્યમંત્રી', { strong: true, many: false }],
		['મુખ્યમંત્રીશ્રી', { strong: true, many: false }],
		['ગૃહમંત્રી', { strong: true, many: false }],
		['ડૉ', { strong: true, many: false }],
		['મંત્રીઓ', { strong: true, many: true }],
		['સાંસદો', { strong: true, many: true }],
		['મંત્રીશ્રીઓ', { strong: true, many: true }],
		['સર્વશ્રી', { strong: true, many: true }],
		['ખેલાડી', { strong: false, many: false }],
		['ખેલાડીઓ', { strong: false, many: true }],
		['મુખ્યમંત્રીએ', null],
		['મંત્રાલય', null],
		['શ્રી', { strong: true, many: false }]
	])('reads %s as %j', (word, kind) => {
		expect(titleOf(word)).toEqual(kind);
	});

	it('keeps titles and roles, singular or plural, out of names', () => {
		expect(['મુખ્યમંત્રીશ્રી', 'નેતાઓ', 'ખેલાડી', 'પુત્ર'].filter(isNameWord)).toEqual([]);
		expect(isNameWord('ભૂપેન્દ્ર')).toBe(true);
	});
});

describe('initials', () => {
	it('reads letters written as initials, with dots or run together', () => {
		expect(['સી', 'એમ.એસ', 'આર', 'ડૉ', 'સીમા'].map(isInitials)).toEqual([true, true, true, false, false]);
		expect(['કેએલ', 'એમએસ', 'પીવી', 'કે', 'કેતન'].map((w) => isJoinedInitials(w))).toEqual([
			true,
			true,
			true,
			false,
			false
		]);
	});
});

describe('word shapes', () => {
	it('tells verbs, participles and adjectives from first names', () => {
		expect(['પહોંચ્યા', 'કરવાનો', 'લેવા', 'રમેશ'].map(looksLikeVerb)).toEqual([true, true, true, false]);
		expect(['આવેલા', 'કરનાર', 'રાષ્ટ્રીય', 'ભૂપેન્દ્ર'].map(looksLikeModifier)).toEqual([true, true, true, false]);
	});
});

describe('name lists', () => {
	it('lists a few hundred surnames, with the spellings papers use', () => {
		expect(SURNAMES.size).toBeGreaterThan(400);
		for (const surname of ['પટેલ', 'જોષી', 'જોશી', 'પંડ્યા', 'પંડયા', 'દેસાઈ', 'દેસાઇ', 'કોહલી', 'સિંહ', 'સિંઘ'])
			expect(SURNAMES.has(surname)).toBe(true);
	});

	it('keeps the surnames and first names that are also words in the lists they vouch for', () => {
		for (const surname of EVERYDAY_SURNAMES) expect(SURNAMES.has(surname)).toBe(true);
		for (const name of EVERYDAY_GIVEN_NAMES) expect(GIVEN_NAMES.has(name)).toBe(true);
		expect(EVERYDAY_SURNAMES.has('સરકાર')).toBe(true);
		expect(EVERYDAY_GIVEN_NAMES.has('વિજય')).toBe(true);
	});
});
