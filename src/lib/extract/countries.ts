/**
 * The countries Gujarati papers name most, in the spellings and short forms they use (યુએસ,
 * બ્રિટન, યુએઈ), with the adjective of the country where a sentence asks about the country
 * through it (રશિયન ટીવી, યુક્રેનિયન લક્ષ્યો). Written by hand; scripts/build-places.ts adds
 * them, first, to every country and territory CLDR names in Gujarati. Not ભારતીય or ગુજરાતી:
 * they name parties, teams and a language far more often than the country.
 */

import type { Name } from './gazetteer';

/** Each country's spellings, the usual one first. */
export const COUNTRY_SPELLINGS: readonly (readonly string[])[] = [
	['ભારત', 'હિન્દુસ્તાન'],
	['પાકિસ્તાન', 'પાકિસ્તાની'],
	['ચીન', 'ચાઇના', 'ચીની', 'ચાઇનીઝ'],
	['નેપાળ', 'નેપાળી'],
	['ભૂતાન'],
	['બાંગ્લાદેશ', 'બાંગ્લાદેશી'],
	['શ્રીલંકા', 'શ્રીલંકન'],
	['મ્યાનમાર', 'બર્મા'],
	['અફઘાનિસ્તાન', 'અફઘાન'],
	['માલદીવ', 'માલદીવ્સ'],
	['અમેરિકા', 'યુએસ', 'યુ.એસ.', 'યુએસએ', 'યુ.એસ.એ.', 'અમેરિકન'],
	['કેનેડા', 'કેનેડિયન'],
	['મેક્સિકો'],
	['બ્રાઝિલ'],
	['આર્જેન્ટિના'],
	['બ્રિટન', 'યુકે', 'યુ.કે.', 'ઇંગ્લેન્ડ', 'ઈંગ્લેન્ડ', 'ગ્રેટ બ્રિટન', 'બ્રિટિશ'],
	['ફ્રાન્સ', 'ફ્રેન્ચ'],
	['જર્મની', 'જર્મન'],
	['ઇટાલી', 'ઇટાલિયન'],
	['સ્પેન'],
	['રશિયા', 'રશિયન'],
	['યુક્રેન', 'યુક્રેનિયન'],
	['પોલેન્ડ'],
	['તુર્કી', 'તુર્કીયે'],
	['જાપાન', 'જાપાની', 'જાપાનીઝ'],
	['દક્ષિણ કોરિયા', 'દ. કોરિયા'],
	['ઉત્તર કોરિયા', 'ઉ. કોરિયા', 'ડીપીઆરકે'],
	['ઇન્ડોનેશિયા'],
	['વિયેતનામ', 'વિયેટનામ'],
	['થાઇલેન્ડ', 'થાઈલેન્ડ'],
	['મલેશિયા'],
	['સિંગાપોર'],
	['ફિલિપાઇન્સ'],
	['તાઇવાન'],
	['ઓસ્ટ્રેલિયા', 'ઑસ્ટ્રેલિયા', 'ઓસ્ટ્રેલિયન'],
	['ન્યૂઝીલેન્ડ'],
	['ઈરાન', 'ઇરાન', 'ઈરાની', 'ઇરાની'],
	['ઇરાક'],
	['ઇઝરાયલ', 'ઇઝરાયેલ', 'ઇઝરાયલી', 'ઇઝરાયેલી'],
	['સાઉદી અરેબિયા', 'સાઉદી અરબ', 'સાઉદી'],
	['યુએઈ', 'યુ.એ.ઈ.', 'સંયુક્ત આરબ અમીરાત'],
	['ઓમાન'],
	['કુવૈત'],
	['કતાર'],
	['સીરિયા'],
	['ઇજિપ્ત'],
	['દક્ષિણ આફ્રિકા'],
	['કેન્યા'],
	['યુગાન્ડા'],
	['તાન્ઝાનિયા'],
	['નાઇજીરિયા'],
	['પેલેસ્ટાઇન', 'પેલેસ્ટાઈન', 'પેલેસ્ટિનિયન']
];

/** The spellings above that are a country's adjective, not its name: asked as the country (country-adjective.ts). */
export const COUNTRY_ADJECTIVES: ReadonlySet<string> = new Set(
	['પાકિસ્તાની', 'ચીની', 'ચાઇનીઝ', 'નેપાળી', 'બાંગ્લાદેશી', 'શ્રીલંકન', 'અફઘાન', 'અમેરિકન', 'કેનેડિયન', 'બ્રિટિશ'].concat(
		['ફ્રેન્ચ', 'જર્મન', 'ઇટાલિયન', 'રશિયન', 'યુક્રેનિયન', 'જાપાની', 'જાપાનીઝ', 'ઓસ્ટ્રેલિયન', 'ઈરાની', 'ઇરાની'],
		['ઇઝરાયલી', 'ઇઝરાયેલી', 'પેલેસ્ટિનિયન']
	)
);

/** The countries as names of kind country, the usual spelling as the answer. */
export const COUNTRIES: readonly Name[] = COUNTRY_SPELLINGS.map((forms) => ({
	category: 'place',
	kind: 'country',
	answer: forms[0]!,
	forms
}));
