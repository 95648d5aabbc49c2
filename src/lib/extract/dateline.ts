/**
 * Datelines: the "અમદાવાદ, તા. ૧૨:" or "ગાંધીનગર, ૧૫ ઓગસ્ટ (પીટીઆઈ):" a news story opens with.
 * A dateline says where and when the story was filed, not what happened: its date is the day of
 * publication, not a fact to ask, so questions are drafted from the story after it.
 */
import { splitSentences, type Sentence } from '../text/sentences';

const DIGIT = '[0-9\\u0AE6-\\u0AEF]';
const MONTH =
	'(?:જાન્યુઆરી|ફેબ્રુઆરી|માર્ચ|એપ્રિલ|મે|જૂન|જુન|જુલાઈ|જુલાઇ|ઓગસ્ટ|ઑગસ્ટ|સપ્ટેમ્બર|ઓક્ટોબર|ઑક્ટોબર|નવેમ્બર|ડિસેમ્બર)';
const WEEKDAY = '(?:સોમ|મંગળ|બુધ|ગુરુ|ગુરૂ|શુક્ર|શનિ|રવિ)વાર';
/** The place: one to three words (નવી દિલ્હી), perhaps with a district in brackets (ભુજ (કચ્છ)), or two places (શ્રીહરિકોટા/અમદાવાદ). */
const PLACE = '[\\p{L}\\p{M}][\\p{L}\\p{M}./-]*(?: [\\p{L}\\p{M}][\\p{L}\\p{M}./-]*){0,2}(?: ?\\([^()\\n]{1,20}\\))?';
/** The day: તા. ૧૨, તારીખ ૧૨, ૧૫ ઓગસ્ટ, with a month and year perhaps; or a weekday alone. */
const DAY = `(?:(?:તા\\.|તારીખ) ?${DIGIT}{1,2}(?: ${MONTH})?|${DIGIT}{1,2}(?:મી|લી|જી|થી)? ${MONTH})(?:,? ?${DIGIT}{4})?`;
const WHEN = `(?:${DAY}(?:, ?${WEEKDAY})?|${WEEKDAY})`;
/** The colon or dash that closes a dateline. */
const END = '[ \\t]*(?:[:：]|[-–—] )';
/** A news agency in brackets: (પીટીઆઈ), (એજન્સી), (PTI). */
const AGENCY = '\\([^()\\n]{1,30}\\)';

/**
 * A dateline at the start of a line: place, then a date or an agency or both, then a colon or a
 * dash; without either, a date and a space are enough (અમદાવાદ, તા.૧૨ રાજ્યમાં...), or a date
 * that ends the line (સુરત, શુક્રવાર on a line of its own).
 */
const DATELINE = new RegExp(
	`^[ \\t]*(${PLACE})(?:,? ?${WHEN}(?: ?${AGENCY})?${END}|,? ?${AGENCY}${END}|, ?${WHEN}(?=[ \\t]|$))[ \\t]*`,
	'gmu'
);

/** A weekday or a month is no word of a dateline's place: "મેળો બુધવાર, ૨૦ નવેમ્બર સુધી" is a sentence. */
const DATE_IN_PLACE = new RegExp(`(?:^| )(?:${WEEKDAY}|${MONTH})(?: |$)`, 'u');

/** Nor is a genitive or "according to": "કેસની વિગત મુજબ, ૧૭ માર્ચ ૨૦૨૧ના રોજ" opens a sentence. */
const PHRASE_IN_PLACE = /(?:ની|ના|નું|નો|નાં|મુજબ|અનુસાર|પ્રમાણે)(?: |$)/u;

/**
 * A place alone before a colon at the start of a paragraph (અમદાવાદ: રાજ્યમાં...): a dateline too,
 * but not on the first line, where "કેબિનેટ બેઠક: ..." is a headline.
 */
const PLACE_ONLY = /^[ \t]*[\p{L}\p{M}][\p{L}\p{M}./-]*(?: [\p{L}\p{M}][\p{L}\p{M}./-]*)? ?[:：][ \t]+/gmu;

/** Spans of the text that are datelines, each with the spaces after it. */
export function datelinesOf(text: string): { start: number; end: number }[] {
	// "મુખ્યમંત્રીએ કહ્યું:" opens a quotation, not a story: a verb or an ergative is no place
	const placeOnly = [...text.matchAll(PLACE_ONLY)].filter(
		(m) => m.index > 0 && text[m.index - 1] === '\n' && !/(?:ું|ે|એ|શે|છે)\s*[:：]/u.test(m[0])
	);
	const datelines = [...text.matchAll(DATELINE)].filter((m) => !DATE_IN_PLACE.test(m[1]!) && !PHRASE_IN_PLACE.test(m[1]!));
	return [...datelines, ...placeOnly]
		.map((m) => ({ start: m.index, end: m.index + m[0].length }))
		.sort((a, b) => a.start - b.start);
}

/** An abbreviation before a number that the sentence goes on after: તા. ૩૦-૧૧-૨૦૨૫, રૂ. ૨,૧૦૦ કરોડ. */
const BEFORE_NUMBER = /(?:^|\s)(?:તા|રૂ|નં)\.$/u;

/** Sentences with those cut after તા. or રૂ. joined again, as exact slices of the text. */
function joined(text: string, sentences: readonly Sentence[]): Sentence[] {
	const out: Sentence[] = [];
	for (const s of sentences) {
		const last = out[out.length - 1];
		if (last && BEFORE_NUMBER.test(last.text) && /^[0-9\u0AE6-\u0AEF]/.test(s.text)) {
			out[out.length - 1] = { text: text.slice(last.start, s.end), start: last.start, end: s.end };
		} else out.push(s);
	}
	return out;
}

/**
 * A list item's marker and the spaces after it: a bullet or dash (-, •, *), a number with a dot or
 * bracket (૧., 2)), a letter with a bracket (a), (ક)). A year is no marker, nor an initial (ક. મા. મુનશી).
 */
const LIST_MARKER = /^(?:[-–—•*·▪●◦‣]|\(?[0-9\u0AE6-\u0AEF]{1,2}[.)]|\(?(?:[a-zA-Z]|[\u0A95-\u0AB9])\))\s+/u;

/** A piece that is a list marker alone, cut off by the sentence splitter: "૧." before its item. */
const MARKER_ALONE = /^[0-9\u0AE6-\u0AEF]{1,2}[.)]$/;

/** The sentence without the list marker it begins with, if any; none if it is only a marker. */
function unlisted(s: Sentence): Sentence[] {
	if (MARKER_ALONE.test(s.text)) return [];
	const marker = LIST_MARKER.exec(s.text)?.[0].length ?? 0;
	return marker === 0 || marker === s.text.length ? [s] : [{ text: s.text.slice(marker), start: s.start + marker, end: s.end }];
}

/**
 * The sentences of the story: as splitSentences gives them, but a sentence a dateline opens
 * starts after it, a piece of a dateline is no sentence at all, a sentence does not end at
 * તા. or રૂ. before a number, and a list item's marker is no part of its sentence.
 */
export function storySentences(text: string): Sentence[] {
	const spans = datelinesOf(text);
	return joined(text, splitSentences(text)).flatMap((s): Sentence[] => {
		const span = spans.find((d) => s.start >= d.start && s.start < d.end);
		if (!span) return unlisted(s);
		if (s.end <= span.end) return [];
		const body = text.slice(span.end, s.end);
		const start = span.end + (body.length - body.trimStart().length);
		return unlisted({ text: text.slice(start, s.end), start, end: s.end });
	});
}
