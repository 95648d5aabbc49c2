/** Marks in an article: where each date, person and place the bank asks about stands. Pure. */
import type { Category } from '../bank/schema';
import { extendOverMarks } from '../text/mark';
import { toAsciiDigits } from '../text/normalize';
import { splitParagraphs, type TextRange } from './layout';

/** What the marker needs of a question. */
export interface MarkSource {
	id: string;
	category: Category;
	answer: string;
	accept: readonly string[];
	quote: string;
}

/** A run of article text, marked when the bank asks about it. */
export interface Segment {
	text: string;
	mark?: { category: Category; questionIds: string[] };
}

interface Span {
	start: number;
	end: number;
	category: Category;
	questionIds: string[];
}

/** Where the quote stands in the shown paragraphs: the first time it is there whole (a headline line is not). */
function quoteAt(text: string, quote: string, paragraphs: readonly TextRange[]): number {
	for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
		if (paragraphs.some((p) => p.start <= at && at + quote.length <= p.end)) return at;
	}
	return -1;
}

/** Where in `text` a question's answer stands: inside its quote, longest form first. */
function locate(
	text: string,
	folded: string,
	q: MarkSource,
	paragraphs: readonly TextRange[]
): { start: number; end: number } | undefined {
	const at = quoteAt(text, q.quote, paragraphs);
	if (at < 0) return undefined;
	const quote = folded.slice(at, at + q.quote.length);
	const forms = [q.answer, ...q.accept].filter((f) => f.trim()).sort((a, b) => b.length - a.length);
	for (const form of forms) {
		const found = quote.indexOf(toAsciiDigits(form.trim()).toLowerCase());
		if (found >= 0) return { start: at + found, end: extendOverMarks(text, at + found + form.trim().length) };
	}
	return undefined;
}

/**
 * Marks every answer the bank asks about in the given paragraphs of an article (by default those
 * of splitParagraphs in layout.ts), one list of segments per paragraph. Questions on the same words
 * share a mark; overlapping marks keep the earlier, longer one.
 */
export function markArticle(
	text: string,
	questions: readonly MarkSource[],
	paragraphs: readonly TextRange[] = splitParagraphs(text)
): Segment[][] {
	// Digit conversion keeps indices in place: one digit for one digit.
	const folded = toAsciiDigits(text).toLowerCase();
	const byRange = new Map<string, Span>();
	for (const q of questions) {
		const at = locate(text, folded, q, paragraphs);
		if (!at) continue;
		const key = `${at.start}:${at.end}`;
		const span = byRange.get(key);
		if (span) span.questionIds.push(q.id);
		else byRange.set(key, { ...at, category: q.category, questionIds: [q.id] });
	}
	const spans = [...byRange.values()].sort((a, b) => a.start - b.start || b.end - a.end);
	const kept: Span[] = [];
	for (const span of spans) if (!kept.length || span.start >= kept.at(-1)!.end) kept.push(span);

	return paragraphs.map(({ start, end }) => {
		const segments: Segment[] = [];
		let cursor = start;
		for (const span of kept) {
			// a quote lies whole in one paragraph, so its mark does too
			if (span.end <= start || span.start >= end) continue;
			if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start) });
			segments.push({
				text: text.slice(span.start, span.end),
				mark: { category: span.category, questionIds: span.questionIds }
			});
			cursor = span.end;
		}
		if (cursor < end) segments.push({ text: text.slice(cursor, end) });
		return segments;
	});
}
