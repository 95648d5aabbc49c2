/**
 * What a dateline says of its story: where it happened and on what day (અમદાવાદ, તા. ૯: ...).
 * A dateline is no sentence to blank, so each is asked of the story's lead sentence instead:
 * "<lead> આ સમાચાર ક્યાંના છે?", "... કઈ તારીખના છે?"; the place only when the lead does not name it.
 */
import { classifyDate } from '../quiz/date-kinds';
import { normalizeForMatch } from '../text/normalize';
import { datelinesOf } from './dateline';
import { findDates } from './dates';
import type { Found, Sentence, Word } from './types';
import { isGujaratiWord, wordsOf } from './words';

/** A place or date a dateline names, with the lead sentence it is asked of. */
export type DatelineFind = { found: Found; prompt: string; quote: string };

/** Looks the dateline's place up among the known places: its kind and spellings, if listed. */
export type PlaceLookup = (words: readonly Word[]) => Found | undefined;

/** Where the place of a dateline ends: at its comma, bracket, colon or dash. */
const PLACE_END = /[,(:：–—-]/u;

/** The places and dates of the text's datelines, each asked of the lead sentence after it. */
export function datelineFinds(text: string, story: readonly Sentence[], lookup: PlaceLookup): DatelineFind[] {
	const out: DatelineFind[] = [];
	for (const line of datelinesOf(text)) {
		const lead = story.find((s) => s.start >= line.end);
		if (!lead) continue;
		const quote = text.slice(line.start, lead.end).trim();
		const ask = (found: Found, question: string) =>
			out.push({ found, prompt: `${leadOf(lead.text)} ${question}`, quote });
		const raw = text.slice(line.start, line.end);
		const cut = raw.search(PLACE_END);
		const placePart = raw.slice(0, cut < 0 ? raw.length : cut);
		const placeWords = wordsOf(placePart, line.start);
		// two places (શ્રીહરિકોટા/અમદાવાદ) make no one answer to "where is this news from"
		const one = !placePart.includes('/');
		if (one && placeWords.length > 0 && placeWords.length <= 3 && placeWords.every((w) => isGujaratiWord(w.text))) {
			const start = placeWords[0]!.start;
			const end = placeWords[placeWords.length - 1]!.end;
			// a lead that names the place asks it better itself, with a question word in its place
			const named = normalizeForMatch(lead.text).includes(normalizeForMatch(text.slice(start, end)));
			const listed = named ? undefined : lookup(placeWords);
			const found: Found =
				listed && listed.start === start && listed.end === end
					? { ...listed, rule: 'dateline' }
					: { category: 'place', kind: 'city', start, end, rule: 'dateline' };
			if (!named) ask(found, 'આ સમાચાર ક્યાંના છે?');
		}
		const rest = cut < 0 ? [] : wordsOf(raw.slice(cut), line.start + cut);
		for (const date of findDates(text, rest)) {
			const weekday = classifyDate(text.slice(date.start, date.end)) === 'weekday';
			ask({ ...date, rule: 'dateline' }, weekday ? 'આ સમાચાર કયા વારના છે?' : 'આ સમાચાર કઈ તારીખના છે?');
		}
	}
	return out;
}

/** The lead sentence as the first half of a prompt: ended with a full stop if it has none. */
function leadOf(sentence: string): string {
	const text = sentence.trim();
	return /[.।!?"”’)]$/u.test(text) ? text : `${text}.`;
}
