/**
 * Draft questions from an article: every date, person and place the rules and the gazetteer
 * find, each with its sentence and a fill-in-the-blank prompt for a teacher to edit.
 */
import type { Category, PlaceKind } from '../bank/schema';
import { classifyDate, forgetDateKinds, isDayOfNoMonth, type DateKind } from '../quiz/date-kinds';
import { normalizeForMatch } from '../text/normalize';
import { storySentences } from './dateline';
import { datelineFinds } from './dateline-facts';
import { findDates, forgetDateWords, isNumberWord } from './dates';
import { ergativeNe } from './ergative';
import { EVERYDAY_GIVEN_NAMES } from './given-names';
import { COUNT_WORDS } from './stopwords';
import { EVERYDAY_SURNAMES } from './surnames';
import type { Gazetteer, Name } from './gazetteer';
import { personForms } from './honorifics';
import { readable } from './invisible';
import { beginsBodyName, endsInstituteName, findKnownPlaces, isKnownPlace, placeIndex, WordKeys } from './known-places';
import { listedPlaces, pairedPlaces } from './listed-places';
import { CITY_SITES } from './names';
import { indexNames, matchNames, type NameIndex } from './match';
import { namesOrganisation } from './organisations';
import { findPeople } from './people';
import { findPlaces } from './places';
import { isAge } from './ages';
import { COUNTRY_ADJECTIVES } from './countries';
import { pointsBackAlone, pronounUnnamed, withContext } from './context';
import { namedNoun } from './named-noun';
import { clozeFor, promptFor } from './prompt';
import { LONG_PROMPT, quotedPart } from './quoted';
import { quotedSchemeNames } from './scheme-names';
import type { Found, Rule, Sentence, Word } from './types';
import { forgetWords, splitterFor, stemsOf, wordsOf } from './words';

/** One proposed question. */
export type Proposal = {
	category: Category;
	/**
	 * The answer as written in the text, without its case ending: text.slice(start, end) less any
	 * invisible character, and for a person less the -જી of respect (the written name is then among `forms`).
	 */
	answer: string;
	/** For a place: country, city, region or site. */
	kind?: PlaceKind;
	/** The sentence asked as a question on the answer, or with the answer blanked as "_____" (see prompt.ts). */
	prompt: string;
	/** The sentence, exactly as in the text (trimmed). */
	quote: string;
	/** Offsets of the answer in the text. */
	start: number;
	end: number;
	/** The rule that found it, so a teacher can tell a listed name from a guess. */
	rule: Rule;
	/** Other ways to write the answer: a list's spellings, a person's name as written or without -ભાઈ, -બેન. */
	forms: readonly string[];
	/** Why the proposal is offered unticked, if it is: see Unticked. */
	unticked?: Unticked;
};

/**
 * Why a proposal is offered unticked, the teacher ticking it to keep it:
 * - `repeat`: an earlier proposal of the article asks the same answer, or a fuller name holds it;
 * - `listed`: the third item of a list in one sentence and after (રાજકોટ, જામનગર, પોરબંદર);
 * - `monthless`: a dateline's day of no month (તા. ૧૬), which no one can tell from the story;
 * - `vague`: a part of the day (સવારે) or a span of time (૩૬ કલાક), no date to remember;
 * - `points-back`: a prompt that still points back to someone or something it does not name (તેમનાં પત્ની), or
 *   has a person's pronoun no sentence before names (૧૯૬૫માં તેમણે);
 * - `long`: a prompt longer than LONG_PROMPT characters, to be shortened if kept;
 * - `same-day`: a weekday written before its date (રવિવાર, ૧૫ નવેમ્બર), whose question asks that day.
 */
export type Unticked = 'repeat' | 'listed' | 'monthless' | 'vague' | 'points-back' | 'long' | 'same-day';

/** Which finds win where two overlap: lists first, then dates, then the guesses from context. */
const RANK: Record<Rule, number> = {
	gazetteer: 0,
	'place-list': 1,
	date: 1,
	'time-of-day': 1,
	event: 1,
	title: 2,
	honorific: 2,
	'common-name': 2,
	'genitive-title': 2,
	'place-word': 2,
	document: 3,
	spelling: 4,
	dateline: 1
};

/** Rules whose finds become names of the document, looked for again in every sentence. */
const CONTEXT_RULES = new Set<Rule>(['title', 'honorific', 'common-name', 'genitive-title', 'place-word', 'dateline']);

/** Shortest loose key a spelling variant is matched on: short names are too easily confused. */
const MIN_LOOSE_KEY = 5;

/**
 * Proposes questions on the dates, people and places in `raw`, in text order. The rules read it
 * without invisible characters; offsets and quotes are the given text's, answers and prompts the clean ones.
 */
export function extract(raw: string, gazetteer: Gazetteer): Proposal[] {
	const clean = readable(raw);
	const found = extractFrom(clean.text, gazetteer);
	if (clean.text === raw) return found;
	return found.map((p) => {
		const at = clean.text.lastIndexOf(p.quote, p.start);
		const quote = at < 0 ? p.quote : raw.slice(clean.start(at), clean.end(at + p.quote.length));
		return { ...p, quote, start: clean.start(p.start), end: clean.end(p.end) };
	});
}

/** The proposals for a text with no invisible characters: offsets and quotes are its own. */
function extractFrom(text: string, gazetteer: Gazetteer): Proposal[] {
	forgetWords();
	forgetDateKinds();
	forgetDateWords();
	const story = storySentences(text);
	const sentences = story.map((s) => ({ sentence: s, words: wordsOf(s.text, s.start) }));
	const known = indexNames(gazetteer.names);
	const places = placeIndex();
	const keys = new WordKeys();
	const isPlace = (stem: string) => placeIn(known, stem) || isKnownPlace(stem, places, keys);
	// how the text itself uses a stem decides between readings such as બાઇડ + ને and બાઇડન + ે
	const split = splitterFor(sentences.flatMap((s) => s.words.map((w) => w.text)));

	const found: Found[] = [];
	for (const { words } of sentences) {
		const here = [
			...placesApart(text, matchNames(text, words, known, 'gazetteer')),
			...findKnownPlaces(text, words, split, places, keys),
			...findDates(text, words),
			...placesApart(text, findPeople(text, words, { isPlace, split })),
			...placesApart(text, findPlaces(text, words, split))
		];
		const knownIn = (parts: readonly Word[]) => findKnownPlaces(text, parts, split, places, keys);
		const sited = fromKnownPlace(text, here);
		found.push(...sited, ...listedPlaces(text, words, sited, split), ...pairedPlaces(words, sited, knownIn, split));
	}
	// the dateline's place and day, asked of the story's lead; its place is a name of the document
	const datelines = datelineFinds(text, story, (words) => findKnownPlaces(text, words, split, places, keys)[0]);
	found.push(...datelines.filter((d) => d.found.category === 'place').map((d) => d.found));
	// a name the context revealed once is the same name wherever else it stands
	const names = documentNames(text, found);
	const docIndex = indexNames(names);
	// the name keys the place look-ups already worked out, per word of the text
	const keyOf = keys.name;
	const byKey = variantKeys(names, keyOf);
	for (const { words } of sentences) {
		const again = [...matchNames(text, words, docIndex, 'document'), ...spellingVariants(text, words, byKey, keyOf)];
		found.push(...placesApart(text, again.filter((f) => !countedWord(text, f))));
	}
	const fromDatelines = datelines.map((d) => proposalOf(text, d.found, d.prompt, d.quote));
	// 'ગ્રીન ગુજરાત મિશન' names a mission: its place is no question of its own
	const schemes = quotedSchemeNames(text);
	const inScheme = (f: Found) => f.category === 'place' && schemes.some((q) => f.start >= q.start && f.end <= q.end);
	// someone's age is no date: ૩૪ વર્ષના અસલમ
	const people = found.filter((f) => f.category === 'person').map((f) => f.start);
	const asked = found.filter((f) => !inScheme(f) && !(f.category === 'date' && isAge(text, f.start, f.end, people)));
	const all = [...fromDatelines, ...proposals(text, settle(text, asked), story)].sort((a, b) => a.start - b.start);
	return markOffered(markSameDay(text, markListed(text, markRepeats(all))));
}

/** The weekday of each date proposal set just before it (રવિવાર, ૧૫ નવેમ્બર) marked `same-day`: the date's question asks that day. */
function markSameDay(text: string, proposals: readonly Proposal[]): Proposal[] {
	const dates = proposals.filter((p) => p.category === 'date');
	const beside = (p: Proposal) => dates.some((d) => d !== p && /^, *$/u.test(text.slice(p.end, d.start)));
	return proposals.map((p) =>
		!p.unticked && p.category === 'date' && classifyDate(p.answer) === 'weekday' && beside(p) ? { ...p, unticked: 'same-day' } : p
	);
}

/** Counts a word that is also a surname may stand after: ૧૪ લાખ જેટલી, સો જેટલી. */
const COUNTS: ReadonlySet<string> = new Set([...COUNT_WORDS, 'સો']);

/**
 * Whether a person found again by a surname that is also a common word stands counted, as the
 * word: ૧૪ લાખ જેટલી અરજીઓ ("as many as"), in an article that names અરુણ જેટલી.
 */
function countedWord(text: string, f: Found): boolean {
	if (f.category !== 'person' || !EVERYDAY_SURNAMES.has(text.slice(f.start, f.end))) return false;
	const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, f.start - 40), f.start))?.[1] ?? '';
	return COUNTS.has(before) || isNumberWord(before);
}

/** A first name as a key, without the -ભાઈ or -બેન it is called by: કૃણાલભાઈ and કૃણાલ are one. */
const givenName = (word: string) => normalizeForMatch(word).replace(/(?:ભાઈ|ભાઇ|બેન|બહેન)$/u, '');

/**
 * The proposals marked `repeat` on each that asks an answer an earlier one asked (ભારત again,
 * the headline's place in the story), and on a person's name that a fuller one of the article holds
 * (the headline's મોદી beside નરેન્દ્ર મોદી, કૃણાલભાઈ beside કૃણાલ હસમુખભાઈ વ્યાસ): the full name
 * is the one to ask, and is accepted for the name alone.
 */
function markRepeats(proposals: readonly Proposal[]): Proposal[] {
	const fullNames = proposals.filter((p) => p.category === 'person' && p.answer.includes(' '));
	// each word of a full name, with the full names it is part of: દેસાઈ -> હસમુખભાઈ દેસાઈ
	const fullOf = new Map<string, string[]>();
	// each full name's first name without -ભાઈ or -બેન: કૃણાલ -> કૃણાલ હસમુખભાઈ વ્યાસ, for કૃણાલભાઈ alone
	const givenOf = new Map<string, string[]>();
	const add = (map: Map<string, string[]>, key: string, answer: string) => {
		const names = map.get(key) ?? [];
		if (!names.includes(answer)) map.set(key, [...names, answer]);
	};
	for (const { answer } of fullNames) {
		const words = answer.split(' ');
		for (const word of words) add(fullOf, normalizeForMatch(word), answer);
		add(givenOf, givenName(words[0]!), answer);
	}
	const asked = new Set<string>();
	return proposals.map((p): Proposal => {
		const key = `${p.category}|${normalizeForMatch(p.answer)}`;
		const alone = p.category === 'person' && !p.answer.includes(' ');
		const full = alone ? (fullOf.get(normalizeForMatch(p.answer)) ?? givenOf.get(givenName(p.answer))) : undefined;
		const repeat = asked.has(key) || full !== undefined;
		asked.add(key);
		if (!repeat) return p;
		// the full name typed for the surname alone is right too
		const forms = full ? [...p.forms, ...full.filter((name) => !p.forms.includes(name))] : p.forms;
		return { ...p, forms, unticked: 'repeat' };
	});
}

/** Kinds of date that are no date to remember: a part of the day (સવારે, મોડી રાત), a span of time (૩૬ કલાક). */
const VAGUE_KINDS: ReadonlySet<DateKind> = new Set(['part-of-day', 'duration']);

/** Whether a proposal is a dateline's day of no month or year: «તા. ૧૬». */
const monthless = ({ rule, category, answer }: Proposal) =>
	rule === 'dateline' && category === 'date' && classifyDate(answer) === 'day-month' && isDayOfNoMonth(answer);

/**
 * The proposals not offered unticked already marked `monthless` on a dateline's day of no month,
 * `vague` on a part of the day or a span of time, `points-back` on a prompt that needs the text
 * before it, and `long` on a prompt a phone cannot show at a glance.
 */
function markOffered(proposals: readonly Proposal[]): Proposal[] {
	return proposals.map((p): Proposal => {
		if (p.unticked) return p;
		if (monthless(p)) return { ...p, unticked: 'monthless' };
		// a race's time (૧ મિનિટ ૫૮.૪૨ સેકન્ડ) is a span too: no date, though the teacher may keep it
		const vague = p.category === 'date' && VAGUE_KINDS.has(classifyDate(p.answer));
		if (vague) return { ...p, unticked: 'vague' };
		if (pointsBackAlone(p.prompt)) return { ...p, unticked: 'points-back' };
		return p.prompt.length > LONG_PROMPT ? { ...p, unticked: 'long' } : p;
	});
}

/** What joins the items of a list: a comma, અને or તથા, or both. */
const LIST_JOIN = /^(?:, *| +(?:અને|તથા|કે|અથવા) +|, *(?:અને|તથા) +)$/u;

/** How many items of a list in one sentence are offered ticked: more ask the same sentence again and again. */
const TICKED_ITEMS = 2;

/**
 * The proposals marked `listed` on each item of a list after the first TICKED_ITEMS (સોમવાર અને
 * મંગળવારે રાજકોટ, જામનગર, પોરબંદર …): every item makes the same sentence a question again.
 */
function markListed(text: string, proposals: readonly Proposal[]): Proposal[] {
	let run = 0;
	return proposals.map((p, i): Proposal => {
		const before = proposals[i - 1];
		const joined = before?.category === p.category && before.quote === p.quote && LIST_JOIN.test(text.slice(before.end, p.start));
		run = joined ? run + 1 : 0;
		return run >= TICKED_ITEMS && !p.unticked ? { ...p, unticked: 'listed' } : p;
	});
}

/**
 * Sites named after the town they serve, whose name the words before the town are no part of
 * (ટ્રેન | અમદાવાદ સ્ટેશન): a town's sites, but for universities and museums named after people.
 */
const TOWN_SITES = new Set([...CITY_SITES].filter((noun) => noun !== 'યુનિવર્સિટી' && noun !== 'મ્યુઝિયમ'));

/** Each station, airport, port or stadium begun at the known town inside it, if one is: not "વિમાન દિલ્હી એરપોર્ટ". */
function fromKnownPlace(text: string, found: readonly Found[]): Found[] {
	const known = found.filter((f) => f.category === 'place' && (f.rule === 'place-list' || f.rule === 'gazetteer'));
	return found.map((f) => {
		const noun = text.slice(f.start, f.end).split(' ').pop()!;
		if (f.rule !== 'place-word' || f.kind !== 'site' || !TOWN_SITES.has(noun)) return f;
		const town = known.find((k) => k.start > f.start && k.end < f.end);
		return town ? { ...f, start: town.start } : f;
	});
}

/**
 * The finds without a place that begins a body's name there (પશ્ચિમ રેલવે, ગુજરાત હાઈકોર્ટ) or ends an institute's (આઈઆઈએમ અમદાવાદ),
 * nor a surname alone that begins a company's (અદાણી ગ્રૂપ).
 */
function placesApart(text: string, found: readonly Found[]): Found[] {
	return found.filter((f) => {
		if (f.category === 'place') return !beginsBodyName(text, f.end) && !endsInstituteName(text, f.start);
		const surname = f.category === 'person' && !text.slice(f.start, f.end).includes(' ');
		return !surname || !namesOrganisation(text, f.end);
	});
}

/** Whether a one-word name in the index is a place. */
function placeIn(index: NameIndex, stem: string): boolean {
	return (index.get(stem) ?? []).some((e) => e.words.length === 1 && e.name.category === 'place');
}

/** The names context rules found, with a person's first and last word as short forms of it. */
function documentNames(text: string, found: readonly Found[]): Name[] {
	const names: Name[] = [];
	// the people of several words, each once however its honorifics are written
	const people = found
		.filter((f) => f.category === 'person' && CONTEXT_RULES.has(f.rule))
		.map((f) => text.slice(f.start, f.end).split(' '))
		.filter((words) => words.length > 1);
	const owners = (part: string) =>
		new Set(people.filter((w) => w.includes(part)).map((w) => w.join(' ').replace(/(?:ભાઈ|બેન|બહેન)(?= |$)/g, '')));
	for (const f of found) {
		if (!CONTEXT_RULES.has(f.rule) || f.category === 'date') continue;
		const answer = text.slice(f.start, f.end);
		const parts = answer.split(' ');
		// initials are no short form: સી. of સી. આર. પાટીલ
		const ends = f.category === 'person' && parts.length > 1 ? [parts[0]!, parts[parts.length - 1]!] : [];
		// nor is a name two people share (પટેલ of ભૂપેન્દ્ર પટેલ and ઋષિકેશ પટેલ), nor a first name that is a word (વિજય સરઘસ)
		const short = ends.filter((part) => !part.endsWith('.') && owners(part).size < 2 && !EVERYDAY_GIVEN_NAMES.has(part));
		const forms = [answer, ...short];
		names.push({ category: f.category, answer, forms, ...(f.kind ? { kind: f.kind } : {}) });
	}
	return names;
}

/** The one-word document names by their loose key, the first name with a key keeping it. */
function variantKeys(names: readonly Name[], keyOf: (word: string) => string): Map<string, Name> {
	const byKey = new Map<string, Name>();
	for (const name of names) {
		for (const form of name.forms) {
			const key = keyOf(form);
			if (!form.includes(' ') && key.length >= MIN_LOOSE_KEY && !byKey.has(key)) byKey.set(key, name);
		}
	}
	return byKey;
}

/**
 * Words spelled differently from a one-word document name but read the same (લુકાશેન્કો,
 * લુકાશેંકો); `keyOf` gives a word's looseKey, worked out once per word of the text.
 */
function spellingVariants(
	text: string,
	words: readonly Word[],
	byKey: ReadonlyMap<string, Name>,
	keyOf: (word: string) => string
): Found[] {
	if (byKey.size === 0) return [];
	return words.flatMap((word): Found[] => {
		// a word that reads as a common noun is none: મેદાને is મેદાન + ે, not મેડા
		if (stemsOf(word.text).some((stem) => COMMON_NOUNS.has(stem))) return [];
		// every way of taking an ending off: ક્લિન્ટને is ક્લિન્ટન + ે, not ક્લિન્ટ + ને
		for (const stem of stemsOf(word.text)) {
			const name = byKey.get(keyOf(stem));
			if (!name) continue;
			const end = word.start + stem.length;
			const hit: Found = { category: name.category, start: word.start, end, rule: 'spelling' };
			return [name.kind ? { ...hit, kind: name.kind } : hit];
		}
		return [];
	});
}

/** Common nouns a spelling of a name could be read into: મેદાને (on the ground) is not મેડા. */
const COMMON_NOUNS = new Set(['મેદાન', 'બજાર', 'ગામ', 'શહેર', 'રસ્તો', 'રસ્તા', 'મકાન', 'દુકાન']);

/** Nouns of a gate or a junction, named after the place the road leads to: ખંભાળિયા ગેટ, ઘોઘા સર્કલ. */
const WAY_SITES = /(?:ગેટ|ચોકડી|સર્કલ|ચોક|દરવાજા|દરવાજો)$/;

/**
 * Keeps the best of overlapping finds: the better rule, then the longer span. A site whose name
 * has more than a known place and its noun is the site (ગોંડલ માર્કેટિંગ યાર્ડ, not ગોંડલ), and so
 * is a gate or a junction (ખંભાળિયા ગેટ); "અમરેલી યાર્ડ" stays the place.
 */
function settle(text: string, found: readonly Found[]): Found[] {
	const sites = found.filter((f) => f.rule === 'place-word' && f.kind === 'site');
	const wordCount = (f: Found) => text.slice(f.start, f.end).split(' ').length;
	const outgrows = (s: Found, f: Found) => wordCount(s) - wordCount(f) > 1 || WAY_SITES.test(text.slice(s.start, s.end));
	const inSite = (f: Found) => f.rule === 'place-list' && sites.some((s) => s.start <= f.start && s.end >= f.end && outgrows(s, f));
	// a name that ends in a site's noun is the site's, not a person's: સ્વામી વિવેકાનંદ ઓડિટોરિયમ પાસે
	const endsSite = (f: Found) => f.category === 'person' && sites.some((s) => s.end === f.end);
	const ranked = found.filter((f) => !inSite(f) && !endsSite(f)).sort(
		(a, b) => RANK[a.rule] - RANK[b.rule] || b.end - b.start - (a.end - a.start) || a.start - b.start
	);
	const kept: Found[] = [];
	// which characters a kept find covers: a long article has thousands of finds to compare
	const taken = new Uint8Array(text.length);
	for (const f of ranked) {
		if (f.end <= f.start || taken.subarray(f.start, f.end).includes(1)) continue;
		kept.push(f);
		taken.fill(1, f.start, f.end);
	}
	return kept.sort((a, b) => a.start - b.start);
}

/** One proposal per category, answer and sentence, with its prompt. */
function proposals(text: string, found: readonly Found[], sentences: readonly Sentence[]): Proposal[] {
	const seen = new Set<string>();
	const out: Proposal[] = [];
	const nouns = new Map<string, string | undefined>();
	const nounOf = (answer: string, kind: Found['kind']) => {
		const key = `${kind}|${answer}`;
		if (!nouns.has(key)) nouns.set(key, namedNoun(text, answer, kind));
		return nouns.get(key);
	};
	// the people found, by sentence: who a pronoun may mean
	const people = sentences.map((s) => found.filter((f) => f.category === 'person' && f.start >= s.start && f.end <= s.end));
	for (const f of found) {
		const at = sentences.findIndex((s) => f.start >= s.start && f.end <= s.end);
		const sentence = sentences[at];
		if (!sentence) continue;
		const answer = text.slice(f.start, f.end);
		const key = `${f.category}|${normalizeForMatch(answer)}|${sentence.start}`;
		if (seen.has(key) || partOfFullName(text, f, found, sentence)) continue;
		seen.add(key);
		const asked = f.category === 'place' ? { ...f, named: nounOf(answer, f.kind) } : f;
		const firstNamed = people[at]![0];
		const quoted = quotedPart(sentence, f.start, f.end);
		// inside the quotation, the blank: a question word there would have the speaker ask it
		const asks = quoted ? `${quoted.lead}${clozeFor(quoted.inner, asked)}${quoted.close}` : promptFor(sentence, asked);
		const before = sentences[at - 1];
		const setting = { text, before, sentence, answer, firstPerson: firstNamed?.start, named: namedBefore(text, people, sentences, at) };
		const prompt = withContext(asks, setting);
		// a person's pronoun no sentence before could name: the prompt cannot say who is meant
		const unnamed = prompt === asks && pronounUnnamed(setting);
		const proposal: Proposal = { ...proposalOf(text, f, prompt, sentence.text), ...(unnamed && { unticked: 'points-back' as const }) };
		// નારાયણને as the subject is નારાયણ + ને or નારાયણન + ે: both are accepted
		const ergative = f.category === 'person' && ergativeNe(sentence.text, f.start - sentence.start, f.end - sentence.start);
		out.push(ergative ? { ...proposal, forms: [...proposal.forms, `${proposal.answer}ન`] } : proposal);
	}
	return out;
}

/** A sentence in which someone speaks. */
const SPEAKS = /જણાવ્યું|જણાવ્યા|કહ્યું|ઉમેર્યું|["“”]/u;

/** How many sentences back, in the paragraph, the person a pronoun means is looked for. */
const NAMED_BACK = 2;

/**
 * The one person named in the sentences just before sentence `at` in its paragraph (the nearest
 * that names anyone), speaking there, whom "તેમણે ઉમેર્યું" points back to; undefined when none or several are.
 */
function namedBefore(text: string, people: readonly (readonly Found[])[], sentences: readonly Sentence[], at: number): string | undefined {
	for (let k = at - 1; k >= 0 && at - k <= NAMED_BACK; k--) {
		const { start, end } = sentences[k]!;
		if (text.slice(end, sentences[k + 1]!.start).includes('\n')) return undefined;
		const names = people[k]!.map((f) => text.slice(f.start, f.end));
		const one = new Set(names.filter((n) => !names.some((m) => m !== n && m.includes(n))));
		if (one.size > 1) return undefined;
		// the person must speak there: જણાવ્યું, કહ્યું, or a quotation
		if (one.size === 1) return SPEAKS.test(text.slice(start, end)) ? [...one][0] : undefined;
	}
	return undefined;
}

/** Whether a person's one-word name stands in the sentence as part of a fuller name of theirs: કાપડિયા beside સુનીલ કાપડિયા. */
function partOfFullName(text: string, f: Found, found: readonly Found[], sentence: Sentence): boolean {
	const answer = text.slice(f.start, f.end);
	if (f.category !== 'person' || answer.includes(' ')) return false;
	return found.some((g) => {
		const words = text.slice(g.start, g.end).split(' ');
		const here = g.start >= sentence.start && g.end <= sentence.end;
		return g.category === 'person' && here && words.length > 1 && words.includes(answer);
	});
}

function proposalOf(text: string, f: Found, prompt: string, quote: string): Proposal {
	const written = text.slice(f.start, f.end);
	// a person is asked without the -જી of respect (મોદી), and accepted without -ભાઈ or -બેન (મીના દેસાઈ)
	// a country's adjective is answered by the country (કયા દેશની સેનાએ, _____ લક્ષ્યો for યુક્રેનિયન), the adjective accepted
	const country = f.category === 'place' && COUNTRY_ADJECTIVES.has(written) ? f.forms?.[0] : undefined;
	const { answer, forms } = f.category === 'person' ? personForms(written) : { answer: country ?? written, forms: [] };
	const proposal: Proposal = {
		category: f.category,
		answer,
		prompt,
		quote,
		start: f.start,
		end: f.end,
		rule: f.rule,
		forms: [...forms, ...(f.forms ?? [])]
	};
	return f.kind ? { ...proposal, kind: f.kind } : proposal;
}
