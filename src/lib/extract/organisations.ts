/**
 * Companies, groups and trusts named after their founders (અદાણી ગ્રૂપ, બિરલા ફાઉન્ડેશન): the
 * surname before such a noun names the body, not a person.
 */
import { STOPWORDS } from './stopwords';
import { stemsOf } from './words';

/** Nouns that end the name of a company, a business group, a trust or a foundation. */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
	...['ગ્રૂપ', 'ગ્રુપ', 'કંપની', 'કંપનીઓ', 'ઇન્ડસ્ટ્રીઝ', 'ઈન્ડસ્ટ્રીઝ', 'ટ્રસ્ટ', 'ફાઉન્ડેશન', 'લિમિટેડ'],
	...['પોર્ટ', 'પોર્ટ્સ', 'એન્ટરપ્રાઇઝ', 'એન્ટરપ્રાઇઝિસ', 'એન્ટરપ્રાઈઝ', 'કોર્પોરેશન', 'મોટર્સ', 'સન્સ', 'બ્રધર્સ'],
	...['હોલ્ડિંગ્સ', 'ઇન્ફ્રા', 'એનર્જી', 'પાવર', 'ફાઇનાન્સ', 'કેપિટલ', 'ટેક્નોલોજીસ', 'લિ', 'પ્રા', 'વેન્ચર્સ']
]);

/** Words that end a body's name where a person's would go on: અને, તથા; a case ending. */
const NOT_IN_NAME = /^(?:અને|તથા|કે|સાથે|.*(?:ના|ની|નું|નો|નાં|એ|ને|માં|થી))$/u;

/**
 * Whether the name ending at `end` begins a body's name: up to two more words of it (લાયન રોક
 * કેપિટલ), then an organisation noun, with only spaces between.
 */
export function namesOrganisation(text: string, end: number): boolean {
	const words = /^((?: +[\p{L}\p{M}]+){1,3})/u.exec(text.slice(end, end + 80))?.[1]!.trim().split(/ +/) ?? [];
	for (const word of words) {
		if (stemsOf(word).some((stem) => ORGANISATION_NOUNS.has(stem))) return true;
		if (NOT_IN_NAME.test(word) || STOPWORDS.has(word)) return false;
	}
	return false;
}
