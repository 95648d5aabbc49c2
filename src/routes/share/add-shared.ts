/** Storing a set that came by link as one of the student's own sets. */
import type { TeacherSetRecord } from '$lib/db/schema';
import { addTeacherSets } from '$lib/db/sets';
import { withFreeIds } from '$lib/share/free-id';
import type { SharedSet } from '$lib/share/link';
import { library } from '$lib/state/library.svelte';

/** How often to look for a free id again when another tab takes it between the look and the write. */
const ATTEMPTS = 3;

const isConstraintError = (error: unknown) => error instanceof DOMException && error.name === 'ConstraintError';

/**
 * Adds the set under a free id (built-in and own sets' ids are taken), in one transaction, then
 * reloads the library so quizzes see it. Returns the record as stored.
 */
export async function addSharedSet(shared: SharedSet, now = Date.now()): Promise<TeacherSetRecord> {
	for (let attempt = 1; ; attempt++) {
		await library.load();
		const { set, sources } = withFreeIds(shared, library.sets);
		const record: TeacherSetRecord = { id: set.id, set, sources, origin: 'link', createdAt: now, updatedAt: now };
		try {
			await addTeacherSets([record]);
		} catch (error) {
			if (attempt < ATTEMPTS && isConstraintError(error)) continue;
			throw error;
		}
		await library.load();
		return record;
	}
}
