/**
 * A country's adjective before a noun (રશિયન સેનાએ, કેનેડિયન ડોલરની) names no place: the question
 * asks for the country, by a genitive that agrees with the noun (કયા દેશની સેનાએ, કયા દેશના
 * ડોલરની), and its answer is the country. The genitive takes the noun's gender, number and case,
 * which no rule reads off a Gujarati noun: the nouns news puts after a country's adjective are
 * listed here with their genders, by hand. Before any other noun the blank asks it, the country its answer.
 */

/** Masculine, neuter, feminine, or a man's office or standing, which the genitive honours as plural (અમેરિકાના રાષ્ટ્રપતિ). */
type Gender = 'm' | 'n' | 'f' | 'r';

/** The nouns by gender, each as it is written alone and in the singular. */
const NOUNS: Readonly<Record<Gender, readonly string[]>> = {
	f: ['સરકાર', 'સેના', 'નૌસેના', 'વાયુસેના', 'આર્મી', 'કંપની', 'ટીમ', 'બેંક', 'દોરી', 'સંસદ', 'એમ્બેસી', 'કોર્ટ', 'પોલીસ', 'એજન્સી']
		.concat(['સંસ્થા', 'યુનિવર્સિટી', 'ફિલ્મ', 'ભાષા', 'મિસાઇલ', 'મિસાઈલ', 'બનાવટ', 'ચીજવસ્તુ', 'વસ્તુ', 'કાર', 'બોટ', 'નોટ', 'પ્રજા'])
		.concat(['નીતિ', 'એરલાઇન્સ', 'મહિલા', 'યુવતી', 'ટેકનોલોજી', 'ટેક્નોલોજી', 'સંસ્કૃતિ', 'શાળા', 'સ્કૂલ']),
	m: ['ધ્વજ', 'ડોલર', 'નાગરિક', 'સૈનિક', 'ખેલાડી', 'ખલાસી', 'પ્રવાસી', 'દૂતાવાસ', 'વેપારી', 'રોકાણકાર', 'વિદ્યાર્થી', 'યુવક']
		.concat(['માછીમાર', 'કેદી', 'જાસૂસ', 'ક્રિકેટર', 'ઘૂસણખોર', 'માલ']),
	r: ['રાષ્ટ્રપતિ', 'પ્રમુખ', 'વડાપ્રધાન', 'રાજદૂત', 'અધિકારી', 'મંત્રી', 'નેતા', 'ઉદ્યોગપતિ', 'નિષ્ણાત', 'વૈજ્ઞાનિક', 'પ્રતિનિધિ']
		.concat(['ડૉક્ટર', 'કોચ']),
	n: ['રોકાણ', 'ચલણ', 'જહાજ', 'વિમાન', 'ડ્રોન', 'સૈન્ય', 'બજાર', 'પ્રતિનિધિમંડળ', 'લક્ષ્ય', 'હથિયાર', 'ઉત્પાદન', 'નૌકાદળ', 'દળ']
		.concat(['અખબાર', 'નાગરિકત્વ'])
};
const GENDER_OF: ReadonlyMap<string, Gender> = new Map(
	(Object.entries(NOUNS) as [Gender, readonly string[]][]).flatMap(([gender, words]) => words.map((word) => [word, gender] as const))
);

/** Endings a noun takes, longest first; the plural's -ઓ (ખેલાડીઓ) and -ો (નાગરિકો) are read apart. */
const CASE_ENDINGS = ['માંથી', 'માં', 'થી', 'ના', 'ની', 'નું', 'નો', 'નાં', 'ને', 'એ', 'ે'];
const PLURALS = ['ઓ', 'ો'];

/** The noun, its gender, whether plural, and whether it has an ending. */
function readNoun(word: string): { gender: Gender; plural: boolean; ending: boolean } | undefined {
	for (const ending of ['', ...CASE_ENDINGS]) {
		if (!word.endsWith(ending)) continue;
		const base = word.slice(0, word.length - ending.length);
		const singular = GENDER_OF.get(base);
		if (singular) return { gender: singular, plural: false, ending: ending !== '' };
		for (const plural of PLURALS) {
			const gender = base.endsWith(plural) ? GENDER_OF.get(base.slice(0, -plural.length)) : undefined;
			if (gender) return { gender, plural: true, ending: ending !== '' };
		}
	}
	return undefined;
}

/**
 * "Of which country", agreeing with the noun after the adjective, `next`: `beforePostposition` when
 * a postposition follows it (ડોલર સામે), `counted` when a number stands before the adjective,
 * making the noun plural (૬૫,૦૦૦ કેનેડિયન ડોલર). Undefined for a noun not listed.
 */
export function whichCountryOf(next: string, { beforePostposition = false, counted = false } = {}): string | undefined {
	const noun = readNoun(next);
	if (!noun) return undefined;
	const { gender } = noun;
	const oblique = noun.ending || beforePostposition;
	const plural = noun.plural || counted;
	if (gender === 'f') return 'કયા દેશની';
	// a neuter plural keeps -ાં before a postposition too: કયા દેશનાં લક્ષ્યો પર
	if (gender === 'n' && plural) return 'કયા દેશનાં';
	if (oblique || plural || gender === 'r') return 'કયા દેશના';
	return gender === 'm' ? 'કયા દેશનો' : 'કયા દેશનું';
}
