/**
 * Words the person rules look for around a name: relatives and gods that look like names, the
 * nouns that follow a name in news, and the shapes of middle names and surnames.
 */

/** Words shaped like a name with an honorific that name a relative, a god or a thing. */
export const NOT_PEOPLE: ReadonlySet<string> = new Set([
	...['પિતાજી', 'માતાજી', 'દાદાજી', 'દાદીજી', 'બાપુજી', 'ભાભીજી', 'ગુરુજી', 'સ્વામીજી', 'મહારાજજી'],
	...['ઠાકોરજી', 'શ્રીજી', 'બાવાજી', 'ભટ્ટજી', 'બાપજી', 'ગરબા', 'ઢાબા', 'ડબા', 'તબલા', 'ભાઈબહેન'],
	...['ભાઈબેન']
]);

/** Gods and goddesses, named after શ્રી as people are: not people, unless a surname follows (ગણેશ પટેલ). */
export const DEITIES: ReadonlySet<string> = new Set([
	...['ગણેશ', 'ગણપતિ', 'રામ', 'કૃષ્ણ', 'શિવ', 'હનુમાન', 'હનુમાનજી', 'અંબા', 'લક્ષ્મી', 'સરસ્વતી'],
	...['દુર્ગા', 'મહાદેવ', 'દ્વારકાધીશ', 'જગન્નાથ', 'સ્વામિનારાયણ', 'ખોડિયાર', 'ચામુંડા', 'ભગવાન']
]);

/** First words that belong to the name they begin: સરદાર વલ્લભભાઈ પટેલ, મહાત્મા ગાંધી. */
export const NAME_PREFIXES: ReadonlySet<string> = new Set(['સરદાર', 'મહાત્મા', 'લોકમાન્ય', 'નેતાજી', 'ગુરુદેવ']);

/** A middle word that is a father's name by its ending (દામોદરદાસ, કરમચંદ): three words make one name. */
export const MIDDLE_NAME = /(?:દાસ|લાલ|ચંદ|ચંદ્ર|કુમાર|શંકર|પ્રસાદ|કાંત|રાય|સિંહ|સિંઘ|જી|.ખાન)$/;

/** Nouns that end the name of a scheme, fund or prize named after an office or a person. */
export const SCHEME_NOUNS: ReadonlySet<string> = new Set([
	...['યોજના', 'અભિયાન', 'મિશન', 'ફંડ', 'નિધિ', 'કાર્યક્રમ', 'એવોર્ડ', 'પુરસ્કાર', 'ટ્રોફી', 'કપ'],
	...['સન્માન', 'મેડલ', 'ચંદ્રક', 'પેકેજ', 'પોર્ટલ', 'ફેલોશિપ', 'શિષ્યવૃત્તિ']
]);

/** Particles inside foreign names, which do not count among its words: ઉર્સુલા વોન ડેર લેયેન. */
export const PARTICLES: ReadonlySet<string> = new Set(['વોન', 'ફોન', 'ડેર', 'વાન', 'ડી', 'દ', 'દા', 'ડા', 'ડોસ', 'લા', 'બિન', 'અલ', 'બિંત']);

/** Endings of Gujarati surnames (સોરઠિયા, આંબલિયા, રૂપાણી, પૂનાવાલા), for a name after a role. */
export const SURNAME_SHAPE = /(?:િયા|ીયા|ાણી|વાલા|વાળા|ાવત)$/;

/** Words after a name that introduce the person: "રમેશ પટેલ નામના યુવક". */
export const NAMED: ReadonlySet<string> = new Set(['નામના', 'નામની', 'નામનો', 'નામનું', 'નામે', 'નામક']);

/** Nouns for a person that follow નામના. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
	...['યુવક', 'યુવતી', 'યુવાન', 'વ્યક્તિ', 'શખ્સ', 'શખસ', 'ઇસમ', 'ઈસમ', 'મહિલા', 'પુરુષ', 'ખેડૂત'],
	...['વિદ્યાર્થી', 'વિદ્યાર્થિની', 'બાળક', 'બાળકી', 'વૃદ્ધ', 'વૃદ્ધા', 'આરોપી', 'કિશોર', 'કિશોરી'],
	...['છોકરો', 'છોકરી', 'દર્દી', 'ડ્રાઇવર', 'ડ્રાઈવર', 'વેપારી', 'કર્મચારી', 'શિક્ષક', 'જવાન']
]);

/** Words after "X, " that say who X is: "X, જેઓ ...ના પ્રમુખ છે". */
export const WHO: ReadonlySet<string> = new Set(['જેઓ', 'જેમણે', 'જેમને', 'જેમનું']);

/**
 * Verbs that make one act of the noun before them (ખેતી કરે, મદદ કરી, જાહેરાત થઈ), and words that
 * make the word before them an adverb (ગંભીર રીતે): a word before one is not a surname.
 */
export const NOUN_MARKERS: ReadonlySet<string> = new Set([
	...['રીતે', 'પ્રકારે', 'પણે', 'પૂર્વક'],
	...['કરે', 'કરી', 'કર્યું', 'કર્યો', 'કર્યા', 'કર્યાં', 'કરશે', 'કરતા', 'કરતાં', 'કરતી', 'કરવા', 'કરીને'],
	...['કરવી', 'કરવું', 'કરવાની', 'કરાઈ', 'કરાયું', 'કરાયો', 'કરાયા', 'થઈ', 'થયું', 'થયો', 'થયા', 'થાય'],
	...['આપી', 'આપ્યું', 'આપ્યો', 'આપ્યા', 'આપે', 'આપશે', 'લીધી', 'લીધું', 'લીધો', 'લીધા', 'લે', 'લેશે']
]);
