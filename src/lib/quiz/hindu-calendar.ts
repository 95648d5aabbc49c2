/**
 * The Hindu (Vikram Samvat) calendar as Gujarati news writes it: the twelve months from કારતક,
 * the bright and dark fortnights (સુદ, વદ) and the lunar days (tithis) એકમ to પૂનમ and અમાસ.
 * Tables only: date-kinds reads dates with them.
 */

/**
 * Months, કારતક first (the Gujarati new year). The first spelling is the one look-alikes use;
 * ભાદરવો is written ભાદરવા before an ending or a fortnight (ભાદરવામાં, ભાદરવા સુદ).
 */
export const HINDU_MONTHS: readonly (readonly string[])[] = [
	['કારતક', 'કાર્તિક'],
	['માગશર', 'માગસર', 'માર્ગશીર્ષ'],
	['પોષ'],
	['મહા', 'માઘ'],
	['ફાગણ', 'ફાલ્ગુન'],
	['ચૈત્ર'],
	['વૈશાખ'],
	['જેઠ', 'જ્યેષ્ઠ'],
	['અષાઢ', 'આષાઢ'],
	['શ્રાવણ'],
	['ભાદરવો', 'ભાદરવા', 'ભાદ્રપદ'],
	['આસો', 'આસોજ']
];

/** The form of a month before an ending or a fortnight, by index: ભાદરવા for ભાદરવો. */
export const OBLIQUE_MONTHS = new Map([[10, 'ભાદરવા']]);

/** Month names that are also everyday words or names: a date only beside મહિનો, માસ, સુદ or વદ. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['મહા', 'પોષ', 'જેઠ']);

/** The month as an adjective before a tithi, in month order: અષાઢી બીજ, ચૈત્રી પૂનમ, શરદ પૂનમ. */
export const MONTH_ADJECTIVES: readonly (readonly string[])[] = [
	['કારતકી'],
	['માગશરી'],
	['પોષી'],
	['માઘી'],
	['ફાગણી'],
	['ચૈત્રી'],
	['વૈશાખી'],
	['જેઠી'],
	['અષાઢી'],
	['શ્રાવણી'],
	['ભાદરવી'],
	['શરદ']
];

/** Words that name a festival tithi with the tithi after them: લાભ પાંચમ, ધન તેરસ (or ધનતેરસ). */
export const FESTIVAL_PREFIXES = ['લાભ', 'ધન', 'કાળી', 'વસંત', 'રામ', 'ગણેશ'];

/** Festival tithis, offered in place of one another: a લાભ ચોથ does not exist. */
export const FESTIVAL_TITHIS = ['લાભ પાંચમ', 'ધન તેરસ', 'કાળી ચૌદસ', 'વસંત પંચમી', 'રામ નવમી', 'ગણેશ ચતુર્થી'].concat(
	['અષાઢી બીજ', 'શરદ પૂનમ']
);

/** The two fortnights: સુદ (waxing moon) and વદ (waning moon). */
export const FORTNIGHTS = ['સુદ', 'વદ'] as const;

/**
 * Tithis by number: index 1 is એકમ, 15 પૂનમ (the full moon, end of સુદ) and 16 અમાસ (the new
 * moon, end of વદ). The first spelling is the one look-alikes use.
 */
export const TITHIS: readonly (readonly string[])[] = [
	[],
	['એકમ'],
	['બીજ'],
	['ત્રીજ'],
	['ચોથ', 'ચતુર્થી'],
	['પાંચમ', 'પંચમી'],
	['છઠ', 'છઠ્ઠ'],
	['સાતમ'],
	['આઠમ'],
	['નોમ', 'નવમી'],
	['દશમ', 'દસમ'],
	['અગિયારસ', 'એકાદશી'],
	['બારસ'],
	['તેરસ'],
	['ચૌદસ'],
	['પૂનમ', 'પુનમ', 'પૂર્ણિમા'],
	['અમાસ', 'અમાવસ્યા']
];

/** Index of the full moon and the new moon in TITHIS. */
export const FULL_MOON = 15;
export const NEW_MOON = 16;
