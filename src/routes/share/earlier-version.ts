/**
 * An own set with the id of a link's set: the teacher corrected the set and shared it again, and
 * the student is asked whether the new version takes the old one's place, as a file imported
 * again does (replaceImportedSet, and the import page's choice).
 */
import type { QuestionSet } from '$lib/bank/schema';
import type { TeacherSetRecord } from '$lib/db/schema';
import { mayHoldDatabase } from '$lib/db/status';
import { editedHere } from '$lib/teach/edited-here';
import { replaceCounts, type ReplaceCounts } from '$lib/teach/replace-set';

/** The set on this phone a link brings another version of, and what replacing it would do. */
export type EarlierVersion = {
	id: string;
	title: string;
	title_en: string;
	count: number;
	counts: ReplaceCounts;
	/** Made on this phone (a new set, or a copy of a built-in one): its owner's own work, not someone's set. */
	mine: boolean;
	/** Came from someone (by link or file) and was changed in the editor here since: replacing it loses that work. */
	edited: boolean;
};

/** What replacing `record` by `incoming` would do, for the student to choose. */
export function earlierVersion(record: TeacherSetRecord, incoming: QuestionSet): EarlierVersion {
	const { id, title, title_en, questions } = record.set;
	const mine = record.origin === 'new' || record.origin === 'copy';
	const counts = replaceCounts(questions, incoming.questions);
	return { id, title, title_en, count: questions.length, counts, mine, edited: !mine && editedHere(record) };
}

/**
 * Whether the new version replaces the old one unless the student says otherwise: yes for a set that
 * came from someone (by link or file), which the sender has now corrected; no for one made or edited
 * on this phone, whose own work a replacement would lose.
 */
export const replacesByDefault = (earlier: EarlierVersion): boolean => !earlier.mine && !earlier.edited;

/** The own set with the id of the link's set, if any; a phone with no database holds none, and makes none by asking. */
export async function findEarlierVersion(incoming: QuestionSet): Promise<EarlierVersion | undefined> {
	if (!(await mayHoldDatabase())) return undefined;
	const { getTeacherSet } = await import('$lib/db/sets-read');
	const record = await getTeacherSet(incoming.id);
	return record && earlierVersion(record, incoming);
}
