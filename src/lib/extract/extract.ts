/**
 * Draft questions from an article: every date, person and place the rules and the gazetteer
 * find, each with its sentence and a fill-in-the-blank prompt for a teacher to edit.
 */
import type { Category, PlaceKind } from '../bank/schema';
import { normalizeForMatch } from '../text/normalize';
import { splitSentences } from '../text/sentences';
import { looseKey } from '../text/translit';
import { cloze } from './cloze';
import { COUNTRIES } from './countries';
import { findDates } from './dates';
import type { Gazetteer, Name } from './gazetteer';
import { indexNames, matchNames, type NameIndex } from './match';
import { findPeople } from './people';
import { findPlaces } from './places';
import type { Found, Rule, Sentence, Word } from './types';
import { splitterFor, stemsOf, wordsOf } from './words';

/** One proposed question. */
export type Proposal = {
	category: Category;
	/** The answer as written in the text, without its case ending: text.slice(start, end). */
	answer: string;
	/** For a place: country, city, region or site. */
	kind?: PlaceKind;
	/** The sentence with the answer blanked as "_____". */
	prompt: string;
	/** The sentence, exactly as in the text (trimmed). */
	quote: string;
	/** Offsets of the answer in the text. */
	start: number;
	end: number;
	/** The rule that found it, so a teacher can tell a listed name from a guess. */
	rule: Rule;
	/** Other spellings of the name, when a list knew it. */
	forms: readonly string[];
};

/** Which finds win where two overlap: lists first, then dates, then the guesses from context. */
const RANK: Record<Rule, number> = {
	gazetteer: 0,
	country: 1,
	date: 1,
	'time-of-day': 1,
	event: 1,
	title: 2,
	honorific: 2,
	'genitive-title': 2,
	'place-word': 2,
	document: 3,
	spelling: 4
};

/** Rules whose finds become names of the document, looked for again in every sentence. */
const CONTEXT_RULES = new Set<Rule>(['title', 'honorific', 'genitive-title', 'place-word']);

/** Shortest loose key a spelling variant is matched on: short names are too easily confused. */
const MIN_LOOSE_KEY = 4;

const countryIndex = indexNames(COUNTRIES);

/** Proposes questions on the dates, people and places in `text`, in text order. */
export function extract(text: string, gazetteer: Gazetteer): Proposal[] {
	const sentences = splitSentences(text).map((s) => ({ sentence: s, words: wordsOf(s.text, s.start) }));
	const known = indexNames(gazetteer.names);
	const isPlace = (stem: string) => placeIn(known, stem) || placeIn(countryIndex, stem);
	// how the text itself uses a stem decides between readings such as બાઇડ + ને and બાઇડન + ે
	const split = splitterFor(sentences.flatMap((s) => s.words.map((w) => w.text)));

	const found: Found[] = [];
	for (const { words } of sentences) {
		found.push(
			...matchNames(text, words, known, 'gazetteer'),
			...matchNames(text, words, countryIndex, 'country'),
			...findDates(text, words),
			...findPeople(text, words, { isPlace, split }),
			...findPlaces(text, words, split)
		);
	}
	// a name the context revealed once is the same name wherever else it stands
	const names = documentNames(text, found);
	const docIndex = indexNames(names);
	for (const { words } of sentences) {
		found.push(...matchNames(text, words, docIndex, 'document'), ...spellingVariants(text, words, names));
	}
	return proposals(text, settle(found), sentences.map((s) => s.sentence));
}

/** Whether a one-word name in the index is a place. */
function placeIn(index: NameIndex, stem: string): boolean {
	return (index.get(stem) ?? []).some((e) => e.words.length === 1 && e.name.category === 'place');
}

/** The names context rules found, with a person's first and last word as short forms of it. */
function documentNames(text: string, found: readonly Found[]): Name[] {
	const names: Name[] = [];
	for (const f of found) {
		if (!CONTEXT_RULES.has(f.rule) || f.category === 'date') continue;
		const answer = text.slice(f.start, f.end);
		const parts = answer.split(' ');
		const short = f.category === 'person' && parts.length > 1 ? [parts[0]!, parts[parts.length - 1]!] : [];
		const forms = [answer, ...short];
		names.push({ category: f.category, answer, forms, ...(f.kind ? { kind: f.kind } : {}) });
	}
	return names;
}

/** Words spelled differently from a one-word document name but read the same (લુકાશેન્કો, લુકાશેંકો). */
function spellingVariants(text: string, words: readonly Word[], names: readonly Name[]): Found[] {
	const byKey = new Map<string, Name>();
	for (const name of names) {
		for (const form of name.forms) {
			const key = looseKey(form);
			if (!form.includes(' ') && key.length >= MIN_LOOSE_KEY && !byKey.has(key)) byKey.set(key, name);
		}
	}
	if (byKey.size === 0) return [];
	return words.flatMap((word): Found[] => {
		// every way of taking an ending off: ક્લિન્ટને is ક્લિન્ટન + ે, not ક્લિન્ટ + ને
		for (const stem of stemsOf(word.text)) {
			const name = byKey.get(looseKey(stem));
			if (!name) continue;
			const end = word.start + stem.length;
			const hit: Found = { category: name.category, start: word.start, end, rule: 'spelling' };
			return [name.kind ? { ...hit, kind: name.kind } : hit];
		}
		return [];
	});
}

/** Keeps the best of overlapping finds: the better rule, then the longer span. */
function settle(found: readonly Found[]): Found[] {
	const ranked = [...found].sort(
		(a, b) => RANK[a.rule] - RANK[b.rule] || b.end - b.start - (a.end - a.start) || a.start - b.start
	);
	const kept: Found[] = [];
	for (const f of ranked) {
		if (f.end > f.start && !kept.some((k) => f.start < k.end && f.end > k.start)) kept.push(f);
	}
	return kept.sort((a, b) => a.start - b.start);
}

/** One proposal per category, answer and sentence, with its prompt. */
function proposals(text: string, found: readonly Found[], sentences: readonly Sentence[]): Proposal[] {
	const seen = new Set<string>();
	const out: Proposal[] = [];
	for (const f of found) {
		const sentence = sentences.find((s) => f.start >= s.start && f.end <= s.end);
		if (!sentence) continue;
		const answer = text.slice(f.start, f.end);
		const key = `${f.category}|${normalizeForMatch(answer)}|${sentence.start}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const proposal: Proposal = {
			category: f.category,
			answer,
			prompt: cloze(sentence, f.start, f.end),
			quote: sentence.text,
			start: f.start,
			end: f.end,
			rule: f.rule,
			forms: f.forms ?? []
		};
		out.push(f.kind ? { ...proposal, kind: f.kind } : proposal);
	}
	return out;
}
