/**
 * Property tests of the importers: whatever text arrives (random, made of format tokens, or a
 * valid file with random edits), importText returns without throwing, and every text it keeps is
 * free of the characters cleaning removes. A runaway path (minutes on one input) fails by the
 * tests' time limit; no case is timed, so a busy machine cannot fail them.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from './index';

/** Characters no imported text may keep: bidi controls, invisible operators, fillers, tags, BOM. */
const REMOVED = /[\u00AD\u061C\u115F\u1160\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u2800\u3164\uFEFF\uFFA0]|[\u{E0000}-\u{E007F}]/u;
/** Far above the second or so each property takes, far below a freeze. */
const LIMIT_MS = 60_000;

/** Pieces of every format, and the characters cleaning must remove. */
const TOKENS = [
	'{', '}', '=', '~', '#', '\\', '::', ':', '\n', '\n\n', '\r\n', '\t', ',', ';', '|', '"', '->', '%50%', '####',
	'A. ', 'B) ', 'ANSWER: A', 'answer: b', '$CATEGORY: top/dates', '#separator:Tab', '#html:true', '#columns:Front\tBack',
	'[html]', '<b>', '</p>', '<', '>', '&amp;', '&constructor;', '&#x202E;', '[', ']', '"questions":', 'T', 'FALSE',
	'1..2', ':5', 'ક', 'ગાંધીનગર', '૧૮૨૨', 'x', ' ', '\u202E', '\u2061', '\u200D', '\u200C', '\u00AD', '\u3164',
	'\u2800', '\u{E0041}', '\uFEFF', '\uFE0F', 'constructor', '__proto__', 'toString'
];
const tokenText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), tokenText);
const fileName = fc.constantFrom(undefined, 'q.gift', 'q.txt', 'q.csv', 'q.json', 'q.aiken', 'x.constructor', '__proto__');

const VALID = ['gujarati.gift', 'aiken.txt', 'anki.txt', 'quizlet.tsv', 'semicolon.csv', 'kasoti.json'].map((name) => ({
	name,
	text: readFileSync(`tests/fixtures/import/${name}`, 'utf8')
}));
/** A valid file with one to four random edits: a token or random text inserted, a stretch cut out. */
const mutatedFile = fc
	.tuple(
		fc.constantFrom(...VALID),
		fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 }))), {
			minLength: 1,
			maxLength: 4
		})
	)
	.map(([file, edits]) => {
		let text = file.text;
		for (const [at, cut, insert] of edits) {
			const i = at % (text.length + 1);
			text = text.slice(0, i) + insert + text.slice(i + cut);
		}
		return { name: file.name, text };
	});

/** Every string inside a value. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
	return [];
}

/** Imports with something to show; what it keeps holds no removed character. */
function importsCleanly(text: string, name: string | undefined): void {
	const result = importText(text, name);
	expect(result.drafts.length > 0 || result.problems.length > 0).toBe(true);
	for (const kept of strings([result.drafts, result.set ?? [], result.meta ?? []])) expect(kept).not.toMatch(REMOVED);
}

describe('importText on any input', { timeout: LIMIT_MS }, () => {
	it('never throws and keeps no invisible characters: random text', () => {
		fc.assert(fc.property(anyText, fileName, importsCleanly), { numRuns: 1500 });
	});

	it('never throws and keeps no invisible characters: valid files with random edits', () => {
		fc.assert(
			fc.property(mutatedFile, fc.boolean(), (file, named) => importsCleanly(file.text, named ? file.name : undefined)),
			{ numRuns: 800 }
		);
	});
});
