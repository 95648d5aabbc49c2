/**
 * Finding known names in the words of a text: a name matches whole words, and its last word may
 * carry a case ending (ભારતથી, મીરા દેસાઈને). The longest name at a place wins.
 */
import type { Name } from './gazetteer';
import type { Found, Rule, Word } from './types';
import { isEndingOrNothing, spaced, stemsOf } from './words';

type Entry = { words: readonly string[]; name: Name };

/** Names by the first word of each Gujarati form, ready for matching. */
export type NameIndex = ReadonlyMap<string, readonly Entry[]>;

const GUJARATI = /[\u0A80-\u0AFF]/;

/**
 * Indexes the Gujarati forms of names; Latin forms are for typed answers, not for finding.
 * A form listed by two names goes to the first, so earlier lists take precedence.
 */
export function indexNames(names: readonly Name[]): NameIndex {
	const index = new Map<string, Entry[]>();
	const seen = new Set<string>();
	for (const name of names) {
		for (const form of name.forms) {
			// split on spaces only: a form's dots stay, so યુ.કે. matches યુ.કે.ની
			const words = form.normalize('NFC').trim().split(/\s+/);
			const key = words.join(' ');
			if (words.length === 0 || !GUJARATI.test(key) || seen.has(key)) continue;
			seen.add(key);
			const list = index.get(keyOf(words[0]!)) ?? [];
			list.push({ words, name });
			index.set(keyOf(words[0]!), list);
		}
	}
	return index;
}

/** A word as the index keys it: a last dot is left out, since a word found in text never ends in one. */
const keyOf = (word: string) => word.replace(/\.$/, '');

/** Whether the words `from`..`from + count - 1` are separated by spaces only. */
function together(text: string, words: readonly Word[], from: number, count: number): boolean {
	for (let k = from + 1; k < from + count; k++) if (!spaced(text, words[k - 1], words[k])) return false;
	return true;
}

/** The entry matching at word `i` with the most words, and where its base form ends. */
function longestAt(text: string, words: readonly Word[], i: number, index: NameIndex) {
	let best: { entry: Entry; end: number } | null = null;
	for (const key of stemsOf(words[i]!.text)) {
		for (const entry of index.get(keyOf(key)) ?? []) {
			const n = entry.words.length;
			if (i + n > words.length || (best && best.entry.words.length >= n)) continue;
			const last = words[i + n - 1]!;
			const lastForm = entry.words[n - 1]!;
			const inner = entry.words.slice(0, -1).every((w, k) => words[i + k]!.text === w);
			// an abbreviation's last dot stands outside the word before a space: "યુ.કે. કહે"
			const bare = lastForm.endsWith('.') && last.text === lastForm.slice(0, -1) && text[last.end] === '.';
			const fits = bare || (last.text.startsWith(lastForm) && isEndingOrNothing(last.text.slice(lastForm.length)));
			const end = last.start + lastForm.length;
			if (inner && fits && together(text, words, i, n)) best = { entry, end };
		}
	}
	return best;
}

/** Every match of the indexed names in the words, none overlapping, tagged with `rule`. */
export function matchNames(text: string, words: readonly Word[], index: NameIndex, rule: Rule): Found[] {
	const found: Found[] = [];
	for (let i = 0; i < words.length; i++) {
		const best = longestAt(text, words, i, index);
		if (!best) continue;
		const { name, words: formWords } = best.entry;
		const hit: Found = { category: name.category, start: words[i]!.start, end: best.end, rule, forms: name.forms };
		found.push(name.kind ? { ...hit, kind: name.kind } : hit);
		i += formWords.length - 1;
	}
	return found;
}
