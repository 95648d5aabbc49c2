import { describe, expect, it } from 'vitest';
import { buildGazetteer, EMPTY_GAZETTEER } from './gazetteer';
import { indexNames, matchNames } from './match';
import { wordsOf } from './words';

const sets = [
	{
		questions: [
			{ category: 'person' as const, answer: 'મીરા દેસાઈ', accept: ['દેસાઈ', 'Mira Desai'] },
			{ category: 'person' as const, answer: 'મીરા દેસાઈ', accept: ['મીરાબેન દેસાઈ'] },
			{ category: 'place' as const, kind: 'city' as const, answer: 'ભુજ', accept: ['Bhuj'] },
			{ category: 'place' as const, kind: 'site' as const, answer: 'એરપોર્ટ', accept: ['ભુજ એરપોર્ટ', 'હવાઈમથક'] },
			{ category: 'date' as const, answer: 'મંગળવાર', accept: [] }
		]
	}
];

describe('buildGazetteer', () => {
	it('makes one name per person or place answer, with the accept forms of all its questions', () => {
		const { names } = buildGazetteer(sets);
		expect(names.map((n) => [n.category, n.kind, n.answer, n.forms])).toEqual([
			['person', undefined, 'મીરા દેસાઈ', ['મીરા દેસાઈ', 'દેસાઈ', 'Mira Desai', 'મીરાબેન દેસાઈ']],
			['place', 'city', 'ભુજ', ['ભુજ', 'Bhuj']],
			// "ભુજ એરપોર્ટ" names Bhuj too: it belongs to one sentence, not to every airport
			['place', 'site', 'એરપોર્ટ', ['એરપોર્ટ', 'હવાઈમથક']]
		]);
	});

	it('knows no names when empty', () => {
		expect(EMPTY_GAZETTEER.names).toEqual([]);
		expect(buildGazetteer([])).toEqual(EMPTY_GAZETTEER);
	});
});

describe('matchNames', () => {
	const index = indexNames(buildGazetteer(sets).names);
	const found = (text: string) =>
		matchNames(text, wordsOf(text), index, 'gazetteer').map((f) => `${text.slice(f.start, f.end)} ${f.category}`);

	it('matches whole words, with a case ending on the last word left out', () => {
		expect(found('મીરા દેસાઈએ ભુજના એરપોર્ટ પર કહ્યું.')).toEqual(['મીરા દેસાઈ person', 'ભુજ place', 'એરપોર્ટ place']);
	});

	it('prefers the longest name and matches no part of another word', () => {
		expect(found('મીરાબેન દેસાઈને ભુજિયા ભાવે છે.')).toEqual(['મીરાબેન દેસાઈ person']);
	});

	it('matches an abbreviation with its dots, with or without a case ending', () => {
		const us = indexNames([{ category: 'place', kind: 'country', answer: 'યુ.કે.', forms: ['યુ.કે.'] }]);
		const text = 'યુ.કે.ની નીતિ બદલાઈ, એમ યુ.કે. કહે છે.';
		expect(matchNames(text, wordsOf(text), us, 'gazetteer').map((f) => text.slice(f.start, f.end))).toEqual([
			'યુ.કે.',
			'યુ.કે.'
		]);
	});
});
