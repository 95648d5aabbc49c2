/**
 * "Back up my progress": the four stores as one JSON file, checked record by record on the way
 * back in. Restoring is all or nothing: one transaction clears and refills every store, and any
 * failure aborts it, so the data stays exactly as it was. Teachers' own sets (the `sets` store)
 * are content, not progress: a backup leaves them out, and restoring or deleting leaves them alone.
 */
import * as v from 'valibot';
import type { CardRecord } from '$lib/srs';
import { asStorageError } from './errors';
import { DB_VERSION } from './migrations';
import { getDb } from './open';
import { AttemptSchema, CardRecordSchema, QuizRecordSchema, ReviewRecordSchema } from './records';
import type { Attempt, KasotiDB, QuizRecord, StoredReview } from './schema';
import type { StoreNames } from 'idb';

/** What every Kasoti backup says it is, so any other JSON file is turned away. */
export const BACKUP_FORMAT = 'kasoti-backup';
/** The layout of the file; a newer one is refused rather than half understood. */
export const BACKUP_VERSION = 1;

/** The stores a backup holds, in the order they are written back. */
const STORES = ['attempts', 'quizzes', 'cards', 'reviews'] as const satisfies readonly StoreNames<KasotiDB>[];

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
	stores: {
		attempts: Attempt[];
		quizzes: QuizRecord[];
		cards: Json<CardRecord>[];
		reviews: Json<StoredReview>[];
	};
}

/** A backup read back and checked: Dates are Dates again, ready for restoreBackup. */
export interface ParsedBackup {
	exportedAt: Date;
	schemaVersion: number;
	stores: { attempts: Attempt[]; quizzes: QuizRecord[]; cards: CardRecord[]; reviews: StoredReview[] };
}

/** Why a file cannot be restored: cut short or not JSON, some other JSON, a newer Kasoti, a bad record. */
export type BackupErrorKind = 'damaged' | 'foreign' | 'newer' | 'invalid';

/** A file that cannot be restored; `field` names the record and field, e.g. `cards[3].due`. */
export interface BackupError {
	kind: BackupErrorKind;
	message: string;
	field?: string;
}

/** The outcome of reading a backup file. */
export type ParseResult = { ok: true; backup: ParsedBackup } | { ok: false; error: BackupError };

// In the file a Date is an ISO string: checked as one and turned back into a Date.
const isoDate = v.pipe(
	v.string('not a date'),
	v.isoTimestamp('not a date'),
	v.check((s) => !Number.isNaN(Date.parse(s)), 'not a date'),
	v.transform((s) => new Date(s))
);
const list = <T extends v.GenericSchema>(item: T) => v.array(item, 'not a list');

/** A card as the file has it: the stored record with its dates as ISO strings. */
const CardJsonSchema: v.GenericSchema<unknown, CardRecord> = v.object(
	{ ...CardRecordSchema.entries, due: isoDate, last_review: v.optional(isoDate) },
	CardRecordSchema.message
);

/** A rating as the file has it: the stored record with its dates as ISO strings. */
const ReviewJsonSchema: v.GenericSchema<unknown, StoredReview> = v.object(
	{ ...ReviewRecordSchema.entries, due: isoDate, review: isoDate },
	ReviewRecordSchema.message
);

const BackupSchema: v.GenericSchema<unknown, ParsedBackup> = v.object({
	format: v.literal(BACKUP_FORMAT),
	version: v.literal(BACKUP_VERSION, `not ${BACKUP_VERSION}`),
	exportedAt: isoDate,
	schemaVersion: v.pipe(
		v.number('not a number'),
		v.integer('not a whole number'),
		v.minValue(1, 'not a database version')
	),
	stores: v.object(
		{
			attempts: list(AttemptSchema),
			quizzes: list(QuizRecordSchema),
			cards: list(CardJsonSchema),
			reviews: list(ReviewJsonSchema)
		},
		'not a record'
	)
});

/** The key of each record, for finding two records that would overwrite each other. */
const KEY_OF: { [S in (typeof STORES)[number]]: (record: ParsedBackup['stores'][S][number]) => unknown } = {
	attempts: (r) => r.id,
	quizzes: (r) => r.id,
	cards: (r) => r.questionId,
	reviews: (r) => r.id
};
const KEY_NAME = { attempts: 'id', quizzes: 'id', cards: 'questionId', reviews: 'id' } as const;

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `stores.cards.3.due` as `cards[3].due`. */
function fieldOf(path: readonly v.IssuePathItem[] | undefined): string {
	const keys = (path ?? []).map((item) => item.key);
	if (keys[0] === 'stores' && keys.length > 1) keys.shift();
	return keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}

function failure(kind: BackupErrorKind, message: string, field?: string): ParseResult {
	return { ok: false, error: field === undefined ? { kind, message } : { kind, message, field } };
}

/** The first record whose key an earlier record already has, as a failure naming both. */
function duplicateKey(backup: ParsedBackup): ParseResult | undefined {
	for (const store of STORES) {
		const firstAt = new Map<unknown, number>();
		const records: readonly object[] = backup.stores[store];
		for (const [i, record] of records.entries()) {
			const k = (KEY_OF[store] as (r: object) => unknown)(record);
			if (k === undefined) continue;
			const earlier = firstAt.get(k);
			const field = `${store}[${i}].${KEY_NAME[store]}`;
			if (earlier !== undefined) return failure('invalid', `${field}: same as ${store}[${earlier}]`, field);
			firstAt.set(k, i);
		}
	}
	return undefined;
}

/**
 * Reads a backup file's text and checks every record. A damaged file (not JSON, cut short), a
 * foreign one (JSON, but not a Kasoti backup), a newer format and a wrong field each get a clear
 * message; `field` names the first bad record and field, e.g. `cards[3].due: not a date`.
 */
export function parseBackup(text: string): ParseResult {
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		const detail = error instanceof Error ? error.message : String(error);
		return failure('damaged', `the file is damaged or cut short: ${detail}`);
	}
	if (!isObject(data) || data.format !== BACKUP_FORMAT) {
		return failure('foreign', `not a Kasoti backup: "format" is not "${BACKUP_FORMAT}"`);
	}
	if (typeof data.version === 'number' && data.version > BACKUP_VERSION) {
		return failure('newer', `version: backup format ${data.version} is newer than ${BACKUP_VERSION}`, 'version');
	}
	if (typeof data.schemaVersion === 'number' && data.schemaVersion > DB_VERSION) {
		const message = `schemaVersion: made by a newer Kasoti (database ${data.schemaVersion}, here ${DB_VERSION})`;
		return failure('newer', message, 'schemaVersion');
	}
	const result = v.safeParse(BackupSchema, data, { abortEarly: true });
	if (!result.success) {
		const issue = result.issues[0];
		const field = fieldOf(issue.path);
		const reason = issue.input === undefined ? 'missing' : issue.message;
		return failure('invalid', `${field}: ${reason}`, field);
	}
	return duplicateKey(result.output) ?? { ok: true, backup: result.output };
}

function datesToIso<T extends object>(record: T): Json<T> {
	const entries = Object.entries(record).map(([k, x]) => [k, x instanceof Date ? x.toISOString() : x]);
	return Object.fromEntries(entries) as Json<T>;
}

/** Everything stored, read in one transaction so the stores agree with each other. */
export async function exportBackup(now: Date): Promise<Backup> {
	const db = await getDb();
	const tx = db.transaction(STORES, 'readonly');
	const [attempts, quizzes, cards, reviews] = await Promise.all([
		tx.objectStore('attempts').getAll(),
		tx.objectStore('quizzes').getAll(),
		tx.objectStore('cards').getAll(),
		tx.objectStore('reviews').getAll()
	]);
	await tx.done;
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now.toISOString(),
		schemaVersion: DB_VERSION,
		stores: { attempts, quizzes, cards: cards.map(datesToIso), reviews: reviews.map(datesToIso) }
	};
}

/** The file name offered for a backup made at `now` (local date): kasoti-backup-2026-11-24.json. */
export function backupFileName(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `kasoti-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** How many records of each kind a backup holds: shown before the student confirms a restore. */
export function backupCounts(backup: ParsedBackup): Record<(typeof STORES)[number], number> {
	const { attempts, quizzes, cards, reviews } = backup.stores;
	return { attempts: attempts.length, quizzes: quizzes.length, cards: cards.length, reviews: reviews.length };
}

/**
 * Replaces everything stored with the backup, in one read-write transaction over all four stores.
 * Records are added, not put: two with one key fail like any other error, and any failure aborts
 * the transaction, so either the whole backup is in or nothing changed. A full disk is thrown as
 * StorageFullError.
 */
export async function restoreBackup(backup: ParsedBackup): Promise<void> {
	const db = await getDb();
	const tx = db.transaction(STORES, 'readwrite');
	const pending: Promise<unknown>[] = [];
	try {
		// Every request is queued without waiting: they run in order, and nothing else is awaited.
		for (const store of STORES) pending.push(tx.objectStore(store).clear());
		for (const r of backup.stores.attempts) pending.push(tx.objectStore('attempts').add(r));
		for (const r of backup.stores.quizzes) pending.push(tx.objectStore('quizzes').add(r));
		for (const r of backup.stores.cards) pending.push(tx.objectStore('cards').add(r));
		for (const r of backup.stores.reviews) pending.push(tx.objectStore('reviews').add(r));
		await Promise.all(pending);
		await tx.done;
	} catch (error) {
		// A request that throws at once (a bad key) leaves the transaction running: abort it by hand.
		try {
			tx.abort();
		} catch {
			// It had aborted already.
		}
		await Promise.allSettled([...pending, tx.done]);
		// A full disk shows on the transaction, while its requests only say AbortError.
		throw asStorageError(tx.error ?? error);
	}
}

/** Deletes every answer, quiz, card and rating ("delete all my progress"), in one transaction. */
export async function clearProgress(): Promise<void> {
	const db = await getDb();
	const tx = db.transaction(STORES, 'readwrite');
	try {
		await Promise.all([...STORES.map((store) => tx.objectStore(store).clear()), tx.done]);
	} catch (error) {
		throw asStorageError(tx.error ?? error);
	}
}
