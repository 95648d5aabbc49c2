/** The restore preview's counts, apart from the backup code so Settings shows them without loading it. */
import type { ParsedBackup, PROGRESS_STORES } from './backup';

/** How many records of each kind a backup holds, shown before the student confirms a restore; no `sets` in a format-1 file. */
export function backupCounts(
	backup: ParsedBackup
): Record<(typeof PROGRESS_STORES)[number], number> & { sets?: number; assignments?: number; results?: number } {
	const { attempts, quizzes, cards, reviews, stars, learn, sets, assignments, results } = backup.stores;
	const counts = {
		attempts: attempts.length,
		quizzes: quizzes.length,
		cards: cards.length,
		reviews: reviews.length,
		stars: stars.length,
		learn: learn.length
	};
	return {
		...counts,
		...(sets ? { sets: sets.length } : {}),
		...(assignments ? { assignments: assignments.length } : {}),
		...(results ? { results: results.length } : {})
	};
}
