/**
 * Prompts that read as Gujarati. Gujarati keeps a question word where the answer stood, so a
 * question is the sentence with the answer replaced by the question word that carries its case
 * ending (શાહે -> કોણે, સુરતમાં -> કયા શહેરમાં, મંગળવારે -> કયા વારે, છ દિવસની -> કેટલા દિવસની)
 * and "?" at the end. Where that would not read well the prompt is the cloze: the answer inside a
 * quotation, brackets or a relative clause, one of a list, said twice, or with an ending or a
 * place in the sentence that no question word fits.
 */
import type { Category, PlaceKind } from '../bank/schema';
import { classifyDate, isMonthRange, spansTwoUnits, WEEKDAYS } from '../quiz/date-kinds';
import { cloze, mentionsOf } from './cloze';
import { COUNTRY_ADJECTIVES } from './countries';
import { whichCountryOf } from './country-adjective';
import { isNumberWord } from './dates';
import { ergativeNe } from './ergative';
import { EVERYDAY_GIVEN_NAMES, GIVEN_NAMES } from './given-names';
import { withEnding } from '../text/case-ending';
import { titleOf } from './names';
import { CITY_AREAS, INDIAN_STATES } from './place-names';
import { SITE_TITLES } from './places';
import { siteHead } from './site-heads';
import { EVERYDAY_SURNAMES, SURNAMES } from './surnames';
import type { Rule, Sentence } from './types';

/** What was found, as far as the question asks for it; `named`: the noun the article writes after a place's name (ગામ). */
export type Asked = { category: Category; kind?: PlaceKind; named?: string | undefined; rule: Rule; start: number; end: number };

/** The answer in its sentence: its case ending (joined, or written apart) and the words around it. */
type Context = {
	answer: string;
	ending: string;
	next: string;
	/** The word after `next`. */
	then: string;
	previous: string;
	/** The word before `previous`. */
	earlier: string;
	/** Whether the sentence tells of a match (રન, વિકેટ, હરાવ્યું): a place that does or suffers something is a team. */
	sporting: boolean;
};

/** Words of a match: a place that wins or loses in such a sentence is its team (સૌરાષ્ટ્રે મુંબઈને હરાવ્યું). */
const SPORT = /(?:^|\s)(?:રન|રને|રનમાં|વિકેટ|વિકેટે|ઇનિંગ્સ|ઈનિંગ્સ|પોઇન્ટ|પોઈન્ટ|ગોલ|ગોલથી|હરાવ|સમેટ)/u;

/** The words that stand for the answer, and whether they stand for the next or previous word too. */
/** `previousAs`: the word left before the question word, rewritten to agree with it (વડોદરાની -> વડોદરાના કયા સ્થળમાં). */
type Ask = { say: string; swallow?: boolean; swallowPrevious?: boolean; swallowEarlier?: boolean; previousAs?: string };

/** Endings a question word can carry, joined to the answer or written apart (૨૦૨૨ માં, RIA એ). */
const ENDINGS = new Set(['માંથી', 'નામાં', 'માં', 'નાં', 'ના', 'ની', 'નું', 'નો', 'ને', 'થી', 'એ', 'ે', 'સુધી']);
const GENITIVE = new Set(['ના', 'ની', 'નું', 'નો', 'નાં']);
const LOCATIVE = new Set(['', 'માં', 'એ', 'ે']);
/** A word in the genitive: ટાપુના, જાપાનની. */
const GENITIVE_WORD = /(?:ના|ની|નું|નો|નાં)$/;

/** Words that end as a genitive does but are nouns, adjectives or names: ચોરેલું સોનું, નાનું, જૂનું, કંપની, જાની. */
const LIKE_GENITIVE = new Set(
	['સોનું', 'નાનું', 'જૂનું', 'પાનું', 'દાણું', 'સૂનું', 'કંપની', 'ચટણી', 'જાની', 'રજની', 'રોશની', 'ચાંદની'].concat(
		['કામિની', 'યામિની', 'દામિની', 'મોહિની', 'સુહાની']
	)
);

/** Whether a word is a genitive (અમદાવાદના, ગુજરાતની), which agrees with the noun after it. */
const isGenitive = (word: string) => GENITIVE_WORD.test(word) && !LIKE_GENITIVE.has(word);

/** Postpositions after a noun, perhaps with an ending (નજીકના, સાથેની, પછીથી, સુધીમાં). */
const POSTPOSITIONS = [
	'પછી',
	'બાદ',
	'પહેલાં',
	'પહેલા',
	'પૂર્વે',
	'સુધી',
	'દરમિયાન',
	'માટે',
	'સાથે',
	'પાસે',
	'નજીક',
	'પર',
	'ઉપર',
	'તરફ',
	'વચ્ચે',
	'સામે',
	'વિરુદ્ધ',
	'અંગે',
	'વિશે',
	'દ્વારા',
	'ખાતે',
	'સ્થિત',
	'હેઠળ',
	'બહાર',
	'અંદર',
	'વગર',
	'જેવા',
	'જેવું',
	'જેવી',
	'આગેવાની',
	'નિમિત્તે',
	'મારફતે'
];

/** The genitive "whose" a person's postposition takes: કોની સાથે; કોના otherwise (કોના માટે). */
const WHOSE: Readonly<Record<string, string>> = {
	સાથે: 'કોની',
	પાસે: 'કોની',
	તરફ: 'કોની',
	વચ્ચે: 'કોની',
	સામે: 'કોની',
	વિરુદ્ધ: 'કોની',
	આગેવાની: 'કોની'
};

/** The postposition a word is, bare or with an ending, if any. */
function postpositionOf(word: string): string | undefined {
	return POSTPOSITIONS.find((p) => word === p || (word.startsWith(p) && ENDINGS.has(word.slice(p.length))));
}

/** Words that open a clause the answer should not be asked in: a relative or conditional clause. */
const SUBORDINATE = new Set(
	['જે', 'જેણે', 'જેમણે', 'જેને', 'જેમને', 'જેના', 'જેની', 'જેનું', 'જેનો', 'જેનાં', 'જેમાં', 'જેનાથી', 'જેથી'].concat(
		['જેઓ', 'જેમની', 'જેમના', 'જ્યાં', 'જ્યારે', 'જ્યાંથી', 'કારણ', 'જો', 'જોકે']
	)
);

/** Words that close a clause of time, making it subordinate: ... થઈ ત્યારથી, ... આવ્યા ત્યારે. */
const WHEN = new Set(['ત્યારથી', 'ત્યારે']);

/** Marks that end a clause. */
const CLAUSE_MARKS = [',', ';', ':', '–', '—'];

/** Titles of respect before a name, which go with it: ડૉ. કોણે reads badly, કોણે does not. */
const HONORIFIC = /(?:^|\s)(?:ડૉ\.|ડો\.|પ્રો\.|સ્વ\.|કુ\.|શ્રી|શ્રીમતી|સુશ્રી|મહાત્મા) +$/u;

/** Abbreviations a sentence may be cut at by mistake: રૂ. (rupees), ડૉ., તા., નં. */
const ABBREVIATION_END = /(?:^|\s)(?:રૂ|ડૉ|ડો|પ્રો|શ્રી|સ્વ|તા|નં|કિ\.મી|મિ)\.$/u;

/** A weekday and a comma just before a date: રવિવાર, ૧૫ નવેમ્બરે. */
const WEEKDAY_BEFORE = new RegExp(`(^|\\s)(?:${WEEKDAYS.flat().join('|')}), *$`, 'u');

/** Words before a date that say "dated": તારીખ ૬ સપ્ટેમ્બરે -> કઈ તારીખે. */
const DATE_PREFIX = /(?:^|\s)(?:તારીખ|તા\.) *$/u;

/** Verbs of going and coming: a place before one is where, not what (ક્યાં પહોંચ્યા). */
const MOTION = /^(?:પહોંચ|ગય|ગઈ|જશે|જવા|જઈ|જાય|આવ્ય|આવશે|આવી|પરત|રવાના|પધાર|ઊપડ|ઉપડ)/;

/** A name of a people, not a place (અમેરિકન, ભારતીય): no question word stands for it. */
const DEMONYM = /(?:િયન|ીયન|ઇયન|કન|ીય)$/;

/** Pronouns before a noun that make it a phrase of its own: તેમનો દેશ, આ શહેર. */
const POSSESSIVES = new Set(
	['આ', 'એ', 'તે', 'તેના', 'તેની', 'તેનો', 'તેનું', 'તેમના', 'તેમની', 'તેમનો', 'તેમનું'].concat(
		['અમારા', 'અમારી', 'અમારો', 'અમારું', 'આપણા', 'આપણી', 'આપણો', 'આપણું']
	)
);

/** Hours from one to another (૭:૩૦થી ૯:૦૦, પાંચથી સાત): asked as from when until when. */
const HOUR_RANGE = /[\p{L}\p{M}\p{N}](?:થી |\s+થી\s+|\s*[-–]\s*)[\p{L}\p{N}]/u;

type Gender = 'm' | 'n' | 'f';
type Noun = { word: string; oblique: string; gender: Gender };
const noun = (word: string, gender: Gender, oblique = word): Noun => ({ word, oblique, gender });

/** The noun a place's kind is asked by: કયા દેશમાં, કયા શહેરના. */
const KIND_NOUNS: Record<PlaceKind, Noun> = {
	country: noun('દેશ', 'm'),
	city: noun('શહેર', 'n'),
	region: noun('પ્રદેશ', 'm'),
	site: noun('સ્થળ', 'n')
};

/** Seas, oceans and bays, asked by the noun their names end in: કયા સમુદ્રમાં, not કયા પ્રદેશમાં. */
const WATER_NOUNS: readonly Noun[] = [noun('મહાસાગર', 'm'), noun('સમુદ્ર', 'm'), noun('ખાડી', 'f')];

/** A region's noun by what it is: an Indian state (કયા રાજ્યના રાજ્યપાલ), an area of a city (કયા વિસ્તારમાંથી), a sea; else પ્રદેશ. */
function kindNoun(kind: PlaceKind, answer: string): Noun {
	if (kind === 'region' && INDIAN_STATES.has(answer)) return noun('રાજ્ય', 'n');
	if (kind === 'region' && CITY_AREAS.has(answer)) return noun('વિસ્તાર', 'm');
	const water = kind === 'region' ? WATER_NOUNS.find((n) => answer.endsWith(` ${n.word}`)) : undefined;
	return water ?? KIND_NOUNS[kind];
}

/** Nouns that may follow a place's name and are asked instead of it: ભરૂચ જિલ્લાની -> કયા જિલ્લાની. */
const PLACE_NOUNS: readonly Noun[] = [
	noun('જિલ્લો', 'm', 'જિલ્લા'),
	noun('તાલુકો', 'm', 'તાલુકા'),
	noun('શહેર', 'n'),
	noun('રાજ્ય', 'n'),
	noun('દેશ', 'm'),
	noun('ગામ', 'n'),
	noun('નદી', 'f'),
	noun('ટાપુ', 'm'),
	noun('વિસ્તાર', 'm'),
	noun('બંદર', 'n'),
	noun('પ્રદેશ', 'm'),
	noun('ખંડ', 'm'),
	noun('સમુદ્ર', 'm'),
	noun('મહાસાગર', 'm'),
	noun('સરોવર', 'n'),
	noun('તળાવ', 'n'),
	noun('પર્વત', 'm')
];

/** "Which" before a noun: કયો દેશ, કયું શહેર, કઈ નદી; before an ending or postposition કયા (કઈ). */
function which(n: Noun, oblique: boolean): string {
	if (n.gender === 'f') return 'કઈ';
	if (oblique) return 'કયા';
	return n.gender === 'm' ? 'કયો' : 'કયું';
}

/** How many, agreeing with the unit: કેટલા દિવસ, કેટલાં વર્ષ, કેટલી મિનિટ; કેટલા before an ending. */
const HOW_MANY: Readonly<Record<string, [string, string]>> = {
	વર્ષ: ['કેટલાં', 'વર્ષ'],
	સપ્તાહ: ['કેટલાં', 'સપ્તાહ'],
	અઠવાડિયું: ['કેટલાં', 'અઠવાડિયાં'],
	અઠવાડિયા: ['કેટલાં', 'અઠવાડિયાં'],
	મહિનો: ['કેટલા', 'મહિના'],
	દાયકો: ['કેટલા', 'દાયકા'],
	મિનિટ: ['કેટલી', 'મિનિટ'],
	સેકન્ડ: ['કેટલી', 'સેકન્ડ'],
	સદી: ['કેટલી', 'સદી'],
	રાત: ['કેટલી', 'રાત']
};

/**
 * The prompt for one find: a question where the sentence allows one, else the cloze.
 * Offsets are in the whole text.
 */
export function promptFor(sentence: Sentence, asked: Asked): string {
	return questionFor(sentence, asked) ?? clozeFor(sentence, asked);
}

/** The sentence with the answer blanked. Offsets are in the whole text. */
export function clozeFor(sentence: Sentence, asked: Asked): string {
	// સવારે and શનિવારે say when, not સવાર or શનિવાર with an ending: a date's blank takes the whole word, not "_____એ"
	const end = asked.category === 'date' ? asked.end + locativeAfter(sentence, asked.end) : asked.end;
	return cloze(sentence, asked.start, end);
}

/** How long the locative ending that ends the word at offset `at` (in the whole text) is: 0 if none. */
function locativeAfter(sentence: Sentence, at: number): number {
	const rest = /^[\p{L}\p{M}]*/u.exec(sentence.text.slice(at - sentence.start))![0];
	return rest === 'ે' || rest === 'એ' ? rest.length : 0;
}

/** The sentence asked as a question about [start, end), or null when it would not read well. */
export function questionFor(sentence: Sentence, asked: Asked): string | null {
	const text = sentence.text;
	const from = asked.start - sentence.start;
	const to = asked.end - sentence.start;
	// a quotation that ends the sentence ends the question without its full stop: કોણે કહ્યું, "… છે"?
	const body = text.replace(/[\s.।]+$/u, '').replace(/[.।,](["”])$/u, '$1');
	if (!asksWell(sentence, asked, body)) return null;
	const rest = /^[\p{L}\p{M}\p{N}]*/u.exec(text.slice(to))![0];
	if (rest !== '' && !ENDINGS.has(rest)) return null;
	let tail = to + rest.length;
	// the answer must end its word: not a caption's "ક્રાઈ/હેન્ડઆઉટ"
	if (tail < text.length && !/^[\s,.;:।)”’"'-]/u.test(text.slice(tail))) return null;
	let next = wordAt(text, tail);
	let ending = rest;
	// "મોદી એ જ દિવસે": એ before જ is "that", no ending written apart
	const demonstrative = next?.word === 'એ' && wordAt(text, next.end)?.word === 'જ';
	if (ending === '' && next && ENDINGS.has(next.word) && next.word !== 'ે' && !demonstrative) {
		ending = next.word;
		tail = next.end;
		next = wordAt(text, tail);
	}
	// an aside between the answer and its ending (ગોહિલ (૮૨)એ) leaves the ending without its word
	if (ending === '' && /^ ?\(/.test(text.slice(tail))) return null;
	// ડૉ. વી. નારાયણને જણાવ્યું: the subject, so કોણે, not કોને
	if (asked.category === 'person' && ending === 'ને' && ergativeNe(text, from, to)) ending = 'એ';
	// a headline's part with no verb ("કયા શહેરમાં … શાનદાર વિજય?") reads as no question: the cloze asks it
	if (/[\p{L}\p{M}\p{N}]$/u.test(text.trim()) && !partHasVerb(text, from, tail)) return null;
	let before = text.slice(0, from);
	if (inList(before, text.slice(tail), ending)) return null;
	// one of a pair written with a hyphen (ભારત-જાપાન) shares its ending with the other
	if (before.endsWith('-') || text[tail] === '-') return null;
	// "દર રામનવમીએ" is every one of them: no "which" asks it (a span is asked: દર કેટલા દિવસે)
	const every = /(?:^|\s)દર +$/u.test(before) && classifyDate(text.slice(from, to)) !== 'duration';
	if (asked.category === 'date' && every) return null;
	// a title of respect or "dated" goes with the answer: ડૉ. કોણે, તારીખ કઈ તારીખે read badly
	const lead = (asked.category === 'person' ? HONORIFIC : asked.category === 'date' ? DATE_PREFIX : null)?.exec(before);
	if (lead) before = before.slice(0, lead.index + lead[0].length - lead[0].trimStart().length);
	// a weekday set before the date is the same day, asked with it: ગઈકાલે રવિવાર, ૧૫ નવેમ્બરે -> ગઈકાલે કઈ તારીખે
	const weekday = asked.category === 'date' ? WEEKDAY_BEFORE.exec(before) : null;
	if (weekday) before = before.slice(0, weekday.index + weekday[1]!.length);
	// the words just before the answer, looked for near it: a pattern anchored at the end is tried from every character
	const near = before.slice(-NEAR);
	const previous = /([\p{L}\p{M}\p{N}]+) +$/u.exec(near);
	const twoBefore = /([\p{L}\p{M}\p{N}]+) +[\p{L}\p{M}\p{N}]+ +$/u.exec(near);
	const earlier = twoBefore?.[1] ?? '';
	const context: Context = {
		answer: text.slice(from, to),
		ending,
		next: next?.word ?? '',
		then: (next && wordAt(text, next.end)?.word) ?? '',
		previous: previous?.[1] ?? '',
		earlier,
		sporting: SPORT.test(text)
	};
	const found = askFor(asked, context);
	if (!found) return null;
	const titled = asked.category === 'person' ? askTitled(before, found, context) : null;
	const ask = titled ?? found;
	const after = ask.swallow && next ? next.end : tail;
	const swallowed = ask.swallowEarlier ? twoBefore : ask.swallowPrevious ? previous : null;
	const start = titled ? titled.start : swallowed ? before.length - swallowed[0].length : before.length;
	if (after > body.length) return null;
	const opening = LINK_OPENING.exec(text)?.[0].length ?? 0;
	const head = text.slice(opening <= start ? opening : 0, start);
	// the word left before the question word, rewritten to agree with it
	const last = ask.previousAs ? /([\p{L}\p{M}\p{N}]+)( +)$/u.exec(head.slice(-NEAR)) : null;
	const said = last ? `${head.slice(0, head.length - last[0].length)}${ask.previousAs}${last[2]}` : head;
	// a genitive of respect for a woman (કોલકાતાનાં ગાયિકા કૌશિકી) agrees with the question word instead: કોલકાતાની કઈ ગાયિકાએ
	const agreed = titled ? said.replace(/નાં(\s+)$/u, `${titled.say.startsWith('કઈ') ? 'ની' : 'ના'}$1`) : said;
	// a headline (no full stop) of two parts asks in the part of the answer: કયા શહેરમાં સાત ઇંચ વરસાદ?, not "…: ડેમ ખોલાયા?"
	const remaining = body.slice(after);
	const part = /[.।]$/u.test(text.trim()) ? -1 : remaining.search(/\s*[:;]\s/u);
	return `${agreed}${ask.say}${part >= 0 ? remaining.slice(0, part) : remaining}?`;
}

/** A verb as headlines write it: ઝડપાયા, કર્યો, થયું, ધમધમ્યું, જામશે, છે; ખપાવનાર is none. */
const HEADLINE_VERB =
	/(?:્યા|્યો|્યું|્યાં|યો|યું|યાં|થયા|ગયા|ાયા|ાઈ|ાઇ|શે|છે|તાં|તો|તું|ીને|ઈને|ેલા|ેલી|ેલું|ેલો)$|^(?:ગઈ|થઈ|કરી|આપી|લીધી|દીધી|મૂકી)$/u;

/** Whether the part of a headline around [from, to), between its commas, colons and semicolons, holds a verb. */
function partHasVerb(text: string, from: number, to: number): boolean {
	const start = Math.max(...[',', ':', ';'].map((mark) => text.lastIndexOf(mark, from))) + 1;
	const ends = [',', ':', ';'].map((mark) => text.indexOf(mark, to)).filter((i) => i >= 0);
	const part = `${text.slice(start, from)} ${text.slice(to, ends.length > 0 ? Math.min(...ends) : text.length)}`;
	return part.split(/\s+/u).some((word) => HEADLINE_VERB.test(word));
}

/**
 * Words that link a sentence to the one before it (બીજી તરફ, meanwhile, besides): a question
 * stands alone, so it begins after them.
 */
const LINK_OPENING = /^(?:બીજી તરફ|બીજી બાજુ|આ ઉપરાંત|તે ઉપરાંત|આ દરમિયાન|દરમિયાન|એટલું જ નહીં|વધુમાં|ઉલ્લેખનીય છે કે|નોંધનીય છે કે),? +/u;

/**
 * A range asked from which to which (`both`), with સુધી or a word made of it after it (સુધીનો);
 * before another postposition it is asked as `alone` (કયા સમય દરમિયાન).
 */
function askRange(both: string, alone: string, { ending, next }: Context): Ask | null {
	if (ending === 'સુધી') return { say: `${both} સુધી` };
	if (ending === '' && next.startsWith('સુધી')) return { say: `${both} ${next}`, swallow: true };
	if (ending === '' && postpositionOf(next)) return { say: alone };
	return ending === '' ? { say: `${both} સુધી` } : null;
}

/** How far before the answer its preceding words are looked for: more than any two words and a list's comma. */
const NEAR = 160;

/** Whether the sentence as a whole, and the answer's place in it, allow a question. */
function asksWell(sentence: Sentence, asked: Asked, body: string): boolean {
	const text = sentence.text;
	const from = asked.start - sentence.start;
	const to = asked.end - sentence.start;
	// a sentence that ends in a bracket or a question of its own stays a cloze, and so does one that
	// ends in a quotation, unless the answer stands before it: કયા અધ્યક્ષે કહ્યું, "…"?
	const opens = Math.min(...['"', '“'].map((mark) => text.indexOf(mark)).filter((i) => i >= 0));
	const saidBefore = /["”]$/u.test(body) && to < opens;
	if (text.includes('?') || text.includes('!') || !(/[\p{L}\p{M}\p{N}]$/u.test(body) || saidBefore)) return false;
	// nor does a sentence cut at an abbreviation (… ભાવ ૨૦ કિલો દીઠ રૂ.) or a caption (ક્રાઈ/હેન્ડઆઉટ)
	if (ABBREVIATION_END.test(text) || /\p{L}\/\p{L}/u.test(text)) return false;
	if (mentionsOf(sentence, asked.start, asked.end).length > 1) return false;
	return !enclosed(text, from) && !subordinate(text, from, to) && !introducesSpeech(text, to);
}

/** The word after a point of the text, skipping spaces only (a comma ends the phrase). */
function wordAt(text: string, at: number): { word: string; end: number } | null {
	const m = /^ +([\p{L}\p{M}\p{N}]+)/u.exec(text.slice(at));
	return m ? { word: m[1]!, end: at + m[0].length } : null;
}

/**
 * Whether the answer is one of a list or the first of a pair (વલસાડ, નવસારી અને કચ્છ જિલ્લામાં;
 * જસદણ અને વીંછિયા પંથકમાં): the list shares one ending, so no question word fits one item.
 */
function inList(whole: string, after: string, ending: string): boolean {
	const before = whole.slice(-NEAR);
	if (/^\s*,/u.test(after) && ending === '') return true;
	if (/,\s*$/u.test(before) && /^\s*(?:,|અને\s|તથા\s)/u.test(after)) return true;
	if (/,\s*[^,\s]+(?:\s[^,\s]+)?\s+(?:અને|તથા)\s+$/u.test(before)) return true;
	return ending === '' && /^\s+(?:અને|તથા)\s/u.test(after);
}

/** Whether a point of the text is inside a quotation or brackets. */
function enclosed(text: string, at: number): boolean {
	const before = text.slice(0, at);
	const count = (c: string) => before.split(c).length - 1;
	return (
		count('“') > count('”') ||
		count('‘') > count('’') ||
		count('"') % 2 === 1 ||
		count('(') > count(')') ||
		count('[') > count(']')
	);
}

/**
 * Whether the answer's clause goes on into reported speech (ભારત અને જાપાન “હવે ... છે,” મંત્રીએ
 * લખ્યું): the answer belongs to the quotation, though outside its marks. A short phrase in
 * quotation marks (“અનુકૂળ સમયે”) is no speech.
 */
function introducesSpeech(text: string, to: number): boolean {
	const after = text.slice(to);
	const closes = CLAUSE_MARKS.map((c) => after.indexOf(c)).filter((i) => i >= 0);
	const open = after.indexOf('“');
	if (open < 0 || (closes.length > 0 && Math.min(...closes) < open)) return false;
	const quote = after.slice(open, after.indexOf('”', open) + 1 || after.length);
	return /[,.।]”$/.test(quote) || !quote.endsWith('”');
}

/**
 * Whether the answer [from, to) stands in a subordinate clause: a relative or conditional word
 * opens its clause before it (જ્યાં, જેણે, જો), or a "when" closes it after it (થઈ ત્યારથી).
 */
function subordinate(text: string, from: number, to: number): boolean {
	const before = text.slice(0, from);
	const opened = before.slice(Math.max(...CLAUSE_MARKS.map((c) => before.lastIndexOf(c))) + 1);
	const after = text.slice(to);
	const closes = CLAUSE_MARKS.map((c) => after.indexOf(c)).filter((i) => i >= 0);
	const closed = after.slice(0, closes.length > 0 ? Math.min(...closes) : after.length);
	return opened.split(/\s+/).some((w) => SUBORDINATE.has(w)) || closed.split(/\s+/).some((w) => WHEN.has(w));
}

function askFor(asked: Asked, context: Context): Ask | null {
	if (asked.category === 'person') return askPerson(context);
	if (asked.category === 'place') return askPlace(asked.kind, context, asked.named);
	if (asked.rule === 'event') return askEvent(context);
	return askDate(context);
}

/** The question words of a person before a postposition (કોની સાથે), whose title is asked in their place. */
const WHOSE_WORDS: ReadonlySet<string> = new Set(Object.values(WHOSE));

/** A word with a case ending, a plural or a participle, which ends the words joined to a title before it: ગુજરાતના, બેઠકમાં, રહેલા. */
const ENDED_WORD = /(?:ના|ની|નું|નો|નાં|માં|થી|ને|એ|ે|ઓ|ો|તાં|તા|તી|તું|ેલ[ાીુો]ં?)$/;

/** Words that end a title's words: particles, conjunctions and pronouns (the postpositions are POSTPOSITIONS). */
const NOT_OF_TITLE = new Set(
	['કે', 'તથા', 'અથવા', 'પણ', 'જ', 'તો', 'ન', 'નહીં', 'નથી', 'દ્વારા', 'તરફે', 'હવે', 'આજે', 'મુજબ', 'અનુસાર', 'ખાતે'].concat(
		['એમ', 'એવું', 'આમ', 'તેમ', 'જેમ', 'છે', 'હતા', 'હતી', 'હતો', 'હતું'],
		// a pointing word or the subject of the sentence before a title: આ કેસ સેશન્સ જજ … ની અદાલતમાં
		['આ', 'એ', 'તે', 'કેસ', 'મામલો', 'ગુનો', 'બનાવ', 'ચુકાદો', 'સુનાવણી', 'ઘટના', 'પ્રસ્તાવ', 'નિર્ણય', 'ટીમ'],
		// "only" and an age go before the asked title: વિદર્ભ તરફથી માત્ર કયા બેટ્સમેને, ૫૮ વર્ષીય કયા ખેડૂતે
		['માત્ર', 'ફક્ત', 'એકમાત્ર', 'વર્ષીય']
	)
);

/** A person's name word, which is no part of a title: વડાપ્રધાન નરેન્દ્ર મોદી અને કેન્દ્રીય મંત્રી … */
const knownNameWord = (word: string) =>
	(GIVEN_NAMES.has(word) && !EVERYDAY_GIVEN_NAMES.has(word)) || (SURNAMES.has(word) && !EVERYDAY_SURNAMES.has(word));

/**
 * Roles that are asked by when they stand before a name, though the finding of names does not take
 * them for titles (a "સરકારી વકીલ" is as often no one in particular): કયા સરકારી વકીલે, કયા પોલીસ વડાના,
 * a hospital's કયા સુપરિન્ટેન્ડેન્ટે, a temple trust's કયા વહીવટદારના.
 */
const ASKED_ROLES = new Set(['વકીલ', 'વડા', 'સુપરિન્ટેન્ડેન્ટ', 'વહીવટદાર']);

/**
 * Relatives one has only one of, asked by the cloze (તેમનાં પત્ની _____એ): "કયાં પત્નીએ" asks as
 * if there were several. A son or a brother is asked like a title: ગીતાબેનના કયા ભાઈએ.
 */
const ONLY_RELATIVES = new Set(['પત્ની', 'પતિ', 'પિતા', 'માતા']);

/** Titles and relatives of women, asked with કઈ: કઈ અભિનેત્રીએ, રમેશભાઈની કઈ પુત્રીએ. */
const WOMEN = new Set(
	['અભિનેત્રી', 'ગાયિકા', 'લેખિકા', 'શિક્ષિકા', 'વિદ્યાર્થિની', 'કવયિત્રી', 'સાધ્વી', 'નૃત્યાંગના', 'યુવતી', 'ગૃહિણી', 'પીડિતા'].concat(
		['પુત્રી', 'દીકરી', 'બહેન', 'બેન', 'ભત્રીજી', 'પૌત્રી', 'ભાભી', 'કાકી', 'મામી', 'માસી', 'ફોઈ', 'સાળી', 'પુત્રવધૂ']
	)
);


/** Whether a word before a title is one with it: a noun or adjective without an ending (પાણી પુરવઠા, કેન્દ્રીય). */
function ofTitle(word: string): boolean {
	if (!/^[\p{L}\p{M}]+$/u.test(word) || NOT_OF_TITLE.has(word) || POSSESSIVES.has(word) || SUBORDINATE.has(word)) return false;
	if (knownNameWord(word)) return false;
	if (postpositionOf(word) !== undefined) return false;
	return !ENDED_WORD.test(word) || titleOf(word)?.many === false;
}

/**
 * A title or role just before a person's name is asked with કયા, the name's case ending moving to
 * it, as Gujarati asks (રમતગમત મંત્રી હર્ષ સંઘવીએ -> કયા રમતગમત મંત્રીએ; "મંત્રી કોણે" reads
 * badly). The words joined to the title go with it (પાણી પુરવઠા મંત્રી, વન અને પર્યાવરણ મંત્રી),
 * up to a word with an ending (ગુજરાતના કયા મુખ્યમંત્રીએ, બેઠકમાં કયા ઉદ્યોગ મંત્રીએ), a
 * participle, a function word or a mark; the title of a subject or of a relative is left as it was.
 * `start` is where the asked words begin in `before`.
 */
function askTitled(before: string, ask: Ask, { ending }: Context): (Ask & { start: number }) | null {
	const words = [...before.matchAll(/[^\s]+/gu)];
	const last = words.at(-1);
	// the title must stand right before the name: only spaces between
	if (!last || before.slice(last.index + last[0].length).trim() !== '') return null;
	if (titleOf(last[0])?.many !== false && !ASKED_ROLES.has(last[0])) return null;
	// a wife or a father before the name was left to the cloze by askPerson
	if (ending === 'નામાં') return null;
	// the subject is left as it was (કલેક્ટર કોણ હાજર રહ્યાં): its "which" agrees with the verb, કયા, કયો or કયાં
	if (ending === '' && !WHOSE_WORDS.has(ask.say) && ask.say !== AS_WHOM) return null;
	const titleAt = words.length - 1;
	let first = titleAt;
	for (let i = titleAt - 1; i >= 0 && titleAt - i <= 4; i--) {
		const word = words[i]![0];
		// વન અને પર્યાવરણ મંત્રી: one title of two nouns; not "સુનીતા અગ્રવાલ અને જસ્ટિસ", two people
		if (word === 'અને' && first === i + 1 && first < titleAt && i > 0 && ofTitle(words[i - 1]![0])) {
			first = --i;
			continue;
		}
		if (!ofTitle(word)) break;
		first = i;
	}
	const start = words[first]!.index;
	// a genitive agrees with the title, which takes the person's gender: ડીસાની વતની નેહા -> ડીસાની કઈ વતનીના
	const woman = WOMEN.has(last[0]) || (first > 0 && /ની$/u.test(words[first - 1]![0]));
	const whichWord = woman ? 'કઈ' : 'કયા';
	// a place and its unit at the head of the title stay before the question word, in the genitive:
	// ભાવનગર જિલ્લા પોલીસ વડાએ -> ભાવનગર જિલ્લાના કયા પોલીસ વડાએ, not કયા ભાવનગર જિલ્લા પોલીસ વડાએ
	const unit = words.findLastIndex((w, i) => i > first && i < titleAt && TITLE_PLACE_UNITS.has(w[0]));
	const from = unit > 0 ? words[unit + 1]!.index : start;
	const title = before.slice(from, last.index + last[0].length);
	const place = unit > 0 ? `${before.slice(start, words[unit]!.index + words[unit]![0].length)}${woman ? 'ની' : 'ના'} ` : '';
	return { say: `${place}${whichWord} ${withEnding(title, ending)}`, start };
}

/** A place's unit in a title after the place's name (ભાવનગર જિલ્લા પોલીસ વડા), as it is written there. */
const TITLE_PLACE_UNITS = new Set(['જિલ્લા', 'શહેર', 'તાલુકા', 'રાજ્ય', 'ગામ']);

/** A person before તરીકે ("as"), asked "as which person": કોણ તરીકે reads badly; a title is asked instead (કયા ઇન્સ્પેક્ટર તરીકે). */
const AS_WHOM = 'કઈ વ્યક્તિ';

/** Titles after a name that take its ending: પૂ. જ્ઞાનવત્સલ સ્વામીએ, મોરારિ બાપુએ. */
const TITLE_AFTER = /^(?:સ્વામી|મહારાજ|બાપુ|સાહેબ)/;

function askPerson({ ending, next, previous }: Context): Ask | null {
	// "૩૧ વર્ષના કોની", "૨૩ વર્ષીય કોણે" read badly: the age wants a noun (કયા શખસની) the sentence does not give
	if (/^(?:(?:વર્ષ|વરસ)(?:ના|ની|નો|નાં)|વર્ષીય)$/.test(previous)) return null;
	// so does a wife or a father: "પત્ની કોણે", "પત્ની કોની સાથે" read badly, and "કયાં પત્નીએ" counts several
	if (ONLY_RELATIVES.has(previous)) return null;
	// a genitive before the name wants a noun: "તાલુકાના કોણે" reads badly, "તાલુકાની કઈ વ્યક્તિએ" does not;
	// so does a doer's word in -નાર, which takes any noun as it is: "લગ્ન લેનાર કઈ વ્યક્તિએ"
	const genitive = isGenitive(previous);
	if (genitive || DOER.test(previous)) {
		const person = whichPerson(ending, next);
		if (person) return { say: person, ...(genitive && { previousAs: previous.replace(GENITIVE_WORD, 'ની') }) };
	}
	if (ending === '') {
		// "X સહિતના" (X among others) asks no "who", nor does a name inside a title (પૂ. X સ્વામીએ)
		if (next.startsWith('સહિત') || TITLE_AFTER.test(next)) return null;
		if (next === 'તરીકે') return { say: AS_WHOM };
		const post = postpositionOf(next);
		if (post === undefined) return { say: 'કોણ' };
		return { say: WHOSE[post] ?? 'કોના' };
	}
	if (ending === 'એ' || ending === 'ે') return { say: 'કોણે' };
	if (ending === 'ને') return { say: 'કોને' };
	if (GENITIVE.has(ending)) return { say: `કો${ending}` };
	if (ending === 'થી' || ending === 'માં' || ending === 'માંથી') return { say: `કોના${ending}` };
	if (ending === 'નામાં') return { say: 'કોનામાં' };
	return null;
}

/** A doer's word, the same for every noun after it: લેનાર, કરનાર, જીતનાર. */
const DOER = /[\p{L}\p{M}]{2,}નાર$/u;

/** "Which person", with the name's ending: કઈ વ્યક્તિએ, કઈ વ્યક્તિની; undefined before a postposition. */
function whichPerson(ending: string, next: string): string | undefined {
	if (ending === '') return postpositionOf(next) === undefined ? AS_WHOM : undefined;
	if (ending === 'એ' || ending === 'ે') return `${AS_WHOM}એ`;
	return ending === 'ને' || GENITIVE.has(ending) ? `${AS_WHOM}${ending}` : undefined;
}

function askPlace(kind: PlaceKind | undefined, context: Context, named?: string): Ask | null {
	const { answer, ending, next, previous } = context;
	// a country's adjective asks for the country, by the noun after it: કયા દેશની સેનાએ
	if (COUNTRY_ADJECTIVES.has(answer)) {
		const counted = /\p{N}$/u.test(previous) || isNumberWord(previous);
		const say = ending === '' ? whichCountryOf(next, { beforePostposition: !!postpositionOf(context.then), counted }) : undefined;
		return say ? { say } : null;
	}
	if (DEMONYM.test(answer)) return null;
	// the capital is one: "જાપાનની રાજધાની ટોક્યો" asks no "which"
	if (previous.startsWith('રાજધાની')) return null;
	const site = askSite(context);
	if (site) return site;
	// a place that wins or is beaten in a match is its team: કઈ ટીમે મુંબઈને હરાવ્યું
	if (context.sporting && kind !== 'site' && (ending === 'એ' || ending === 'ે' || ending === 'ને')) {
		return { say: ending === 'ને' ? 'કઈ ટીમને' : 'કઈ ટીમે' };
	}
	const own = PLACE_NOUNS.find((n) => n.word === named) ?? (kind ? kindNoun(kind, answer) : undefined);
	// in apposition to a place noun, the noun is asked: બંદરીય શહેર ચેન્નઈના -> બંદરીય કયા શહેરના,
	// but not in "તેમનો દેશ જાપાનમાં", where the noun is the subject
	const before = PLACE_NOUNS.find((n) => n.word === previous || n.oblique === previous);
	if (before && !POSSESSIVES.has(context.earlier) && (ending !== '' || postpositionOf(next))) {
		return { say: `${which(before, true)} ${before.word}${ending}`, swallowPrevious: true };
	}
	if (ending === '') {
		// a place noun with its own ending is asked instead: ભરૂચ જિલ્લાની -> કયા જિલ્લાની
		const named = placeNoun(next);
		if (named?.oblique) return { say: `${which(named.noun, true)} ${next}`, swallow: true };
	}
	const n = own ?? KIND_NOUNS.site;
	// after a genitive (ટાપુના X ખાતે) the place is one of something: કયા સ્થળે, not ક્યાં
	const where = !isGenitive(previous) && previous !== 'એક';
	// the genitive agrees with the noun asked, masculine or neuter and oblique: વડોદરાની યુનિવર્સિટીમાં -> વડોદરાના કયા સ્થળમાં
	const one = previous === 'એક' ? { swallowPrevious: true } : where ? {} : { previousAs: previous.replace(GENITIVE_WORD, 'ના') };
	// the noun before an ending or a postposition is oblique: કયા જિલ્લામાં
	const asked = `${which(n, true)} ${n.oblique}`;
	if (ending === 'માં') return { say: own || !where ? `${asked}માં` : 'ક્યાં', ...one };
	if (ending === 'થી' || ending === 'માંથી') return { say: own || !where ? `${asked}${ending}` : 'ક્યાંથી', ...one };
	if (GENITIVE.has(ending) || ending === 'ને') return { say: `${asked}${ending}`, ...one };
	if (ending === 'એ' || ending === 'ે') return { say: withEnding(asked, 'એ'), ...one };
	if (ending === 'સુધી') return { say: `${asked} સુધી`, ...one };
	if (ending !== '') return null;
	// કયા સ્થળે reads as "at which place"; a noun in a vowel keeps ખાતે (કયા તાલુકા ખાતે), as કયા તાલુકાએ would not
	const at = /[\u0ABE-\u0ACC]$/.test(asked) ? { say: asked } : { say: withEnding(asked, 'એ'), swallow: true };
	if (next === 'ખાતે') return where ? { say: 'ક્યાં', swallow: true, ...one } : { ...at, ...one };
	if (postpositionOf(next)) return { say: asked, ...one };
	// a headline may put the verb first: વડાપ્રધાન પહોંચ્યા જાપાન
	if (MOTION.test(next) || MOTION.test(previous)) return { say: 'ક્યાં' };
	// a bare name is a subject or qualifies the next noun (યુએસ પ્રમુખ, ગોંડલ યાર્ડમાં): no telling
	return null;
}

/**
 * A site asked by the noun its name ends in, as the sentence writes it: સોલા સિવિલ હોસ્પિટલમાં -> કઈ
 * હોસ્પિટલમાં. Only before an ending or a postposition, where the noun is oblique; a genitive before
 * it agrees with the noun, not with the name (જૂનાગઢના ભવનાથ તળેટીમાં -> જૂનાગઢની કઈ તળેટીમાં).
 */
function askSite({ answer, ending, next, previous, earlier }: Context): Ask | null {
	const site = siteHead(answer);
	if (!site || (ending === '' && !postpositionOf(next))) return null;
	const feminine = site.gender === 'f';
	const word = `${feminine ? 'કઈ' : 'કયા'} ${site.head}`;
	// a title of the name left outside it goes with it: ગોપીપુરાના શ્રી X જિનાલયથી -> ગોપીપુરાના કયા જિનાલયથી
	const swallowPrevious = previous === 'એક' || SITE_TITLES.has(previous);
	const before = swallowPrevious ? earlier : previous;
	const genitive = isGenitive(before) ? { previousAs: before.replace(GENITIVE_WORD, feminine ? 'ની' : 'ના') } : {};
	const one = { swallowPrevious, ...genitive };
	return { say: ending === 'સુધી' ? `${word} સુધી` : withEnding(word, ending), ...one };
}

/** The place noun a word is (જિલ્લાની is જિલ્લો with an ending), if any. */
function placeNoun(word: string): { noun: Noun; oblique: boolean } | null {
	for (const n of PLACE_NOUNS) {
		for (const form of new Set([n.word, n.oblique])) {
			if (!word.startsWith(form)) continue;
			const ending = word.slice(form.length);
			if (ending !== '' && !ENDINGS.has(ending)) continue;
			return { noun: n, oblique: ending !== '' };
		}
	}
	return null;
}

/** A world war that dates an event: કયા યુદ્ધ પછી. */
function askEvent({ ending, next }: Context): Ask | null {
	if (ending === '') return { say: postpositionOf(next) ? 'કયા યુદ્ધ' : 'કયું યુદ્ધ' };
	if (GENITIVE.has(ending) || ending === 'માં' || ending === 'થી') return { say: `કયા યુદ્ધ${ending}` };
	return null;
}

/**
 * A date asked by a noun: `at` where the date says when (કઈ તારીખે, for ૧૫ ઓગસ્ટે, ૧૫ ઓગસ્ટના
 * રોજ, ૧૫ ઓગસ્ટ), `oblique` before another ending or a postposition (કઈ તારીખની, કઈ તારીખ સુધી).
 */
function byNoun({ ending, next }: Context, at: string, oblique: string, genitive = true): Ask | null {
	if (ending === 'ના' && (next === 'રોજ' || next === 'દિવસે')) return { say: at, swallow: true };
	if (ending === '' && postpositionOf(next)) return { say: oblique };
	if (LOCATIVE.has(ending)) return { say: at };
	if (ending === 'સુધી') return { say: `${oblique} સુધી` };
	if (!genitive && GENITIVE.has(ending)) return null;
	return { say: oblique + ending };
}

/** A year, or years, in the genitive before «વર્ષ» is asked as one year: ૨૦૨૫નું વર્ષ -> કયું વર્ષ, ૧૯૫૦-૫૧ના વર્ષમાં -> કયા વર્ષમાં. */
function yearBefore({ ending, next }: Context): Ask | null {
	if (!GENITIVE.has(ending) || !next.startsWith('વર્ષ')) return null;
	return { say: `${which(noun('વર્ષ', 'n'), next !== 'વર્ષ')} ${next}`, swallow: true };
}

/** The word «વર્ષ» or «સન» before a year goes into the question that names the year: વર્ષ ૨૦૨૧માં -> કયા વર્ષે. */
function yearNoun({ previous }: Context, ask: Ask | null): Ask | null {
	return ask && /^(?:વર્ષ|સન|સને)$/.test(previous) ? { ...ask, swallowPrevious: true } : ask;
}

/** A weekday written without an ending. */
const WEEKDAY_NAMES: ReadonlySet<string> = new Set(WEEKDAYS.flat());

/** A genitive before a part of the day agrees with સમય, asked for it: ૨૦૨૦ની રાત્રે -> ૨૦૨૦ના કયા સમયે. */
function sameGenitive({ previous }: Context, ask: Ask | null): Ask | null {
	if (!ask) return ask;
	if (isGenitive(previous)) return { ...ask, previousAs: previous.replace(GENITIVE_WORD, 'ના') };
	// a weekday alone before it takes the genitive: બુધવાર સાંજથી -> બુધવારના કયા સમયથી
	return WEEKDAY_NAMES.has(previous) ? { ...ask, previousAs: `${previous}ના` } : ask;
}

/** A date asked as "when" (એપ્રિલ 2019 માં -> ક્યારે, ડિસેમ્બર ૨૦૨૫ સુધીમાં -> ક્યાં સુધીમાં). */
function askWhen({ ending, next }: Context): Ask | null {
	if (ending === 'ના' && next === 'રોજ') return { say: 'ક્યારે', swallow: true };
	if (ending === '' && next.startsWith('સુધી')) return { say: `ક્યાં ${next}`, swallow: true };
	if (ending === '' && postpositionOf(next)) return null;
	if (LOCATIVE.has(ending)) return { say: 'ક્યારે' };
	if (ending === 'થી') return { say: 'ક્યારથી' };
	if (ending === 'સુધી') return { say: 'ક્યાં સુધી' };
	return null;
}

function askDate(context: Context): Ask | null {
	const { answer, ending, next } = context;
	switch (classifyDate(answer)) {
		case 'year':
			return yearBefore(context) ?? yearNoun(context, byNoun(context, 'કયા વર્ષે', 'કયા વર્ષ'));
		case 'year-range': {
			const asYear = yearBefore(context);
			if (asYear) return asYear;
			// નાણાકીય વર્ષ ૨૦૨૩-૨૪માં is one year of accounts: કયા નાણાકીય વર્ષમાં
			const accounts = context.previous === 'વર્ષ' && context.earlier === 'નાણાકીય';
			const ask = accounts ? byNoun(context, 'કયા નાણાકીય વર્ષમાં', 'કયા નાણાકીય વર્ષ') : null;
			if (ask) return { ...ask, swallowEarlier: true };
			if (context.previous === 'વર્ષ') return yearNoun(context, byNoun(context, 'કયા વર્ષમાં', 'કયા વર્ષ'));
			return byNoun(context, 'કયાં વર્ષોમાં', 'કયાં વર્ષો');
		}
		case 'decade':
			return byNoun(context, 'કયા દાયકામાં', 'કયા દાયકા');
		case 'month':
			// ઓક્ટોબરથી માર્ચ સુધી -> કયા મહિનાથી કયા મહિના સુધી; એપ્રિલથી ઓક્ટોબર દરમિયાન -> … કયા મહિના દરમિયાન
			if (isMonthRange(answer)) return askRange('કયા મહિનાથી કયા મહિના', 'કયા મહિનાથી કયા મહિના', context);
			if (/\d|[\u0AE6-\u0AEF]/.test(answer)) return askWhen(context);
			// કારતક મહિનામાં -> કયા મહિનામાં, ભાદરવો મહિનો -> કયો મહિનો
			if (ending === '' && /^(?:મહિન|માસ)/.test(next)) {
				return { say: `${next === 'મહિનો' || next === 'માસ' ? 'કયો' : 'કયા'} ${next}`, swallow: true };
			}
			return byNoun(context, 'કયા મહિને', 'કયા મહિના');
		case 'weekday':
			return byNoun(context, 'કયા વારે', 'કયા વાર');
		case 'day-month':
			return byNoun(context, 'કઈ તારીખે', 'કઈ તારીખ');
		case 'day-range':
			// ૧૯ ફેબ્રુઆરીથી ૯ માર્ચ સુધી is one span: કઈ તારીખથી કઈ તારીખ સુધી, not કઈ તારીખો સુધી
			if (ending === 'સુધી' || (ending === '' && next.startsWith('સુધી'))) {
				return askRange('કઈ તારીખથી કઈ તારીખ', 'કઈ તારીખો', context);
			}
			return byNoun(context, 'કઈ તારીખોએ', 'કઈ તારીખો');
		case 'tithi':
			return byNoun(context, 'કઈ તિથિએ', 'કઈ તિથિ');
		case 'duration': {
			const words = answer.split(' ');
			// a span in two units is asked as time: કેટલા સમયમાં, કેટલો સમય ચાલી
			if (spansTwoUnits(answer)) {
				// a time of a race, "૧૦ મિનિટ ૪.૬૦ સેકન્ડનો સમય", is asked as that time: કેટલો સમય, not કેટલા સમયનો સમય
				const howMuch = ending === 'નો' ? 'કેટલો' : 'કેટલા';
				if (GENITIVE.has(ending) && /^સમય/u.test(next)) return { say: `${howMuch} ${next}`, swallow: true };
				if (ending === '') return { say: postpositionOf(next) ? 'કેટલા સમય' : 'કેટલો સમય' };
				return { say: ending === 'સુધી' ? 'કેટલા સમય સુધી' : `કેટલા સમય${ending}` };
			}
			const unit = words[words.length - 1]!;
			const [count, plural] = HOW_MANY[unit] ?? ['કેટલા', unit];
			// before an ending the count is oblique: કેટલા વર્ષમાં, but કેટલી મિનિટમાં
			const oblique = count === 'કેટલી' ? count : 'કેટલા';
			if (ending === '') return { say: `${count} ${plural}` };
			return { say: ending === 'સુધી' ? `${count} ${plural} સુધી` : `${oblique} ${unit}${ending}` };
		}
		case 'clock-time': {
			// સવારે ૭:૩૦થી રાત્રે ૯:૦૦ સુધીનો -> કયા સમયથી કયા સમય સુધીનો; પાંચથી સાત વાગ્યા દરમિયાન -> કયા સમય દરમિયાન
			if (HOUR_RANGE.test(answer)) return askRange('કયા સમયથી કયા સમય', 'કયા સમય', context);
			const words = answer.split(' ');
			const clock = words[words.length - 1]!;
			// the part of the day before the hour stays: સવારે કેટલા વાગ્યે
			const first = words[0]!;
			const part = /^[\p{L}\p{M}]+(?:ે|ના)$/u.test(first) && !/^(?:સવા|સાડા|પોણા)/.test(first) ? `${first} ` : '';
			return { say: `${part}કેટલા ${clock}${ending === 'સુધી' ? ' સુધી' : ending}` };
		}
		case 'part-of-day':
			// "સવારે ૯:૩૦ વાગ્યે", "સાંજે સાડા સાત વાગ્યે" ask the hour, not the part of the day
			if (/^[\d\u0AE6-\u0AEF]/.test(next) || isNumberWord(next) || /^(?:સાડા|સવા|પોણા)$/.test(next)) return null;
			if (answer.endsWith('ે')) return ending === '' ? sameGenitive(context, { say: 'કયા સમયે' }) : null;
			return sameGenitive(context, byNoun(context, 'કયા સમયે', 'કયા સમય', false));
		default:
			return null;
	}
}
