/** Whether an own set was changed on this phone: a small module, for the pages that only ask this. */
import type { TeacherSetRecord } from '$lib/db/schema';

/**
 * Whether a set that came by link or file was changed in the editor since its version came. Adding it
 * stores createdAt = updatedAt, and so does replacing it by a new version (replaceOwnSet); only the
 * editor's save puts updatedAt past createdAt. A set replaced before replaceOwnSet did so counts as
 * edited: it is kept by default, and nothing is lost.
 */
export const editedHere = (record: Pick<TeacherSetRecord, 'createdAt' | 'updatedAt'>): boolean =>
	record.updatedAt > record.createdAt;
