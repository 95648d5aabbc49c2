/** Assignments made on this phone and the students' results collected for them (version 6). */
import type { Assignment, ClassResult } from '$lib/class/types';
import type { QuizRecord } from './schema';
import { failedWrite } from './errors';
import { getDb } from './open';

/** Stores a new assignment; a failure is thrown as a storage error. */
export async function saveAssignment(assignment: Assignment): Promise<void> {
	const db = await getDb();
	const tx = db.transaction('assignments', 'readwrite');
	try {
		await tx.store.add(assignment);
		await tx.done;
	} catch (error) {
		throw await failedWrite(tx, error);
	}
}

/** One assignment, or undefined when this phone did not make it. */
export async function getAssignment(id: string): Promise<Assignment | undefined> {
	return (await getDb()).get('assignments', id);
}

/** An assignment with how many results it has. */
export interface AssignmentSummary {
	assignment: Assignment;
	results: number;
}

/** Every assignment made here, newest first, with its number of results. */
export async function allAssignments(): Promise<AssignmentSummary[]> {
	const db = await getDb();
	const tx = db.transaction(['assignments', 'results']);
	const assignments = await tx.objectStore('assignments').index('by-created').getAll();
	const index = tx.objectStore('results').index('by-assignment');
	const counts = await Promise.all(assignments.map((a) => index.count(a.id)));
	await tx.done;
	return assignments.map((assignment, i) => ({ assignment, results: counts[i]! })).reverse();
}

/** The results collected for an assignment, in the order they arrived. */
export async function resultsOf(assignmentId: string): Promise<ClassResult[]> {
	const results = await (await getDb()).getAllFromIndex('results', 'by-assignment', assignmentId);
	return results.sort((a, b) => a.receivedAt - b.receivedAt);
}

/** What adding results did: the new ones, and how many were here already. */
export interface Added {
	added: ClassResult[];
	/** Results already stored (the same result sent twice counts once). */
	already: number;
}

/**
 * Stores results in one transaction, leaving out any already stored (same assignment and quiz) or
 * given twice in `results`: either all the new ones are in, or none.
 */
export async function addResults(results: readonly ClassResult[]): Promise<Added> {
	const db = await getDb();
	const tx = db.transaction('results', 'readwrite');
	const added: ClassResult[] = [];
	let already = 0;
	try {
		const seen = new Set<string>();
		for (const result of results) {
			if (seen.has(result.id) || (await tx.store.getKey(result.id)) !== undefined) {
				already++;
				continue;
			}
			seen.add(result.id);
			await tx.store.add(result);
			added.push(result);
		}
		await tx.done;
	} catch (error) {
		throw await failedWrite(tx, error);
	}
	return { added, already };
}

/** Deletes an assignment and every result collected for it, in one transaction. */
export async function deleteAssignment(id: string): Promise<void> {
	const db = await getDb();
	const tx = db.transaction(['assignments', 'results'], 'readwrite');
	try {
		const keys = await tx.objectStore('results').index('by-assignment').getAllKeys(id);
		await Promise.all([tx.objectStore('assignments').delete(id), ...keys.map((k) => tx.objectStore('results').delete(k)), tx.done]);
	} catch (error) {
		throw await failedWrite(tx, error);
	}
}

/** The finished quizzes on this phone that answer an assignment (a student's side), newest first. */
export async function quizzesOfAssignment(assignmentId: string): Promise<QuizRecord[]> {
	const quizzes = await (await getDb()).getAllFromIndex('quizzes', 'by-status', 'done');
	return quizzes.filter((q) => q.options.assignment?.id === assignmentId).sort((a, b) => b.startedAt - a.startedAt);
}
