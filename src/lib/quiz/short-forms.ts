/**
 * Well-known other names of things the bank asks about: short forms (ડીપીઆરકે, WWII), an initial
 * for a direction (ઉ. કોરિયા), English names. Transliteration cannot find these, as they are other
 * words; any name in a row is right wherever another name in that row is the answer.
 */
import { normalizeForMatch } from '../text/normalize';
import { looseKey } from '../text/translit';

/** One thing per row, Gujarati names first. */
export const SHORT_FORMS: readonly (readonly string[])[] = [
	['ઉત્તર કોરિયા', 'ઉ. કોરિયા', 'ડીપીઆરકે', 'North Korea', 'N. Korea', 'DPRK'],
	['દક્ષિણ કોરિયા', 'દ. કોરિયા', 'સાઉથ કોરિયા', 'South Korea', 'S. Korea', 'ROK', 'Republic of Korea'],
	[
		'બીજું વિશ્વયુદ્ધ',
		// (the old-font spelling વિશ્ર્વ is folded by normalizeForMatch)
		'બીજા વિશ્વયુદ્ધ',
		'દ્વિતીય વિશ્વયુદ્ધ',
		'Second World War',
		'2nd World War',
		'World War II',
		'World War 2',
		'WWII',
		'WW2'
	],
	['અમેરિકા', 'યુએસ', 'યુએસએ', 'US', 'USA', 'America', 'United States', 'United States of America'],
	['બ્રિટન', 'યુકે', 'UK', 'Britain', 'United Kingdom'],
	['સોવિયેત સંઘ', 'સોવિયેત યુનિયન', 'USSR', 'Soviet Union'],
	// cities whose English names are other words than their Gujarati ones
	['અમદાવાદ', 'Ahmedabad'],
	['વડોદરા', 'બરોડા', 'Baroda'],
	['મુંબઈ', 'બોમ્બે', 'Bombay'],
	['ચેન્નઈ', 'મદ્રાસ', 'Madras'],
	['કોલકાતા', 'કલકત્તા', 'Calcutta']
];

/** Shorter loose keys are too easily shared by chance to look a name up by. */
const LOOSE_MIN_LENGTH = 4;

/** Names in Latin letters are looked up by spelling only: looseKey folds World War II into World War I. */
const LATIN_ONLY = /^[\p{Script=Latin}\p{N}\s.'-]+$/u;

/** normalizeForMatch without spaces: U.S.A. and USA, WW 2 and WW2 are one key. */
const compact = (text: string) => normalizeForMatch(text).replaceAll(' ', '');

/** Row of each compact name and of each loose key long enough to trust, made on first use. */
let rows: { compact: Map<string, number>; loose: Map<string, number> } | undefined;

function makeRows() {
	const made = { compact: new Map<string, number>(), loose: new Map<string, number>() };
	SHORT_FORMS.forEach((names, row) => {
		for (const name of names) {
			made.compact.set(compact(name), row);
			const key = looseKey(name);
			if (key.length >= LOOSE_MIN_LENGTH && !LATIN_ONLY.test(name)) made.loose.set(key, row);
		}
	});
	return made;
}

/**
 * The SHORT_FORMS row a text names, by its spelling (case, spacing and punctuation aside) or by the
 * looseKey of a Gujarati name of four letters or more (ઉત્તર કોરીયા); undefined when it names none.
 */
export function shortFormRow(text: string, loose: (text: string) => string = looseKey): number | undefined {
	rows ??= makeRows();
	const row = rows.compact.get(compact(text));
	if (row !== undefined) return row;
	const key = loose(text);
	return key.length >= LOOSE_MIN_LENGTH ? rows.loose.get(key) : undefined;
}
