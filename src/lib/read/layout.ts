/**
 * How an article file is laid out on /read: its paragraphs, without the headline the file repeats
 * on its first line(s), and with photo credits set apart from the text. Pure: offsets into the
 * text, so marks found in the whole text still land on the right words.
 */
import { normalizeForMatch } from '../text/normalize';

/** A stretch of the article: `text.slice(start, end)`, trimmed, never empty. */
export interface TextRange {
	start: number;
	end: number;
}

/** What /read shows of an article file. */
export interface ArticleLayout {
	/** The body's paragraphs, in order. */
	paragraphs: TextRange[];
	/** Photo credits among the lines, as written: shown apart, never as article text. */
	credits: string[];
}

/** How many first paragraphs may together repeat the headline (a long one wrapped over lines). */
const HEADLINE_LINES = 3;

/** A credit is a caption line, not a paragraph: longer lines are text that happens to name an agency. */
const CREDIT_MAX_LENGTH = 200;

/** Words that say whose photo it is: "Photo", તસવીર, ફોટો, "courtesy", "handout". */
const CREDIT_WORDS = /તસવીર|ફોટો|છબી|સૌજન્ય|હેન્ડઆઉટ|photo|image|picture|credit|courtesy|handout/iu;

/** A line that starts with a credit's label and a colon or dash: "તસવીર: …", "Photo - …", "ફોટો સૌજન્ય: …". */
const CREDIT_LABEL = /^[([]?\s*(?:ફાઇલ\s+)?(?:તસવીર|ફોટો|છબી|સૌજન્ય|file\s+photo|photo|image|picture|credit|courtesy)[^:\-–—]{0,20}[:\-–—]/iu;

/** Photo agencies, which papers credit under their pictures. */
const AGENCIES = /\b(?:REUTERS|AFP|Getty Images|AP Photo|PTI|ANI|IANS)\b|રોઇટર્સ|રોયટર્સ|એએફપી|પીટીઆઈ|પીટીઆઇ|એએનઆઈ/u;

/** A sentence ends in a full stop, question or exclamation mark, danda or closing quote; a credit does not. */
const SENTENCE_END = /[.?!।”"']$/u;

/**
 * The paragraphs of a text. A text with blank lines keeps its paragraphs between them (a line
 * break inside one is a wrapped line); a text without any has one paragraph per line.
 */
export function splitParagraphs(text: string): TextRange[] {
	const separator = /\n[^\S\n]*\n/.test(text) ? /\n\s*\n/g : /\n/g;
	const ranges: TextRange[] = [];
	let from = 0;
	const add = (start: number, end: number) => {
		const raw = text.slice(start, end);
		const lead = raw.length - raw.trimStart().length;
		const body = raw.trim();
		if (body) ranges.push({ start: start + lead, end: start + lead + body.length });
	};
	for (const match of text.matchAll(separator)) {
		add(from, match.index);
		from = match.index + match[0].length;
	}
	add(from, text.length);
	return ranges;
}

/**
 * Whether a line is a photo credit: short, not a sentence, and either in brackets with a credit's
 * word, starting with a credit's label, or naming a photo agency or a handout
 * ("(તસવીર: પીટીઆઈ)", "Photo: AP", "REUTERS દ્વારા … /હેન્ડઆઉટ સરકાર").
 */
export function isCredit(line: string): boolean {
	const text = line.trim();
	if (!text || text.length > CREDIT_MAX_LENGTH) return false;
	if (/^[([].*[)\]]$/su.test(text) && CREDIT_WORDS.test(text)) return true;
	if (SENTENCE_END.test(text)) return false;
	return CREDIT_LABEL.test(text) || AGENCIES.test(text) || /હેન્ડઆઉટ|handout/iu.test(text);
}

/** How many first paragraphs repeat the headline, taken together; 0 when they do not. */
function headlineLines(text: string, paragraphs: readonly TextRange[], headline: string): number {
	const wanted = normalizeForMatch(headline);
	if (!wanted) return 0;
	let joined = '';
	for (let n = 1; n <= Math.min(HEADLINE_LINES, paragraphs.length); n++) {
		const { start, end } = paragraphs[n - 1]!;
		joined = normalizeForMatch(`${joined} ${text.slice(start, end)}`);
		if (joined === wanted) return n;
		if (!wanted.startsWith(joined)) return 0;
	}
	return 0;
}

/**
 * Lays out an article for reading: paragraphs as the file has them, the first line(s) left out
 * when they repeat the headline the page shows as its heading, and photo credits taken out of
 * the text into `credits`.
 */
export function articleLayout(text: string, headline = ''): ArticleLayout {
	const all = splitParagraphs(text);
	const body = all.slice(headlineLines(text, all, headline));
	const paragraphs: TextRange[] = [];
	const credits: string[] = [];
	for (const range of body) {
		const line = text.slice(range.start, range.end);
		if (isCredit(line)) credits.push(line);
		else paragraphs.push(range);
	}
	return { paragraphs, credits };
}
