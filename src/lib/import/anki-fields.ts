/**
 * What an Anki note's fields hold besides text: HTML, media references and cloze deletions, and
 * the deck a note lies in. Read as Anki's importer and its card templates read them.
 */
import { BLANK } from '../bank/blank';
import { stripHtml } from './shared';

/** A tag or an HTML comment: Anki takes a file as HTML when a field has one and `#html:` says nothing. */
const HTML_TAG = /<!--|<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;

/** Whether a field looks like HTML. */
export const looksLikeHtml = (field: string): boolean => HTML_TAG.test(field);

/** An image: `<img src="file.jpg">`, the file name in either quote or none. */
const IMAGE = /<img\b[^<>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^<>]*>/gi;

/** A sound or video, as Anki writes it in any field: `[sound:file.mp3]`. */
// '[' ends a name too, so a run of unclosed `[sound:` is read once, not once per opening
const SOUND = /\[sound:([^\][]+)\]/g;

/** A field as plain text, and the media it named, which Kasoti leaves out. */
export type FieldText = { text: string; images: string[]; sounds: string[] };

/** A field as plain text: media references taken out (and named), HTML made text when the file is HTML. */
export function fieldText(field: string, html: boolean): FieldText {
	const images: string[] = [];
	const sounds: string[] = [];
	let text = field.replace(SOUND, (_, name: string) => {
		sounds.push(name.trim());
		return '';
	});
	if (html) {
		text = text.replace(IMAGE, (_, a?: string, b?: string, c?: string) => {
			images.push((a ?? b ?? c ?? '').trim());
			return '';
		});
		text = stripHtml(text);
	}
	return { text, images, sounds };
}

/** Whether a field has a cloze deletion: `{{c1::text}}` or `{{c1::text::hint}}`. */
export const hasCloze = (field: string): boolean => /\{\{c\d+::/.test(field);

/** One piece of a cloze field: text as it is, or a deletion with its number and hint. */
type ClozePart = string | { n: string; text: string; hint: string };

/**
 * A cloze field cut into text and deletions, scanning once: each `{{cN::` is closed by the next
 * `}}`, so a field of unclosed deletions costs no more than its length.
 */
function clozeParts(field: string): ClozePart[] {
	const parts: ClozePart[] = [];
	const open = /\{\{c(\d+)::/g;
	let at = 0;
	for (let m = open.exec(field); m; m = open.exec(field)) {
		const close = field.indexOf('}}', open.lastIndex);
		if (close === -1) break;
		const inner = field.slice(open.lastIndex, close);
		const split = inner.indexOf('::');
		parts.push(field.slice(at, m.index), {
			n: m[1]!,
			text: split === -1 ? inner : inner.slice(0, split),
			hint: split === -1 ? '' : inner.slice(split + 2).trim()
		});
		at = open.lastIndex = close + 2;
	}
	parts.push(field.slice(at));
	return parts;
}

/** The most cards read from one cloze note. */
export const MAX_CLOZE_CARDS = 50;

/** One card of a cloze note: its deletions of one number blanked, the others shown. */
export type ClozeCard = { prompt: string; answer: string };

/**
 * The cards Anki makes of a cloze note, one per deletion number in order of first use. A card's
 * blank is Kasoti's missing-word blank; a hint, which Anki shows in the blank, goes in brackets
 * after it. Deletions of the same number are one answer, joined as Anki shows them together.
 */
export function clozeCards(field: string): ClozeCard[] {
	const parts = clozeParts(field);
	// a real note has a handful of numbers; each card copies the whole field, so more are not read
	const numbers = [...new Set(parts.flatMap((part) => (typeof part === 'string' ? [] : [part.n])))].slice(0, MAX_CLOZE_CARDS);
	return numbers.map((n) => {
		const answers: string[] = [];
		const prompt = parts
			.map((part) => {
				if (typeof part === 'string') return part;
				if (part.n !== n) return part.text;
				answers.push(part.text.trim());
				return part.hint ? `${BLANK} (${part.hint})` : BLANK;
			})
			.join('');
		return { prompt, answer: answers.join(', ') };
	});
}

/** Anki's deck hierarchy `Parent::Child` as a title a student reads: "Parent / Child". */
const showDeck = (parts: string[]) => parts.join(' / ');

/** A deck name's levels, without empty ones. */
const levels = (deck: string) =>
	deck
		.split('::')
		.map((part) => part.trim())
		.filter((part) => part !== '');

/**
 * The set's title from the decks the notes lie in. The deck that holds them all is the one the
 * teacher exported (its subdecks came along), so that one names the set; notes from unrelated
 * decks take the deck most of them name.
 */
export function deckTitle(decks: string[]): string | undefined {
	const named = decks.map(levels).filter((parts) => parts.length > 0);
	if (named.length === 0) return undefined;
	let common = named[0]!;
	for (const parts of named) {
		let same = 0;
		while (same < common.length && same < parts.length && common[same] === parts[same]) same++;
		if (same < common.length) common = common.slice(0, same);
		if (common.length === 0) break;
	}
	if (common.length > 0) return showDeck(common);
	const counts = new Map<string, number>();
	for (const parts of named) {
		const key = showDeck(parts);
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	// the first deck of the most rows; a Map keeps the order the rows named them
	return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}
