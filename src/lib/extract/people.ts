/**
 * People named in a sentence, found the ways Gujarati news names them: after a title or role
 * (વડાપ્રધાન ..., ડૉ. ..., મંત્રીઓ A, B અને C), with an honorific joined or apart (વિજયભાઈ,
 * હીરાબા, ગાંધીજી, વિજય ભાઈ રૂપાણી), with a common surname (ભૂપેન્દ્ર પટેલ), or before a
 * role ("X, મુખ્યમંત્રી,", "X (મુખ્યમંત્રી)", "X, જેઓ ..."). A name runs until a case ending, a
 * common word, a verb, a known place or a surname, and never across a comma, quote or line break.
 */
import { intransitiveAfter } from './ergative';
import { ALIAS } from '../quiz/name-forms';
import { isNumberWord } from './dates';
import { EVERYDAY_GIVEN_NAMES, GIVEN_NAMES } from './given-names';
import { DOTTED_TITLES, isInitials, isJoinedInitials, isNameWord, nameStem, titleOf, type TitleKind } from './names';
import { isVerbBefore, looksLikeModifier, looksLikeVerb, STOPWORDS } from './stopwords';
import {
	DEITIES,
	NOUN_MARKERS,
	MIDDLE_NAME,
	NAME_PREFIXES,
	NAMED,
	NOT_PEOPLE,
	PARTICLES,
	PERSON_NOUNS,
	SCHEME_NOUNS,
	SURNAME_SHAPE,
	WHO
} from './person-words';
import { EVERYDAY_SURNAMES, SURNAMES } from './surnames';
import type { Found, Rule, Word } from './types';
import { isEndingOrNothing, stemsOf, type Split, type Splitter } from './words';

/** The most words a name may have, initials apart (લુઇઝ ઇનાસિઓ લુલા, નરેન્દ્ર દામોદરદાસ મોદી). */
const MOST_NAME_WORDS = 3;

/** Joined to a first name, these make it a person's: રમેશભાઈ, નીતાબેન, પ્રદીપસિંહ, શબનમબાનુ, રાહુલકુમાર. */
const HONORIFICS = ['ભાઈ', 'ભાઇ', 'બેન', 'બહેન', 'સિંહ', 'સિંઘ', 'બાનુ', 'કુમાર'];

/** Honorifics that end many other words too (ભાજી, ગરબા): they need a known name with them. */
const WEAK_HONORIFICS = ['જી', 'બા', 'દેવી'];

/** Honorifics written apart from the first name: વિજય ભાઈ રૂપાણી, હીરા બા, મોદી જી. */
const APART_HONORIFICS = new Set(['ભાઈ', 'ભાઇ', 'બેન', 'બહેન', 'બા', 'જી']);

/** Genitive endings, which a first name may only seem to carry: સુહાના ખાન. */
const GENITIVES = new Set(['ના', 'ની', 'નો', 'નું', 'નાં']);

/** Words that join the names of a list: "A, B અને C". */
const AND = new Set(['અને', 'તથા', 'તેમજ']);

/** Case endings of place and source, which a person's name does not take: દિલ્હીમાં, ટ્રેક્ટરમાં, દિલ્હીથી. */
const PLACE_ENDINGS = new Set(['માં', 'માંથી', 'માંના', 'માંની', 'માંનું', 'માંનો', 'નામાં', 'થી']);

/** An age in brackets after a name, as crime and accident reports give it: "(ઉં.વ. ૪૫)", "(ઉંમર ૪૫)". */
const AGE = /^ ?\((?:ઉં?\. ?(?:વ\. ?)?|ઉંમર:? ?)[0-9૦-૯]{1,3}(?: વર્ષ)?\)/;

/** A bare number in brackets, an age only after what already looks like a name: "(૪૫)", not "પાર્ટી (૫)". */
const BARE_AGE = /^ ?\([0-9૦-૯]{1,2}(?: વર્ષ)?\)/;

/** Initials or a shortened title joined to a name in one word: ડૉ.રમેશ, સી.આર.પાટીલ. */
const DOTTED_START = /^((?:[^.]+\.)+)([^.]+)$/;

/** A shortened title joined to the first name: ડૉ.રમેશ. */
const TITLE_JOINED = /^([^.]+)\.([^.]+)$/;

/** What the person rules know of the whole text. */
export type NameContext = {
	/** Whether a stem is a known place, which ends a name and is never a person (મીરા દેસાઈ ભારતથી). */
	isPlace: (stem: string) => boolean;
	/** How to split a word at its case ending. */
	split: Splitter;
};

/** One sentence as the rules read it. */
type Sentence = NameContext & { text: string; words: readonly Word[] };

/** A name over words `from`..`to`, ending at offset `end` (its last word without the case ending). */
type Span = { from: number; to: number; end: number; count: number };

/** Whether a dot and at most one space stand right after word `k`: an initial or ડૉ. */
function dotAfter(s: Sentence, k: number): boolean {
	const word = s.words[k]!;
	const next = s.words[k + 1];
	return next !== undefined && /^\. ?$/.test(s.text.slice(word.end, next.start));
}

/** Whether words `a` and `a + 1` stand in one name: only spaces between, or the dot of an initial or ડૉ. */
function linked(s: Sentence, a: number): boolean {
	const word = s.words[a];
	const next = s.words[a + 1];
	if (!word || !next) return false;
	const gap = s.text.slice(word.end, next.start);
	const dotted = isInitials(word.text) || DOTTED_TITLES.has(word.text);
	return /^ +$/.test(gap) || (dotted && /^\. ?$/.test(gap));
}

/** Whether word `k` is initials with their dot (સી. in સી. આર. પાટીલ). */
function initialAt(s: Sentence, k: number): boolean {
	return isInitials(s.words[k]!.text) && dotAfter(s, k);
}

/** The neuter singular ending of adjectives and nouns, which no name of a person takes. */
const NEUTER = /ું$/;

/** A word split at its case ending if it may be part of a name: no common word, known place or place ending. */
function nameOf(s: Sentence, word: string): Split | null {
	// રમીલાબેને is રમીલાબેન + ે, not રમીલાબે + ને: the reading that keeps an honorific whole
	const honored = stemsOf(word).find((stem) => HONORIFICS.some((h) => stem.endsWith(h)) && isNameWord(stem));
	const name = honored && !STOPWORDS.has(word) ? { stem: honored, ending: word.slice(honored.length) } : nameStem(word, s.split);
	return !name || s.isPlace(name.stem) || PLACE_ENDINGS.has(name.ending) ? null : name;
}

/** Word `k` split at its case ending if it may be part of a name: no common word, verb or place. */
function namePart(s: Sentence, k: number): Split | null {
	const word = s.words[k]!.text;
	// ડૉ.રમેશ: the name starts after the title (see titleJoined)
	const joined = TITLE_JOINED.exec(word);
	if (joined && DOTTED_TITLES.has(joined[1]!)) return null;
	const name = nameOf(s, word);
	const known = name !== null && (GIVEN_NAMES.has(name.stem) || SURNAMES.has(name.stem));
	if (name && looksLikeVerb(word) && !known) return null;
	// a person is he or she: a neuter word (સાચું, ખોટું, નવું) is no name, even after a title
	if (name && NEUTER.test(name.stem) && !known) return null;
	// માને છે is a verb, though માન is a surname; a whole name before છે stays one (અધ્યક્ષ દવે છે)
	const next = linked(s, k) ? s.words[k + 1]!.text : '';
	const whole = GIVEN_NAMES.has(word) || SURNAMES.has(word);
	return name && isVerbBefore(word, next) && !whole ? null : name;
}

/** The surname word `k` is (પટેલ, પટેલે, શાહના), split at its ending, or null. */
function surnameAt(s: Sentence, k: number): Split | null {
	const word = s.words[k]?.text;
	if (word === undefined) return null;
	for (const stem of stemsOf(word)) {
		const ending = word.slice(stem.length);
		const fits = isEndingOrNothing(ending) && !PLACE_ENDINGS.has(ending);
		if (SURNAMES.has(stem) && fits && !s.isPlace(stem)) return { stem, ending };
	}
	return null;
}

/** The surname word `k` is if it is not also a common word: a name may go on after it (સુખબીર સિંહ બાદલ). */
function plainSurnameAt(s: Sentence, k: number): Split | null {
	const surname = surnameAt(s, k);
	return surname && !EVERYDAY_SURNAMES.has(surname.stem) ? surname : null;
}

/** Whether a stem carries a joined honorific that makes it a person's name; `vouched` by a surname after it. */
function honorificName(stem: string, vouched: boolean): boolean {
	// a conjunct before the honorific is no first name's end: બ્રિસ્બેન
	if (NOT_PEOPLE.has(stem) || /્(?:ભાઈ|ભાઇ|બેન|બહેન|સિંહ|સિંઘ|જી|બા)$/.test(stem)) return false;
	const strong = HONORIFICS.find((h) => stem.endsWith(h) && stem.length > h.length + 1);
	if (strong) return isNameWord(stem.slice(0, -strong.length));
	const weak = WEAK_HONORIFICS.find((h) => stem.endsWith(h) && stem.length > h.length + 1);
	if (!weak) return false;
	const given = stem.slice(0, -weak.length);
	// લાંબા, તાંબા: a nasal before બા is not a name's
	if (weak === 'બા' && given.endsWith('ં')) return false;
	// a saint's name ends in -દાસજી (વિવેકસાગરદાસજી), a Jain monk's or nun's in -સૂરીશ્વરજી, -વિજયજી, -શ્રીજી
	const saint = weak === 'જી' && /(?:દાસ|સૂરીશ્વર|સુરીશ્વર|વિજય|શ્રી)$/.test(given);
	const known = GIVEN_NAMES.has(given) || GIVEN_NAMES.has(stem) || SURNAMES.has(given) || saint;
	return isNameWord(given) && (vouched || known);
}

/** Word `k` as a name word; a known first name that ends like a genitive is whole: ક્રિસ્ટીના જ્હોન મેકવાન. */
function firstNamePart(s: Sentence, k: number): Split | null {
	const word = s.words[k]!.text;
	return GIVEN_NAMES.has(word) ? { stem: word, ending: '' } : namePart(s, k);
}

/** Whether word `k` may begin a name: initials, or a name word that is no number, participle or adjective. */
function canBegin(s: Sentence, k: number): boolean {
	if (initialAt(s, k)) return true;
	const word = s.words[k]!.text;
	const name = firstNamePart(s, k);
	if (!name || name.ending !== '' || isNumberWord(word)) return false;
	return !looksLikeModifier(word) || GIVEN_NAMES.has(word);
}

/** The name words of a span, initials left out. */
function nameWords(s: Sentence, span: Span): string[] {
	const out: string[] = [];
	for (let k = span.from; k <= span.to; k++) if (!initialAt(s, k)) out.push(s.words[k]!.text);
	return out;
}

/**
 * Whether a span looks like a person's name: it has initials, a known surname or an honorific;
 * or after a title (`strong`), two words; or after a role, a known first name or a surname's
 * ending (સોરઠિયા) with another word. "શિક્ષક ભરતી પ્રક્રિયા" is not a name.
 */
function shapely(s: Sentence, span: Span, strong: boolean): boolean {
	const words = nameWords(s, span);
	const last = s.text.slice(s.words[span.to]!.start, span.end);
	const stems = words.map((w) => s.split(w).stem);
	if (words.length < span.to - span.from + 1 || SURNAMES.has(last)) return true;
	if (stems.some((stem) => honorificName(stem, false))) return true;
	if (words.length < 2) return false;
	return strong || GIVEN_NAMES.has(words[0]!) || SURNAME_SHAPE.test(last);
}

/**
 * Whether the name should stop after word `k`: after a surname that follows a first name
 * (ભૂપેન્દ્ર પટેલ | અમદાવાદ, but સુખબીર સિંહ બાદલ), or after the word that follows an
 * honorific (રમેશભાઈ સોરઠિયા | ટ્રેક્ટરમાં).
 */
function endsName(s: Sentence, k: number, stem: string, count: number): boolean {
	if (count >= 2 && honorificName(s.split(s.words[k - 1]!.text).stem, true)) return true;
	return count >= 2 && SURNAMES.has(stem) && !(linked(s, k) && plainSurnameAt(s, k + 1));
}

/**
 * The name starting at word `from`, of at most `most` words besides initials. Right after a
 * strong title the first word may end like a verb (દિવ્યા), a later word may not (પહોંચ્યા).
 */
function nameFrom(s: Sentence, from: number, most: number, afterTitle = false): Span | null {
	// each particle lets one more word in: મોહમ્મદ બિન અબ્દુલરહમાન અલ થાની
	let limit = most;
	let to = -1;
	let end = -1;
	let count = 0;
	for (let k = from; k < s.words.length; k++) {
		if (k > from && !linked(s, k - 1)) break;
		if (initialAt(s, k)) {
			to = k;
			end = s.words[k]!.end;
			continue;
		}
		if (count >= limit) break;
		const word = s.words[k]!;
		if (count > 0 && PARTICLES.has(word.text) && linked(s, k) && namePart(s, k + 1)) {
			limit++;
			continue;
		}
		// a first name may end like a past verb (દિવ્યા શાહ), but not stand alone as one (વડાપ્રધાન બન્યા):
		// after a title, before another name word; after a role, before a known surname (ખેલાડી કાવ્યા પટેલે)
		const beforeName = () => (afterTitle ? namePart(s, k + 1) : plainSurnameAt(s, k + 1));
		const lenient = count === 0 && /્યા$/.test(word.text) && linked(s, k) && beforeName() !== null;
		const read = lenient ? nameOf(s, word.text) : namePart(s, k);
		// સુહાના ખાન: before a surname, a name that ends like a genitive is whole
		const genitive = read !== null && GENITIVES.has(read.ending);
		const whole = genitive && linked(s, k) && plainSurnameAt(s, k + 1) && isNameWord(word.text);
		const name = whole ? { stem: word.text, ending: '' } : read;
		if (!name) break;
		to = k;
		end = word.start + name.stem.length;
		count++;
		if (name.ending !== '' || endsName(s, k, name.stem, count)) break;
	}
	return count > 0 ? { from, to, end, count } : null;
}

/**
 * The first word of the name that ends with word `at`, going back over words with no case ending:
 * at most three, and three only with a known first name or a father's name in the middle.
 */
function nameBefore(s: Sentence, at: number): number {
	let from = at;
	let count = 1;
	while (from > 0 && linked(s, from - 1)) {
		const k = from - 1;
		if (initialAt(s, k)) {
			from = k;
			continue;
		}
		const name = firstNamePart(s, k);
		if (count >= MOST_NAME_WORDS || !name || name.ending !== '') break;
		// a surname ends the name before it unless it is a middle name: નરેન્દ્ર મોદી | સરકાર
		if (SURNAMES.has(name.stem) && !MIDDLE_NAME.test(name.stem)) break;
		from = k;
		count++;
	}
	while (from < at && !canBegin(s, from)) from++;
	const words = [];
	for (let k = from; k <= at; k++) if (!initialAt(s, k)) words.push(k);
	if (words.length === MOST_NAME_WORDS) {
		const [first, middle] = words.map((k) => s.words[k]!.text);
		// a first name with its honorific is known to be one: શાંતાબેન હરજીવન ગોહિલ
		const known = GIVEN_NAMES.has(first!) || NAME_PREFIXES.has(first!) || honorificName(first!, false);
		if (!known && !MIDDLE_NAME.test(middle!)) from = words[1]!;
	}
	// the word left first must begin a name too: ચાલી રહેલા ઐયર is ઐયર alone
	while (from < at && !canBegin(s, from)) from++;
	return from;
}

/** A person over words `from`..`to` ending at `end`. */
function person(s: Sentence, from: number, end: number, rule: Rule): Found {
	return { category: 'person', start: s.words[from]!.start, end, rule };
}

/** People after a title or role: one name, or a list of names after a plural (મંત્રીઓ A, B અને C). */
function titled(s: Sentence): Found[] {
	const found: Found[] = [];
	for (let i = 0; i < s.words.length; i++) {
		const joined = TITLE_JOINED.exec(s.words[i]!.text);
		if (joined && DOTTED_TITLES.has(joined[1]!)) {
			const name = titleJoined(s, i, joined[1]!.length + 1);
			if (name) found.push(name.found);
			if (name) i = name.to;
			continue;
		}
		const first = titleOf(s.words[i]!.text);
		if (!first) continue;
		let kind: TitleKind = first;
		let j = i + 1;
		// titles come in chains: લેફ્ટનન્ટ જનરલ, મુખ્યમંત્રી શ્રી, મંત્રી ડૉ.
		for (; j < s.words.length && linked(s, j - 1); j++) {
			const next = titleOf(s.words[j]!.text);
			if (!next) break;
			kind = { strong: kind.strong || next.strong, many: kind.many || next.many };
		}
		if (j >= s.words.length || !linked(s, j - 1)) continue;
		if (kind.many) {
			const list = namesListed(s, j, kind.strong);
			found.push(...list.map((span) => person(s, span.from, span.end, 'title')));
			if (list.length > 0) i = list[list.length - 1]!.to;
			continue;
		}
		const name = nameFrom(s, j, MOST_NAME_WORDS, kind.strong);
		if (!name || (!kind.strong && !shapely(s, name, false)) || scheme(s, name)) continue;
		found.push(person(s, j, name.end, 'title'));
		i = name.to;
	}
	return found;
}

/** How many words after a name may stand before a scheme's noun: પ્રધાનમંત્રી આયુષ્માન ભારત હેલ્થ ઇન્ફ્રાસ્ટ્રક્ચર મિશન. */
const SCHEME_WORDS = 4;

/** Whether the words after a name make it the name of a scheme or prize: પ્રધાનમંત્રી આવાસ યોજના. */
function scheme(s: Sentence, span: Span): boolean {
	// શાહને એવોર્ડ: a case ending ends the name before the noun
	if (span.end < s.words[span.to]!.end) return false;
	for (let k = span.to; k < span.to + SCHEME_WORDS && linked(s, k); k++) {
		if (stemsOf(s.words[k + 1]!.text).some((stem) => SCHEME_NOUNS.has(stem))) return true;
	}
	return false;
}

/** The name after a title joined to it (ડૉ.રમેશ પટેલ), the first name starting `skip` characters into word `i`. */
function titleJoined(s: Sentence, i: number, skip: number): { found: Found; to: number } | null {
	const word = s.words[i]!;
	const own = nameOf(s, word.text.slice(skip));
	if (!own) return null;
	const start = word.start + skip;
	const surname = own.ending === '' && linked(s, i) ? nameFrom(s, i + 1, 1) : null;
	const end = surname ? surname.end : start + own.stem.length;
	return { found: { category: 'person', start, end, rule: 'title' }, to: surname ? surname.to : i };
}

/**
 * The names of a list starting at word `from`, joined by commas and અને; each must look like a
 * name, `strong` as after a title.
 */
function namesListed(s: Sentence, from: number, strong: boolean): Span[] {
	const spans: Span[] = [];
	let k = from;
	while (k < s.words.length) {
		const name = nameFrom(s, k, MOST_NAME_WORDS);
		if (!name || !shapely(s, name, strong)) break;
		spans.push(name);
		const last = s.words[name.to]!;
		const next = s.words[name.to + 1];
		if (name.end < last.end || !next) break;
		const gap = s.text.slice(last.end, next.start);
		if (/^, *$/.test(gap)) k = name.to + 1;
		else if (/^ +$/.test(gap) && AND.has(next.text)) k = name.to + 1;
		else break;
		// ", અને" and "અને" both join the last name
		if (AND.has(s.words[k]!.text)) {
			if (!linked(s, k)) break;
			k++;
		}
	}
	return spans;
}

/** People with an honorific joined to the first name (રમેશભાઈ, હીરાબા), and the surname after it. */
function honored(s: Sentence): Found[] {
	const found: Found[] = [];
	for (let i = 0; i < s.words.length; i++) {
		const word = s.words[i]!;
		const own = namePart(s, i);
		if (!own) continue;
		const surnameNext = own.ending === '' && linked(s, i) && surnameAt(s, i + 1) !== null;
		if (!honorificName(own.stem, surnameNext)) continue;
		// the surname follows the honorific: નીતાબેન ત્રિવેદીએ, but not the object of a verb: શારદાબેન ખેતી કરે
		const object = linked(s, i + 1) && NOUN_MARKERS.has(s.words[i + 2]!.text) && !plainSurnameAt(s, i + 1);
		// a father's name may come between: રમેશભાઈ નાનજીભાઈ સાવલિયા
		const father = linked(s, i) && linked(s, i + 1) && honorificName(s.split(s.words[i + 1]!.text).stem, true);
		const surname = own.ending === '' && linked(s, i) && !object ? nameFrom(s, i + 1, father ? 2 : 1) : null;
		// a known first name before a father's name and surname (ખુશી ચંદ્રેશભાઈ નકુમ); વિજય before a Jain acharya's name
		const before = i > 0 && linked(s, i - 1) ? s.words[i - 1]!.text : '';
		const acharya = before === 'વિજય' && /સ[ૂુ]રીશ્વરજી$/.test(own.stem);
		const given = GIVEN_NAMES.has(before) || /..(?:સિંગ|સિંહ)$/.test(before);
		const first = acharya || (surname && before !== '' && given && canBegin(s, i - 1));
		found.push(person(s, first ? i - 1 : i, surname ? surname.end : word.start + own.stem.length, 'honorific'));
		if (surname) i = surname.to;
	}
	return found;
}

/** People with the honorific apart: વિજય ભાઈ રૂપાણી, નરેન્દ્ર ભાઈએ, મોદી જી. */
function honoredApart(s: Sentence): Found[] {
	const found: Found[] = [];
	for (let i = 1; i < s.words.length; i++) {
		const word = s.words[i]!;
		const { stem, ending } = s.split(word.text);
		const honorific = APART_HONORIFICS.has(stem) ? stem : APART_HONORIFICS.has(word.text) ? word.text : null;
		if (!honorific || !linked(s, i - 1)) continue;
		const given = namePart(s, i - 1);
		if (!given || given.ending !== '' || !canBegin(s, i - 1)) continue;
		const bare = honorific === word.text;
		const surname = bare && linked(s, i) ? surnameAt(s, i + 1) : null;
		const known = GIVEN_NAMES.has(given.stem) || (honorific === 'જી' && SURNAMES.has(given.stem));
		if (!surname && !known) continue;
		const end = surname ? s.words[i + 1]!.start + surname.stem.length : word.start + (bare ? word.text : stem).length;
		found.push(person(s, i - 1, end, 'honorific'));
		if (ending === '' && surname) i++;
	}
	return found;
}

/** People named by initials and a known name: કેએલ રાહુલ, એમ.એસ. ધોની, પી. વી. સિંધુ. */
function initialed(s: Sentence): Found[] {
	const found: Found[] = [];
	for (let i = 0; i < s.words.length; i++) {
		const joined = isJoinedInitials(s.words[i]!.text) && nameStem(s.words[i]!.text) !== null;
		if (!joined && !initialAt(s, i)) continue;
		let k = i;
		while (initialAt(s, k) && linked(s, k)) k++;
		if (joined) k = linked(s, i) ? i + 1 : i;
		const next = k > i ? namePart(s, k) : null;
		// two initials with their dots are a person's whatever the name after them: આર. કે. ઝુનઝુનવાલા
		const twice = k - i >= 2 && !joined;
		if (!next || !(twice || GIVEN_NAMES.has(next.stem) || SURNAMES.has(next.stem))) continue;
		// a surname ends the name (યુ. આર. રાવ | સેટેલાઇટ); a first name may have one after it
		const name = SURNAMES.has(next.stem) ? { to: k, end: s.words[k]!.start + next.stem.length } : nameFrom(s, k, 2);
		if (!name) continue;
		found.push(person(s, i, name.end, 'title'));
		i = name.to;
	}
	return found;
}

/** People named by a common surname after a first name: ભૂપેન્દ્ર પટેલ, સી. આર. પાટીલ, રોહિત શર્માએ. */
function surnamed(s: Sentence): Found[] {
	const found: Found[] = [];
	for (let i = 0; i < s.words.length; i++) {
		const word = s.words[i]!;
		const dotted = DOTTED_START.exec(word.text);
		if (dotted && isInitials(dotted[1]!.slice(0, -1))) {
			// initials joined to the surname in one word: સી.આર.પાટીલ
			const { stem } = s.split(dotted[2]!);
			if (SURNAMES.has(stem)) found.push(person(s, i, word.start + dotted[1]!.length + stem.length, 'common-name'));
			continue;
		}
		const surname = surnameAt(s, i);
		if (!surname) continue;
		// a surname before another is a middle name: સુખબીર સિંહ બાદલ
		if (surname.ending === '' && linked(s, i) && plainSurnameAt(s, i + 1)) continue;
		const from = nameBefore(s, i);
		if (from === i) continue;
		// a common word after a full name is not more of it: મનમોહન સિંહ | સરકાર
		const afterSurname = SURNAMES.has(s.split(s.words[i - 1]!.text).stem);
		if (EVERYDAY_SURNAMES.has(surname.stem) && (afterSurname || !vouched(s, from, i))) continue;
		found.push(person(s, from, word.start + surname.stem.length, 'common-name'));
	}
	return found;
}

/**
 * People named by a common first name and the word after it: જિગ્નેશ મેવાણી, રોહિત બાલાણીએ.
 * Not a first name that is also a word (વિજય સરઘસ), nor a word that cannot be a surname.
 */
function givenNamed(s: Sentence): Found[] {
	const found: Found[] = [];
	for (let i = 0; i + 1 < s.words.length; i++) {
		const word = s.words[i]!.text;
		if (!GIVEN_NAMES.has(word) || EVERYDAY_GIVEN_NAMES.has(word) || !canBegin(s, i) || !linked(s, i)) continue;
		// a known father's name between (રુસ્તમ ફિરોઝ કોન્ટ્રાક્ટર), or a surname before another (ઇમ્તિયાઝ હુસેન પઠાણ)
		const middle = s.words[i + 1]!.text;
		const father = linked(s, i + 1) && (GIVEN_NAMES.has(middle) || (SURNAMES.has(middle) && plainSurnameAt(s, i + 2) !== null));
		const at = father ? i + 2 : i + 1;
		const next = s.words[at]!.text;
		const surname = namePart(s, at);
		if (!surname || GIVEN_NAMES.has(surname.stem) || isNumberWord(next) || looksLikeModifier(next)) continue;
		// ખેતી કરે: the object of a verb
		if (surname.ending === '' && linked(s, at) && NOUN_MARKERS.has(s.words[at + 1]!.text)) continue;
		found.push(person(s, i, s.words[at]!.start + surname.stem.length, 'common-name'));
		i = at;
	}
	return found;
}

/** Whether the words before a surname that is also a common word make it a name: ગૌતમ ગંભીર. */
function vouched(s: Sentence, from: number, at: number): boolean {
	const before = s.words[at - 1]!.text;
	const first = s.words[from]!.text;
	return (
		GIVEN_NAMES.has(before) ||
		GIVEN_NAMES.has(first) ||
		NAME_PREFIXES.has(first) ||
		honorificName(before, true) ||
		initialAt(s, at - 1)
	);
}

/** The title after word `k` and the words between ("ગુજરાતના મુખ્યમંત્રી"), if nothing but a role follows. */
function roleAfter(s: Sentence, k: number): TitleKind | null {
	for (let m = k; m < s.words.length && m < k + MOST_NAME_WORDS; m++) {
		if (m > k && !linked(s, m - 1)) return null;
		const kind = titleOf(s.words[m]!.text);
		if (!kind) continue;
		let end = m;
		while (linked(s, end) && titleOf(s.words[end + 1]!.text)) end++;
		// "X, મુખ્યમંત્રી ભૂપેન્દ્ર પટેલે": the title belongs to the name after it
		return linked(s, end) && namePart(s, end + 1) ? null : kind;
	}
	return null;
}

/** People named just before what they are: "X, મુખ્યમંત્રી,", "X (મુખ્યમંત્રી)", "X, જેઓ", "X નામના યુવક", "X (ઉં.વ. ૪૫)". */
function described(s: Sentence): Found[] {
	const found: Found[] = [];
	for (let i = 0; i < s.words.length; i++) {
		const word = s.words[i]!;
		const own = namePart(s, i);
		const next = s.words[i + 1];
		if (!own || own.ending !== '') continue;
		const gap = next ? s.text.slice(word.end, next.start) : '';
		let strong = false;
		let fits = false;
		if (AGE.test(s.text.slice(word.end))) {
			// an age in brackets marks a person, even by one name: પુત્ર ધવલ (ઉં.વ. ૧૮)
			fits = true;
			strong = true;
		} else if (BARE_AGE.test(s.text.slice(word.end))) {
			fits = true;
		} else if (next && /^, *$/.test(gap)) {
			const role = WHO.has(next.text) ? { strong: false, many: false } : roleAfter(s, i + 1);
			fits = role !== null && !role.many;
			strong = role?.strong ?? false;
		} else if (next && /^ *\( *$/.test(gap)) {
			const role = titleOf(next.text);
			fits = role !== null && !role.many && /^ *[),]/.test(s.text.slice(next.end));
			strong = role?.strong ?? false;
		} else if (next && /^ +$/.test(gap) && NAMED.has(next.text) && linked(s, i + 1)) {
			fits = PERSON_NOUNS.has(s.split(s.words[i + 2]!.text).stem);
			strong = true;
		}
		if (!fits) continue;
		const from = nameBefore(s, i);
		if (!canBegin(s, from)) continue;
		const span = { from, to: i, end: word.end, count: i - from + 1 };
		const oneName = from === i && (strong || GIVEN_NAMES.has(word.text));
		if (!oneName && !shapely(s, span, strong)) continue;
		found.push(person(s, from, word.end, 'title'));
	}
	return found;
}

/** Whether a find names a god rather than a person: શ્રી ગણેશ, but not ગણેશ પટેલ. */
function deity(s: Sentence, f: Found): boolean {
	const words = s.text.slice(f.start, f.end).split(' ');
	return DEITIES.has(words[0]!) && !SURNAMES.has(words[words.length - 1]!);
}

/**
 * A name with the first name before its alias (હાર્દિક ઉર્ફે હેરી મનસુખભાઈ સુતરિયા), from a find
 * that begins at the alias or just after it: the person is the whole, not the alias's part.
 */
function withAlias(s: Sentence, f: Found): Found {
	let k = s.words.findIndex((w) => w.start === f.start);
	if (k < 2) return f;
	const bare = namePart(s, k - 1);
	if (!ALIAS.has(s.words[k - 1]!.text) && bare?.ending === '' && linked(s, k - 1)) k--;
	const alias = k - 1;
	if (!ALIAS.has(s.words[alias]!.text) || !linked(s, alias - 1) || !linked(s, alias) || !canBegin(s, alias - 1)) return f;
	return { ...f, start: s.words[alias - 1]!.start };
}

/** Keeps the longest of overlapping finds, the first rule's where two are alike, in text order. */
function settle(found: readonly Found[]): Found[] {
	const ranked = found.map((f, order) => ({ f, order }));
	ranked.sort((a, b) => b.f.end - b.f.start - (a.f.end - a.f.start) || a.order - b.order);
	const kept: Found[] = [];
	for (const { f } of ranked) {
		if (f.end > f.start && !kept.some((k) => f.start < k.end && f.end > k.start)) kept.push(f);
	}
	return kept.sort((a, b) => a.start - b.start);
}

/** Every person named in the words of one sentence. */
export function findPeople(text: string, words: readonly Word[], context: NameContext): Found[] {
	const s: Sentence = { ...context, text, words };
	const found = [
		...titled(s),
		...honored(s),
		...honoredApart(s),
		...initialed(s),
		...surnamed(s),
		...givenNamed(s),
		...described(s)
	];
	return settle(found.filter((f) => !deity(s, f)).map((f) => withOwnE(text, withAlias(s, f))));
}

/** A name whose ે was read as the ergative, before a verb that takes none: નિરગુડે પહોંચ્યા is નિરગુડે. */
function withOwnE(text: string, f: Found): Found {
	const ownE = text[f.end] === 'ે' && !/[\p{L}\p{M}]/u.test(text[f.end + 1] ?? '') && intransitiveAfter(text, f.end + 1);
	return ownE ? { ...f, end: f.end + 1 } : f;
}
