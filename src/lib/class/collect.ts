/**
 * Collecting results: whatever the teacher pasted, opened or scanned is searched for result links;
 * each is opened, matched with its assignment and stored once. Storage and the clock come in as
 * arguments, so the counting is tested without a browser.
 */
import type { Added } from '$lib/db/class';
import { enClass } from '$lib/i18n/class-en';
import { guClass } from '$lib/i18n/class-gu';
import { decodeResult, findResultFragments, matchResult } from './result-code';
import type { Assignment, ClassResult } from './types';

/**
 * A refused link as the teacher can find it among many: the name written before it on its line
 * ("આરવ: https://…"), else its line in the one text pasted, else how the link's code starts.
 */
export type LinkLabel = { name: string } | { line: number } | { start: string };

/** What one round of collecting did, for the page to say. */
export interface Collected {
	/** Results stored now. */
	added: ClassResult[];
	/** Results already stored, or given twice in this round. */
	already: number;
	/** Links changed or cut on the way (their checksum or contents fail), in the order found. */
	broken: LinkLabel[];
	/** The students of results for an assignment this phone did not make. */
	unknown: string[];
	/** The students of results answering questions their assignment did not deal, or one question twice. */
	wrongQuestions: string[];
	/** The students of results whose times no backup could restore: their phone’s date was wrong. */
	wrongClock: string[];
	/** Result links found in the texts. */
	found: number;
}

/** Where results go: the assignments made here, and the store that keeps each result once. */
export interface CollectTarget {
	assignment(id: string): Promise<Assignment | undefined>;
	store(results: readonly ClassResult[]): Promise<Added>;
}

/** The longest name shown for a refused link: a chat's line may hold a date and a whole message before it. */
const MAX_LABEL = 40;

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The words of the student's own chat message (sendChatText) before the link, in each language,
 * with the student's name as its first group: the message is built with markers where its parts go.
 */
const OWN_MESSAGES = [guClass, enClass].map((t) => {
	const [before = '', between = '', , rest = ''] = t.sendChatText('\u0001', '\u0002', '\u0003', '\u0004').split(/[\u0001-\u0004]/u);
	// the title and score lie between the name and the closing sentence: any text may stand there
	return new RegExp(`${escaped(before)}(.+?)${escaped(between)}.*${escaped(rest.trimEnd())}\\s*$`, 'u');
});

/** A name cut to MAX_LABEL: a long one keeps its last whole words, those nearest the link. */
const shortened = (name: string) => (name.length > MAX_LABEL ? `…${name.slice(-MAX_LABEL).replace(/^\S*\s+/u, '')}` : name);

/**
 * How to name the link at `index` of `text`: the student's name in the app's own chat message;
 * else the words before it on its line, without the link's own start and a separating colon or
 * dash; else its line number when `byLine`; else its start.
 */
export function linkLabel(text: string, index: number, byLine: boolean): LinkLabel {
	const lineStart = text.lastIndexOf('\n', index - 1) + 1;
	const before = text.slice(lineStart, index).replace(/\S*$/u, '');
	// the words before the link in the app's own message are its closing sentence, the same for every student
	for (const own of OWN_MESSAGES) {
		const student = own.exec(before)?.[1]?.trim();
		if (student) return { name: shortened(student) };
	}
	const name = before.replace(/[\s:\-–—,;|>]+$/u, '').trim();
	if (name !== '') return { name: shortened(name) };
	if (byLine) return { line: text.slice(0, index).split('\n').length };
	return { start: `${text.slice(index, index + 16)}…` };
}

/** Each distinct result fragment in `texts`, with the label of its first place. */
function locate(texts: readonly string[]): { fragment: string; label: LinkLabel }[] {
	// a line number helps only in a single text of several lines: a pasted list, not one file of many
	const byLine = texts.length === 1 && texts[0]!.trim().includes('\n');
	const found = new Map<string, LinkLabel>();
	for (const text of texts)
		for (const fragment of findResultFragments(text))
			if (!found.has(fragment)) found.set(fragment, linkLabel(text, text.indexOf(fragment), byLine));
	return [...found].map(([fragment, label]) => ({ fragment, label }));
}

/** Finds, opens, matches and stores every result link in `texts`; throws only when storing fails. */
export async function collectResults(texts: readonly string[], target: CollectTarget, now: number): Promise<Collected> {
	const located = locate(texts);
	const outcome: Collected = {
		added: [],
		already: 0,
		broken: [],
		unknown: [],
		wrongQuestions: [],
		wrongClock: [],
		found: located.length
	};
	const assignments = new Map<string, { assignment: Assignment; dealt: string[] } | undefined>();
	const matched: ClassResult[] = [];
	for (const { fragment, label } of located) {
		const opened = await decodeResult(fragment);
		if (!opened.ok) {
			outcome.broken.push(label);
			continue;
		}
		const { assignmentId: id, student } = opened.result;
		if (!assignments.has(id)) {
			const assignment = await target.assignment(id);
			// the quiz engine's selection loads only once a result arrives, not with the page
			const { dealtQuestionIds } = await import('./dealt-questions');
			assignments.set(id, assignment && { assignment, dealt: dealtQuestionIds(assignment) });
		}
		const known = assignments.get(id);
		if (!known) {
			outcome.unknown.push(student);
			continue;
		}
		const result = matchResult(opened.result, known.assignment, known.dealt, now);
		if (result.ok) matched.push(result.result);
		else (result.problem === 'wrong-clock' ? outcome.wrongClock : outcome.wrongQuestions).push(student);
	}
	if (matched.length > 0) {
		const { added, already } = await target.store(matched);
		outcome.added = added;
		outcome.already = already;
	}
	return outcome;
}
