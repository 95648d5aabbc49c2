import { describe, expect, it } from 'vitest';
import { extract } from './extract';
import { EMPTY_GAZETTEER } from './gazetteer';
import { namesOrganisation } from './organisations';

/** The people proposed for a text with no gazetteer, each with its prompt. */
const people = (text: string) =>
	extract(text, EMPTY_GAZETTEER)
		.filter((p) => p.category === 'person')
		.map((p) => [p.answer, p.prompt]);

describe('namesOrganisation', () => {
	it('reads a company, trust or foundation noun after the name, with or without its case ending', () => {
		const text = 'ગોયલ ફાઉન્ડેશન અને ગોયલ ઇન્ડસ્ટ્રીઝના શેર; ગોયલને મળ્યા.';
		expect(namesOrganisation(text, 'ગોયલ'.length)).toBe(true);
		expect(namesOrganisation(text, text.indexOf('ગોયલ ઇન્ડ') + 'ગોયલ'.length)).toBe(true);
		expect(namesOrganisation(text, text.indexOf('ગોયલને') + 'ગોયલ'.length)).toBe(false);
	});
});

describe('extract, names of companies', () => {
	it('proposes no surname that names a company, and the person by the full name once per sentence', () => {
		const text = 'ઉદ્યોગપતિ સુનીલ કાપડિયાએ નવી ફેક્ટરીની જાહેરાત કરી. કાપડિયા ગ્રુપના વડા સુનીલ કાપડિયાએ કહ્યું કે કામ જલદી શરૂ થશે.';
		expect(people(text)).toEqual([
			['સુનીલ કાપડિયા', 'કયા ઉદ્યોગપતિએ નવી ફેક્ટરીની જાહેરાત કરી?'],
			['સુનીલ કાપડિયા', 'કાપડિયા ગ્રુપના કયા વડાએ કહ્યું કે કામ જલદી શરૂ થશે?']
		]);
	});

	it('takes a surname before ટ્રસ્ટ or ઇન્ડસ્ટ્રીઝ for the body, elsewhere for the person', () => {
		const text = 'ઉદ્યોગપતિ રમેશ ગોયલે કહ્યું કે ગોયલ ટ્રસ્ટ શાળા બાંધશે. ગોયલ ઇન્ડસ્ટ્રીઝના શેર વધ્યા. ગોયલે આભાર માન્યો.';
		expect(people(text).map(([answer]) => answer)).toEqual(['રમેશ ગોયલ', 'ગોયલ']);
	});

	it('proposes ગૌતમ અદાણી, not the અદાણી of અદાણી ગ્રૂપ with two blanks', () => {
		const text = 'ચેરમેન ગૌતમ અદાણી આવ્યા. બીજી તરફ, અદાણી ગ્રૂપના ચેરમેન ગૌતમ અદાણીએ મુન્દ્રા પોર્ટ પર બેઠક કરી.';
		expect(people(text)).toEqual([
			['ગૌતમ અદાણી', 'ચેરમેન કોણ આવ્યા?'],
			['ગૌતમ અદાણી', 'અદાણી ગ્રૂપના કયા ચેરમેને મુન્દ્રા પોર્ટ પર બેઠક કરી?']
		]);
	});
});
