/**
 * An assignment's quizzes already finished on this phone, read when its link opens. On a phone
 * that has stored nothing (a first visit), the answer is none, without the database's code or
 * creating the database: the link's page shows its assignment without them.
 */
import type { QuizRecord } from '$lib/db/schema';
import { mayHoldDatabase } from '$lib/db/status';

/** The quizzes of `assignmentId` finished here, newest first; rejects when the device cannot be read. */
export async function takenHere(assignmentId: string): Promise<QuizRecord[]> {
	if (!(await mayHoldDatabase())) return [];
	const { quizzesOfAssignment } = await import('$lib/db/class');
	return quizzesOfAssignment(assignmentId);
}
