import { describe, expect, it } from 'vitest';
import { EMPTY_GAZETTEER, extract } from './index';

/** The places the extractor proposes in a text, as "answer kind". */
function places(text: string): string[] {
	return extract(text, EMPTY_GAZETTEER)
		.filter((p) => p.category === 'place')
		.map((p) => `${p.answer} ${p.kind}`);
}

describe('listedPlaces', () => {
	it('takes every bare name of a list ending in અને as a place when one of them is known', () => {
		expect(places('ગોત્રી, ભાયલી, વાસણા અને અટલાદરા વિસ્તારમાં પાણી ભરાયાં.')).toEqual([
			'ગોત્રી region',
			'ભાયલી region',
			'વાસણા region',
			'અટલાદરા region'
		]);
		expect(places('કાલાવડ તથા ધ્રોલમાંથી ખેડૂતો આવ્યા.')).toEqual(['કાલાવડ city', 'ધ્રોલ city']);
	});

	it('gives the new names the kind the noun after the list says, else the known place’s', () => {
		// areas of a city, beside a junction named after a town
		expect(places('ચિત્રા, ઘોઘા સર્કલ અને ભરતનગર વિસ્તારમાં પાણી ભરાયાં.')).toEqual([
			'ચિત્રા region',
			'ઘોઘા સર્કલ site',
			'ભરતનગર region'
		]);
		expect(places('ગોપલાવ અને વલસાડથી લોકો આવ્યા.')).toEqual(['ગોપલાવ city', 'વલસાડ city']);
	});

	it('takes a name before પંથક as a region, and a list ending there', () => {
		expect(places('સાવરકુંડલા અને લીલીયા પંથકમાં કમોસમી વરસાદ પડ્યો.')).toEqual([
			'સાવરકુંડલા city',
			'લીલીયા region'
		]);
		expect(places('ભાલ પંથકનાં ગામોમાં ખારાશ વધી.')).toEqual(['ભાલ region']);
	});

	it('takes a site as the known item of a list of areas only, and no particle of a name', () => {
		expect(places('દરબારગઢ, ખંભાળિયા ગેટ અને હવાઈ ચોક વિસ્તારમાં ભીડ હતી.')).toContain('દરબારગઢ region');
		expect(places('ચારને જૂનાગઢ સિવિલ હોસ્પિટલમાં અને માથામાં ઈજા થતાં રાજકોટ ખસેડાયા.')).toEqual([
			'જૂનાગઢ સિવિલ હોસ્પિટલ site',
			'રાજકોટ city'
		]);
		expect(places("વહાણ 'અલ-મદીના' ડૂબ્યું.")).toEqual([]);
	});

	it('proposes nothing from a list with no known place in it', () => {
		expect(places('ગોપલાવ, મેરસાણ અને તડકાળમાં પાણી ભરાયાં.')).toEqual([]);
	});

	it('leaves a list of something else alone: a verb, a unit after a number, a comma alone, a name of two words', () => {
		// ઈંચ after a number, though the list ends in a known place
		expect(places('ખેરગામમાં પાંચ ઈંચ અને વલસાડમાં વરસાદ.')).toEqual(['ખેરગામ city', 'વલસાડ city']);
		// a comma without અને may end a clause: સફળ પ્રયોગ, સુરતના ...
		expect(places('સફળ પ્રયોગ, સુરતના વૈજ્ઞાનિકોની સિદ્ધિ.')).toEqual(['સુરત city']);
		// ફરવા is a verb
		expect(places('લોકો ફરવા અને રાજકોટમાં ખરીદી માટે આવ્યા.')).toEqual(['રાજકોટ city']);
		// કેન્દ્ર is the first word of કેન્દ્ર સરકાર, not a place
		expect(places('ગુજરાત અને કેન્દ્ર સરકાર વચ્ચે કરાર થયો.')).toEqual(['ગુજરાત region']);
	});

	it('does not make a person of a list a place', () => {
		expect(places('ભૂપેન્દ્ર પટેલ અને ગાંધીનગરના અધિકારીઓ હાજર હતા.')).toEqual(['ગાંધીનગર city']);
		// nor the other names of a list with a person in it
		expect(places('મંત્રી ગોરસિયા, પરસાણિયા અને ગાંધીનગરના અધિકારીઓ આવ્યા.')).toEqual(['ગાંધીનગર city']);
	});
});

describe('pairedPlaces', () => {
	it('takes each name a hyphen joins to a known place, the last with its ending left out', () => {
		expect(places('વાપી-દમણ વચ્ચે ટ્રાફિક રહ્યો.')).toEqual(['વાપી city', 'દમણ city']);
		// but not a road named after them: a place cut out of its name is no answer
		expect(places('વાપી-દમણ રોડ પર ટ્રાફિક રહ્યો.')).toEqual([]);
		expect(places('ગોધરા-લુણાવાડા વચ્ચેની બસ બંધ છે.')).toEqual(['ગોધરા city', 'લુણાવાડા city']);
		expect(places('સૌરાષ્ટ્ર-કચ્છમાં ઠંડી વધી.')).toEqual(['સૌરાષ્ટ્ર region', 'કચ્છ region']);
	});

	it('takes a name ending like a verb, since no verb is joined to a place', () => {
		expect(places('મહેસાણા-વિસનગર-કરવા માર્ગ.')).toEqual(['મહેસાણા city', 'વિસનગર city', 'કરવા city']);
	});

	it('keeps a place known whole, and leaves words with no known place or with digits alone', () => {
		expect(places('જમ્મુ-કાશ્મીરમાં બરફ પડ્યો.')).toEqual(['જમ્મુ-કાશ્મીર region']);
		expect(places('ઉત્તર-પૂર્વ તરફ પવન ફૂંકાયો. ગ્રુપ-બીની મેચ. સેક્ટર-૨૧માં આગ.')).toEqual([]);
	});
});
