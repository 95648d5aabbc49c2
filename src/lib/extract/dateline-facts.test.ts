import { describe, expect, it } from 'vitest';
import { storySentences } from './dateline';
import { datelineFinds } from './dateline-facts';
import type { Found } from './types';

/** The finds as "category answer: prompt", looking up no place. */
function finds(text: string, lookup: (start: number, end: number) => Found | undefined = () => undefined) {
	return datelineFinds(text, storySentences(text), (words) =>
		lookup(words[0]!.start, words[words.length - 1]!.end)
	).map((d) => `${d.found.category} ${d.found.kind ?? '-'} ${text.slice(d.found.start, d.found.end)}: ${d.prompt}`);
}

describe('datelineFinds', () => {
	it('asks the place and the day of the lead sentence', () => {
		expect(finds('મથાળું\n\nઅમદાવાદ, તા. ૯: હાઈકોર્ટે ગુરુવારે સુનાવણી કરી. બીજું વાક્ય.')).toEqual([
			'place city અમદાવાદ: હાઈકોર્ટે ગુરુવારે સુનાવણી કરી. આ સમાચાર ક્યાંના છે?',
			'date - તા. ૯: હાઈકોર્ટે ગુરુવારે સુનાવણી કરી. આ સમાચાર કઈ તારીખના છે?'
		]);
	});

	it('reads a place of two words, a district in brackets, an agency and a weekday', () => {
		expect(finds('મથાળું\n\nનવી દિલ્હી, ૧૫ ઓગસ્ટ (પીટીઆઈ): વડાપ્રધાને ભાષણ આપ્યું')).toEqual([
			'place city નવી દિલ્હી: વડાપ્રધાને ભાષણ આપ્યું. આ સમાચાર ક્યાંના છે?',
			'date - ૧૫ ઓગસ્ટ: વડાપ્રધાને ભાષણ આપ્યું. આ સમાચાર કઈ તારીખના છે?'
		]);
		expect(finds('મથાળું\n\nભુજ (કચ્છ), મંગળવાર: ધરતીકંપનો આંચકો અનુભવાયો.')).toEqual([
			'place city ભુજ: ધરતીકંપનો આંચકો અનુભવાયો. આ સમાચાર ક્યાંના છે?',
			'date - મંગળવાર: ધરતીકંપનો આંચકો અનુભવાયો. આ સમાચાર કયા વારના છે?'
		]);
	});

	it('asks no place of a dateline of two places', () => {
		expect(finds('મથાળું\n\nશ્રીહરિકોટા/અમદાવાદ: ઇસરોએ ઉપગ્રહ છોડ્યો.')).toEqual([]);
	});

	it('takes the kind and spellings of a listed place that covers the whole name', () => {
		const text = 'મથાળું\n\nગાંધીનગર, તા. ૨: બેઠક મળી.';
		const listed = (start: number, end: number): Found => ({
			category: 'place',
			kind: 'region',
			start,
			end,
			rule: 'place-list',
			forms: ['ગાંધીનગર', 'Gandhinagar']
		});
		const [place] = datelineFinds(text, storySentences(text), (w) => listed(w[0]!.start, w[0]!.end));
		expect(place!.found).toMatchObject({ kind: 'region', rule: 'dateline', forms: ['ગાંધીનગર', 'Gandhinagar'] });
	});

	it('leaves the place to the lead sentence that names it', () => {
		expect(finds('મથાળું\n\nરાજકોટ, તા. ૫: રાજકોટમાં હોસ્પિટલ ખુલી.')).toEqual([
			'date - તા. ૫: રાજકોટમાં હોસ્પિટલ ખુલી. આ સમાચાર કઈ તારીખના છે?'
		]);
	});

	it('finds nothing in a text without a dateline, or with no story after it', () => {
		expect(finds('મથાળું\n\nમુખ્યમંત્રીએ કહ્યું: કામ ઝડપથી થશે.')).toEqual([]);
		expect(finds('મથાળું\n\nસુરત, તા. ૧૨:')).toEqual([]);
	});
});
