/** A set file's text to JSON data, or a problem that says where the JSON breaks. */
import { problem, WHOLE_FILE, type Problem } from './problems.ts';

/** The result of reading one JSON file: its data, or a problem carrying line and column. */
export type ParsedJson = { ok: true; data: unknown } | { ok: false; problem: Problem };

/** Parses a JSON file, turning a syntax error into a problem with its line and column. */
export function parseJson(file: string, text: string): ParsedJson {
	// Windows editors often save a byte-order mark, which JSON.parse rejects
	const body = text.replace(/^\uFEFF/, '');
	try {
		return { ok: true, data: JSON.parse(body) };
	} catch (error) {
		if (body.trim() === '') return { ok: false, problem: problem('file-empty', { file, field: WHOLE_FILE }) };
		const reason = error instanceof Error ? error.message : String(error);
		const end = body.trimEnd().length;
		const stated = reason.includes('Unexpected end') ? end : errorOffset(body, reason);
		// an error at or past the last character means the file stops before its brackets close
		const atEnd = stated >= end;
		const { line, column } = lineAndColumn(body, Math.min(stated, end));
		return { ok: false, problem: problem('json-syntax', { file, field: WHOLE_FILE, line }, { line, column, atEnd }) };
	}
}

/** Where a JSON.parse error happened, as an offset into `text`. */
function errorOffset(text: string, reason: string): number {
	const stated = /at position (\d+)/.exec(reason);
	if (stated) return Number(stated[1]);
	// some errors name no position: the longest prefix that reads as unfinished JSON ends there
	let good = 0;
	let bad = text.length;
	while (bad - good > 1) {
		const mid = Math.floor((good + bad) / 2);
		if (readsAsUnfinished(text.slice(0, mid))) good = mid;
		else bad = mid;
	}
	return good;
}

function readsAsUnfinished(prefix: string): boolean {
	try {
		JSON.parse(prefix);
		return true;
	} catch (error) {
		const reason = error instanceof Error ? error.message : '';
		const stated = /at position (\d+)/.exec(reason);
		const atEnd = stated !== null && Number(stated[1]) >= prefix.length;
		return reason.includes('Unexpected end') || atEnd;
	}
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
