/** Marks in an article: where each date, person and place the bank asks about stands. Pure. */
import type { Category } from '../bank/schema';
import { extendOverMarks } from '../text/mark';
import { toAsciiDigits } from '../text/normalize';

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

/** Where in `text` a question's answer stands: inside its quote, longest form first. */
function locate(text: string, folded: string, q: MarkSource): { start: number; end: number } | undefined {
	const quoteAt = text.indexOf(q.quote);
	if (quoteAt < 0) return undefined;
	const quote = folded.slice(quoteAt, quoteAt + q.quote.length);
	const forms = [q.answer, ...q.accept].filter((f) => f.trim()).sort((a, b) => b.length - a.length);
	for (const form of forms) {
		const at = quote.indexOf(toAsciiDigits(form.trim()).toLowerCase());
		if (at >= 0) return { start: quoteAt + at, end: extendOverMarks(text, quoteAt + at + form.trim().length) };
	}
	return undefined;
}

/**
 * Splits an article into paragraphs (at blank lines) of segments, marking every answer the bank
 * asks about. Questions on the same words share a mark; overlapping marks keep the earlier, longer one.
 */
export function markArticle(text: string, questions: readonly MarkSource[]): Segment[][] {
	// Digit conversion keeps indices in place: one digit for one digit.
	const folded = toAsciiDigits(text).toLowerCase();
	const byRange = new Map<string, Span>();
	for (const q of questions) {
		const at = locate(text, folded, q);
		if (!at) continue;
		const key = `${at.start}:${at.end}`;
		const span = byRange.get(key);
		if (span) span.questionIds.push(q.id);
		else byRange.set(key, { ...at, category: q.category, questionIds: [q.id] });
	}
	const spans = [...byRange.values()].sort((a, b) => a.start - b.start || b.end - a.end);
	const kept: Span[] = [];
	for (const span of spans) if (!kept.length || span.start >= kept.at(-1)!.end) kept.push(span);

	const paragraphs: Segment[][] = [];
	let offset = 0;
	for (const raw of text.split(/\n\s*\n/)) {
		const start = text.indexOf(raw, offset);
		const end = start + raw.length;
		offset = end;
		const segments: Segment[] = [];
		let cursor = start;
		for (const span of kept) {
			if (span.end <= start || span.start >= end) continue;
			if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start) });
			segments.push({
				text: text.slice(span.start, span.end),
				mark: { category: span.category, questionIds: span.questionIds }
			});
			cursor = span.end;
		}
		if (cursor < end) segments.push({ text: text.slice(cursor, end) });
		const trimmed = segments.filter((s) => s.text !== '');
		if (trimmed.some((s) => s.text.trim())) paragraphs.push(trimmed);
	}
	return paragraphs;
}
