/**
 * A first guess at the category of a question whose file names none: a date-shaped answer
 * (a year, a weekday, "છ દિવસ") is a date; otherwise the question word decides (કોણ, ક્યાં,
 * "કયા દેશ", who, where). The teacher confirms every guess before the set is saved.
 */
import type { Category, PlaceKind } from '../bank/schema';
import { classifyDate } from '../quiz/date-kinds';

/** A guessed category, with a place kind when the wording names one. */
export type Proposal = { category: Category; kind?: PlaceKind };

/** Words that ask "which": કયા દેશ, કઈ જગ્યા, which city. */
const WHICH = new Set(['કયા', 'કયો', 'કઈ', 'કયું', 'કયાં', 'કયી', 'which', 'what']);

/** What the word after "which" asks for, by the start of that word (so દેશના, શહેરમાં match). */
const WHICH_NOUNS: readonly [string, Proposal][] = [
	['દેશ', { category: 'place', kind: 'country' }],
	['શહેર', { category: 'place', kind: 'city' }],
	['પાટનગર', { category: 'place', kind: 'city' }],
	['રાજધાની', { category: 'place', kind: 'city' }],
	['રાજ્ય', { category: 'place', kind: 'region' }],
	['પ્રદેશ', { category: 'place', kind: 'region' }],
	['ક્ષેત્ર', { category: 'place', kind: 'region' }],
	['ટાપુ', { category: 'place', kind: 'region' }],
	['જિલ્લા', { category: 'place', kind: 'region' }],
	['સ્થળ', { category: 'place', kind: 'site' }],
	['જગ્યા', { category: 'place', kind: 'site' }],
	['વર્ષ', { category: 'date' }],
	['મહિન', { category: 'date' }],
	['દિવસ', { category: 'date' }],
	['તારીખ', { category: 'date' }],
	['સદી', { category: 'date' }],
	['સમય', { category: 'date' }],
	['નેતા', { category: 'person' }],
	['વ્યક્તિ', { category: 'person' }],
	['રાષ્ટ્રપતિ', { category: 'person' }],
	['વડાપ્રધાન', { category: 'person' }],
	['પ્રધાન', { category: 'person' }],
	['મંત્રી', { category: 'person' }],
	['ખેલાડી', { category: 'person' }],
	['ગવર્નર', { category: 'person' }],
	['country', { category: 'place', kind: 'country' }],
	['city', { category: 'place', kind: 'city' }],
	['capital', { category: 'place', kind: 'city' }],
	['state', { category: 'place', kind: 'region' }],
	['region', { category: 'place', kind: 'region' }],
	['island', { category: 'place', kind: 'region' }],
	['year', { category: 'date' }],
	['month', { category: 'date' }],
	['day', { category: 'date' }],
	['date', { category: 'date' }],
	['person', { category: 'person' }],
	['leader', { category: 'person' }],
	['president', { category: 'person' }],
	['minister', { category: 'person' }]
];

/** Question words that settle the category on their own. */
const ASKS: Record<string, Proposal> = {
	કોણ: { category: 'person' },
	કોણે: { category: 'person' },
	કોને: { category: 'person' },
	કોનું: { category: 'person' },
	કોની: { category: 'person' },
	કોના: { category: 'person' },
	કોનાં: { category: 'person' },
	કોનો: { category: 'person' },
	who: { category: 'person' },
	whom: { category: 'person' },
	whose: { category: 'person' },
	ક્યારે: { category: 'date' },
	when: { category: 'date' },
	ક્યાં: { category: 'place' },
	ક્યાંથી: { category: 'place' },
	where: { category: 'place' }
};

/** Words of a text: runs of letters, signs and digits in any script. */
function words(text: string): string[] {
	return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** The category the answer's shape or the question's wording suggests, or undefined. */
export function proposeCategory(prompt: string, answer: string): Proposal | undefined {
	if (classifyDate(answer) !== 'other') return { category: 'date' };
	const tokens = words(prompt);
	// "કયા દેશના રાષ્ટ્રપતિ" asks for a country: the nearest noun after "which" decides first
	// ("કયા પૂર્વીય રશિયન શહેરમાં"), then the word before it ("રાજધાની કઈ છે")
	for (let i = 0; i < tokens.length; i++) {
		if (!WHICH.has(tokens[i]!)) continue;
		for (const word of [...tokens.slice(i + 1, i + 4), tokens[i - 1] ?? '']) {
			const found = WHICH_NOUNS.find(([start]) => word.startsWith(start));
			if (found) return found[1];
		}
	}
	for (const token of tokens) if (Object.hasOwn(ASKS, token)) return ASKS[token];
	return undefined;
}
