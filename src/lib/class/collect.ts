/**
 * Collecting results: whatever the teacher pasted, opened or scanned is searched for result links;
 * each is opened, matched with its assignment and stored once. Storage and the clock come in as
 * arguments, so the counting is tested without a browser.
 */
import type { Added } from '$lib/db/class';
import { decodeResult, findResultFragments, matchResult } from './result-code';
import type { Assignment, ClassResult } from './types';

/** What one round of collecting did, for the page to say. */
export interface Collected {
	/** Results stored now. */
	added: ClassResult[];
	/** Results already stored, or given twice in this round. */
	already: number;
	/** Links changed or cut on the way: their checksum or contents fail. */
	broken: number;
	/** Results for an assignment this phone did not make. */
	unknown: number;
	/** Results naming questions their assignment does not have. */
	wrongQuestions: number;
	/** Result links found in the texts. */
	found: number;
}

/** Where results go: the assignments made here, and the store that keeps each result once. */
export interface CollectTarget {
	assignment(id: string): Promise<Assignment | undefined>;
	store(results: readonly ClassResult[]): Promise<Added>;
}

/** Finds, opens, matches and stores every result link in `texts`; throws only when storing fails. */
export async function collectResults(texts: readonly string[], target: CollectTarget, now: number): Promise<Collected> {
	const fragments = [...new Set(texts.flatMap(findResultFragments))];
	const outcome: Collected = { added: [], already: 0, broken: 0, unknown: 0, wrongQuestions: 0, found: fragments.length };
	const assignments = new Map<string, Assignment | undefined>();
	const matched: ClassResult[] = [];
	for (const fragment of fragments) {
		const opened = await decodeResult(fragment);
		if (!opened.ok) {
			outcome.broken++;
			continue;
		}
		const id = opened.result.assignmentId;
		if (!assignments.has(id)) assignments.set(id, await target.assignment(id));
		const assignment = assignments.get(id);
		if (!assignment) {
			outcome.unknown++;
			continue;
		}
		const result = matchResult(opened.result, assignment, now);
		if (result.ok) matched.push(result.result);
		else outcome.wrongQuestions++;
	}
	if (matched.length > 0) {
		const { added, already } = await target.store(matched);
		outcome.added = added;
		outcome.already = already;
	}
	return outcome;
}
