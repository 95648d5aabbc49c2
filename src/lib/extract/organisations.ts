/**
 * Companies, groups and trusts named after their founders (અદાણી ગ્રૂપ, બિરલા ફાઉન્ડેશન): the
 * surname before such a noun names the body, not a person.
 */
import { stemsOf } from './words';

/** Nouns that end the name of a company, a business group, a trust or a foundation. */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
	...['ગ્રૂપ', 'ગ્રુપ', 'કંપની', 'કંપનીઓ', 'ઇન્ડસ્ટ્રીઝ', 'ઈન્ડસ્ટ્રીઝ', 'ટ્રસ્ટ', 'ફાઉન્ડેશન', 'લિમિટેડ'],
	...['પોર્ટ', 'પોર્ટ્સ', 'એન્ટરપ્રાઇઝ', 'એન્ટરપ્રાઇઝિસ', 'એન્ટરપ્રાઈઝ', 'કોર્પોરેશન', 'મોટર્સ', 'સન્સ', 'બ્રધર્સ'],
	...['હોલ્ડિંગ્સ', 'ઇન્ફ્રા', 'એનર્જી', 'પાવર', 'ફાઇનાન્સ', 'કેપિટલ', 'ટેક્નોલોજીસ', 'લિ', 'પ્રા']
]);

/** Whether the name ending at `end` begins a body's name: only spaces, then an organisation noun. */
export function namesOrganisation(text: string, end: number): boolean {
	const next = /^ +([\p{L}\p{M}]+)/u.exec(text.slice(end, end + 40));
	return next !== null && stemsOf(next[1]!).some((stem) => ORGANISATION_NOUNS.has(stem));
}
