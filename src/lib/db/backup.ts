/**
 * "Back up my progress": the progress stores and the teacher's own sets as one JSON file, checked
 * record by record on the way back in (backup-read.ts, in a worker). Restoring is all or nothing:
 * one transaction clears and refills every store the file holds, and any failure aborts it, so the
 * data stays exactly as it was. Restoring replaces: sets not in a format-2 file are gone, like
 * progress. A format-1 file holds no sets, so restoring one leaves the sets as they are (a file
 * before format 4 likewise leaves the class assignments and results), and
 * "delete all my progress" never touches them. Stars and Learn rounds are progress: a file made
 * before they existed (format 1 or 2) restores with none. Format 5 carries the interface preferences
 * too: the page gives them and puts them back, so this code never reads or writes the settings.
 * This module loads no valibot: checking a file costs only the page that restores.
 */
import { unwrap, type StoreNames } from 'idb';
import { builtinSets } from '$lib/bank/builtin';
import type { CardRecord } from '$lib/srs';
import { withoutVerdict } from '$lib/teach/verdict';
export { backupCounts } from './backup-counts';
export { sizeProblem } from './backup-limits';
import { asStorageError, failedWrite } from './errors';
import { DB_VERSION } from './migrations';
import { getDb } from './open';
import type { Assignment, ClassResult } from '$lib/class/types';
import type { Preferences } from '$lib/settings/preferences';
import type { Attempt, KasotiDB, LearnRound, QuizRecord, StarRecord, StoredReview, TeacherSetRecord } from './schema';
import { setsChanged } from './set-events';
import { forgetNamesInUse } from './sets';
import { summaryOf } from './set-summaries';

/** What every Kasoti backup says it is, so any other JSON file is turned away. */
export const BACKUP_FORMAT = 'kasoti-backup';
/** The layout written now; a newer one is refused rather than half understood. */
export const BACKUP_VERSION = 5;
/**
 * The layouts still read: 1 held progress only, 2 adds the teacher's own sets, 3 stars and Learn
 * rounds, 4 class assignments and results, 5 the interface preferences.
 */
export const BACKUP_VERSIONS = [1, 2, 3, 4, 5] as const;
/** The first layout that carries the preferences: an older file holding some is refused. */
export const PREFERENCES_SINCE = 5;

/** The progress stores of formats 1 and 2. */
export const FIRST_PROGRESS_STORES = ['attempts', 'quizzes', 'cards', 'reviews'] as const satisfies readonly StoreNames<KasotiDB>[];
/** The progress stores, in the order they are written back. */
export const PROGRESS_STORES = [...FIRST_PROGRESS_STORES, 'stars', 'learn'] as const satisfies readonly StoreNames<KasotiDB>[];
/** The teacher's assignments and the results collected for them: not progress, kept by "delete all my progress". */
export const CLASS_STORES = ['assignments', 'results'] as const satisfies readonly StoreNames<KasotiDB>[];
/** Every store a format-4 or format-5 backup holds. */
export const BACKUP_STORES = [...PROGRESS_STORES, 'sets', ...CLASS_STORES] as const satisfies readonly StoreNames<KasotiDB>[];
/** The stores each format holds, in the order they are checked. */
export const STORES_OF_VERSION = {
	1: FIRST_PROGRESS_STORES,
	2: [...FIRST_PROGRESS_STORES, 'sets'],
	3: [...PROGRESS_STORES, 'sets'],
	4: BACKUP_STORES,
	5: BACKUP_STORES
} as const satisfies Record<(typeof BACKUP_VERSIONS)[number], readonly StoreNames<KasotiDB>[]>;
/** A store a backup holds. */
export type BackupStore = (typeof BACKUP_STORES)[number];

/** A record as written to JSON: its Date fields become ISO strings. */
export type Json<T> = { [K in keyof T]: Date extends T[K] ? Exclude<T[K], Date> | string : T[K] };

/** A backup as written to the file: plain JSON, Dates as ISO strings. */
export interface Backup {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	/** When the backup was made, ISO 8601. */
	exportedAt: string;
	/** The database version the records were read from. */
	schemaVersion: number;
	/** The interface preferences when the backup was made. */
	preferences: Preferences;
	stores: {
		attempts: Attempt[];
		quizzes: QuizRecord[];
		cards: Json<CardRecord>[];
		reviews: Json<StoredReview>[];
		stars: StarRecord[];
		learn: LearnRound[];
		sets: TeacherSetRecord[];
		assignments: Assignment[];
		results: ClassResult[];
	};
}

/** A backup read back and checked: Dates are Dates again, ready for restoreBackup. */
export interface ParsedBackup {
	version: (typeof BACKUP_VERSIONS)[number];
	exportedAt: Date;
	schemaVersion: number;
	/** Absent from a file before format 5: the preferences here are then left alone. */
	preferences?: Preferences;
	stores: {
		attempts: Attempt[];
		quizzes: QuizRecord[];
		cards: CardRecord[];
		reviews: StoredReview[];
		/** Empty when read from a file made before stars existed (format 1 or 2). */
		stars: StarRecord[];
		/** Empty when read from a file made before Learn existed (format 1 or 2). */
		learn: LearnRound[];
		/** Absent from a format-1 file: the sets stored here are then left alone. Each has the verdict readBackup's checks made. */
		sets?: TeacherSetRecord[];
		/** Absent from a file before format 4: the assignments stored here are then left alone. */
		assignments?: Assignment[];
		/** Absent from a file before format 4, like `assignments`. */
		results?: ClassResult[];
	};
}

/** Why a file cannot be restored: too large, cut short or not JSON, other JSON, a newer Kasoti, a bad record. */
export type BackupErrorKind = 'too-large' | 'damaged' | 'foreign' | 'newer' | 'invalid';

/** A file that cannot be restored; `field` names the record and field, e.g. `cards[3].due`. */
export interface BackupError {
	kind: BackupErrorKind;
	message: string;
	field?: string;
}

/** The outcome of reading a backup file. */
export type ParseResult = { ok: true; backup: ParsedBackup } | { ok: false; error: BackupError };

/** How far a long job has got: reading the file, checking its records, or writing them. */
export type BackupProgress = { phase: 'reading' } | { phase: 'checking' | 'writing'; done: number; total: number };


function datesToIso<T extends object>(record: T): Json<T> {
	const entries = Object.entries(record).map(([k, x]) => [k, x instanceof Date ? x.toISOString() : x]);
	return Object.fromEntries(entries) as Json<T>;
}

/**
 * Everything stored, read in one transaction so the stores agree with each other, with the
 * interface `preferences` the page gives (they live in localStorage, not in the database).
 */
export async function exportBackup(now: Date, preferences: Preferences): Promise<Backup> {
	const db = await getDb();
	const tx = db.transaction(BACKUP_STORES, 'readonly');
	const [attempts, quizzes, cards, reviews, stars, learn, sets, assignments, results] = await Promise.all([
		tx.objectStore('attempts').getAll(),
		tx.objectStore('quizzes').getAll(),
		tx.objectStore('cards').getAll(),
		tx.objectStore('reviews').getAll(),
		tx.objectStore('stars').getAll(),
		tx.objectStore('learn').getAll(),
		tx.objectStore('sets').getAll(),
		tx.objectStore('assignments').getAll(),
		tx.objectStore('results').getAll()
	]);
	await tx.done;
	// the five fields by name: anything else the caller's object holds would make the file unreadable
	const { lang, theme, digits, retention, newPerDay } = preferences;
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		schemaVersion: DB_VERSION,
		preferences: { lang, theme, digits, retention, newPerDay },
		stores: {
			attempts,
			quizzes,
			cards: cards.map(datesToIso),
			reviews: reviews.map(datesToIso),
			stars,
			learn,
			sets: sets.map(withoutVerdict),
			assignments,
			results
		}
	};
}

/** The file name offered for a backup made at `now` (local date): kasoti-backup-2026-11-24.json. */
export function backupFileName(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `kasoti-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/**
 * The records to write, store by store. Answers and ratings are numbered 1, 2, 3… in the file's
 * order (their key order when exported): the key generator then stays as low as the records are
 * many, whatever numbers the file gave. Nothing refers to these numbers across a restore.
 */
function recordsToWrite(backup: ParsedBackup, questions: ReadonlySet<string>): [StoreNames<KasotiDB>, readonly object[]][] {
	const numbered = <T extends object>(records: readonly T[]) => records.map((r, i) => ({ ...r, id: i + 1 }));
	const { attempts, quizzes, cards, reviews, stars, learn, sets, assignments, results } = backup.stores;
	const progress: [BackupStore, readonly object[]][] = [
		['attempts', numbered(attempts)],
		['quizzes', quizzes],
		['cards', cards.filter((card) => questions.has(card.questionId))],
		['reviews', numbered(reviews)],
		['stars', stars],
		['learn', learn]
	];
	const held: [StoreNames<KasotiDB>, readonly object[] | undefined][] = [
		['sets', sets],
		// each set's short record for Home, written with the sets as every write of a set does
		['summaries', sets?.map(summaryOf)],
		['assignments', assignments],
		['results', results]
	];
	return [...progress, ...held.filter((w): w is [StoreNames<KasotiDB>, readonly object[]] => w[1] !== undefined)];
}

/**
 * The questions the phone holds once the backup is in: the built-in ones and the file's own sets'
 * (the sets stored here, for a file without them). A card of any other question, from a set left
 * out or a question retired since, is never shown on /cards, yet Home counted it due for good.
 */
async function heldQuestions(backup: ParsedBackup): Promise<Set<string>> {
	const own = backup.stores.sets ?? (await (await getDb()).getAll('sets'));
	return new Set([...builtinSets, ...own.map((record) => record.set)].flatMap((set) => set.questions.map((q) => q.id)));
}

/** Records written between two progress reports: each pause lets the page draw. */
const CHUNK = 2000;

/** When `request` has succeeded; at once if it already has (the last record may end a chunk). */
function settled(request: IDBRequest): Promise<void> {
	return new Promise((resolve, reject) => {
		if (request.readyState === 'done') return request.error ? reject(request.error) : resolve();
		request.onsuccess = () => resolve();
		request.onerror = () => reject(request.error);
	});
}

/**
 * Replaces everything stored with the backup, in one read-write transaction over the stores it
 * holds. Records are added, not put: two with one key fail like any other error, and any failure
 * aborts the transaction, so either the whole backup is in or nothing changed. They go in chunks,
 * waiting for each chunk's last write (database work only) and telling `onProgress`, so the page
 * stays alive through a large file. A full disk is thrown as StorageFullError. The cards of
 * questions the phone will not hold are left out (see heldQuestions); their answers and ratings stay.
 */
export async function restoreBackup(
	backup: ParsedBackup,
	onProgress: (done: number, total: number) => void = () => {}
): Promise<void> {
	const db = await getDb();
	const writes = recordsToWrite(backup, await heldQuestions(backup));
	const tx = db.transaction(
		writes.map(([store]) => store),
		'readwrite'
	);
	// the progress told counts the file's records, not the summaries made from its sets
	const told = (store: StoreNames<KasotiDB>) => store !== 'summaries';
	const total = writes.reduce((sum, [store, records]) => sum + (told(store) ? records.length : 0), 0);
	// a failed write rejects `done` before the chunk's end is reached; the catch below reports it
	tx.done.catch(() => {});
	try {
		// Plain requests, without a promise each: a hundred thousand promises would hold the page up.
		const stores = writes.map(([store, records]) => [unwrap(tx.objectStore(store)), records, told(store)] as const);
		let last: IDBRequest = stores[0]![0].clear();
		for (const [store] of stores.slice(1)) last = store.clear();
		let done = 0;
		for (const [store, records, counted] of stores) {
			for (const record of records) {
				last = store.add(record);
				if (counted && ++done % CHUNK === 0) {
					await settled(last);
					onProgress(done, total);
				}
			}
		}
		await settled(last);
		onProgress(total, total);
		await tx.done;
	} catch (error) {
		// A request that throws at once (a record that cannot be stored) leaves the transaction running.
		throw await failedWrite(tx, error);
	}
	if (backup.stores.sets) {
		forgetNamesInUse();
		setsChanged();
	}
}

/** Deletes every answer, quiz, card, rating, star and Learn round ("delete all my progress"), in one transaction; own sets stay. */
export async function clearProgress(): Promise<void> {
	const db = await getDb();
	const tx = db.transaction(PROGRESS_STORES, 'readwrite');
	try {
		await Promise.all([...PROGRESS_STORES.map((store) => tx.objectStore(store).clear()), tx.done]);
	} catch (error) {
		throw asStorageError(tx.error ?? error);
	}
}
