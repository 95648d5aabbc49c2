import { describe, expect, it } from 'vitest';
import { validateSet } from '../bank/validate';
import { draftSet, headlineOf } from './draft-set';
import { extract } from './extract';
import { buildGazetteer } from './gazetteer';

const TEXT = [
	'સુરતમાં હીરા પરિષદ પૂરી',
	'',
	'ઉદ્યોગ મંત્રી કમલ જોશીએ રવિવારે સુરત શહેરમાં ૨૦૨૪ની હીરા પરિષદ પૂરી કરી. જોશીએ કહ્યું કે પરિષદ ત્રણ દિવસ ચાલી.'
].join('\n');

describe('headlineOf', () => {
	it('takes the first line, cut at a word when long', () => {
		expect(headlineOf(TEXT)).toBe('સુરતમાં હીરા પરિષદ પૂરી');
		const long = `${'શબ્દ '.repeat(30)}અંત`;
		expect(headlineOf(long)).toBe(`${'શબ્દ '.repeat(20).trim()}…`);
	});
});

describe('draftSet', () => {
	const gazetteer = buildGazetteer([
		{ questions: [{ category: 'place', kind: 'city', answer: 'સુરત', accept: ['Surat'] }] }
	]);
	const set = draftSet('summit.txt', TEXT, extract(TEXT, gazetteer));

	it('passes the bank checker with its article', () => {
		expect(validateSet('questions/sets/summit.json', set, { texts: new Map([['summit.txt', TEXT]]) }).problems).toEqual([]);
	});

	it('asks one question per proposal, with ids from the file name and a blank for the answer', () => {
		expect(set.questions.map((q) => [q.id, q.answer])).toEqual([
			['summit-place-1', 'સુરત'],
			['summit-person-1', 'કમલ જોશી'],
			['summit-date-1', 'રવિવાર'],
			['summit-place-2', 'સુરત'],
			['summit-date-2', '૨૦૨૪'],
			['summit-person-2', 'જોશી'],
			['summit-date-3', 'ત્રણ દિવસ']
		]);
		expect(set.questions[2]!.prompt).toBe(
			'ઉદ્યોગ મંત્રી કમલ જોશીએ _____ે સુરત શહેરમાં ૨૦૨૪ની હીરા પરિષદ પૂરી કરી.'
		);
	});

	it('accepts the English and ASCII-digit forms, and says in English what was found', () => {
		const year = set.questions.find((q) => q.answer === '૨૦૨૪')!;
		expect(year.accept).toEqual(['2024']);
		expect(year.en).toBe('Draft: the year "2024", in sentence 2.');
		const city = set.questions.find((q) => q.id === 'summit-place-2')!;
		expect([city.kind, city.accept, city.en]).toEqual([
			'city',
			['Surat'],
			'Draft: the place "Surat" (a city), in sentence 2.'
		]);
		expect(set.questions.find((q) => q.answer === 'ત્રણ દિવસ')!.accept).toEqual(['3 days']);
		// a name no list knows gets a transliterated gloss but no guessed accept form
		const minister = set.questions.find((q) => q.answer === 'કમલ જોશી')!;
		expect([minister.accept, minister.en]).toEqual([[], 'Draft: the person "Kamal Joshi", in sentence 2.']);
	});
});
