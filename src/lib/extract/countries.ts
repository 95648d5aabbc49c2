/**
 * A general list of countries in Gujarati spelling. Countries are a small closed set that news
 * names with no context word around them, so the rules alone could not find them. The list holds
 * the ones Gujarati papers name most: India's neighbours, the G20, the Gulf, the countries where
 * Gujaratis live, and a few more of Asia; variant spellings follow after the first.
 */
import type { Name } from './gazetteer';

const SPELLINGS: readonly (readonly string[])[] = [
	['ભારત'],
	['પાકિસ્તાન'],
	['ચીન'],
	['નેપાળ'],
	['ભૂતાન'],
	['બાંગ્લાદેશ'],
	['શ્રીલંકા'],
	['મ્યાનમાર'],
	['અફઘાનિસ્તાન'],
	['માલદીવ', 'માલદીવ્સ'],
	['અમેરિકા', 'યુએસ', 'યુ.એસ.', 'યુએસએ'],
	['કેનેડા'],
	['મેક્સિકો'],
	['બ્રાઝિલ'],
	['આર્જેન્ટિના'],
	['બ્રિટન', 'યુકે', 'ઇંગ્લેન્ડ'],
	['ફ્રાન્સ'],
	['જર્મની'],
	['ઇટાલી'],
	['સ્પેન'],
	['રશિયા'],
	['યુક્રેન'],
	['પોલેન્ડ'],
	['તુર્કી', 'તુર્કીયે'],
	['જાપાન'],
	['દક્ષિણ કોરિયા'],
	['ઉત્તર કોરિયા'],
	['ઇન્ડોનેશિયા'],
	['વિયેતનામ', 'વિયેટનામ'],
	['થાઇલેન્ડ', 'થાઈલેન્ડ'],
	['મલેશિયા'],
	['સિંગાપોર'],
	['ફિલિપાઇન્સ'],
	['તાઇવાન'],
	['ઓસ્ટ્રેલિયા', 'ઑસ્ટ્રેલિયા'],
	['ન્યૂઝીલેન્ડ'],
	['ઈરાન', 'ઇરાન'],
	['ઇરાક'],
	['ઇઝરાયલ', 'ઇઝરાયેલ'],
	['સાઉદી અરેબિયા', 'સાઉદી અરબ'],
	['યુએઈ', 'સંયુક્ત આરબ અમીરાત'],
	['ઓમાન'],
	['કુવૈત'],
	['સીરિયા'],
	['ઇજિપ્ત'],
	['દક્ષિણ આફ્રિકા'],
	['કેન્યા'],
	['યુગાન્ડા'],
	['તાન્ઝાનિયા'],
	['નાઇજીરિયા']
];

/** The countries as names of kind country, first spelling as the answer. */
export const COUNTRIES: readonly Name[] = SPELLINGS.map((forms) => ({
	category: 'place',
	kind: 'country',
	answer: forms[0]!,
	forms
}));
