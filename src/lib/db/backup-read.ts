/**
 * Reads a backup file's text and checks every record against the stored records' strict schemas
 * (records.ts): known fields only, every number finite and in range, every date between 2000 and
 * a century from `now`, and a format-5 file's preferences held to what the settings keep. Runs in
 * a worker (backup-worker.ts) for a large file; pure, so tests and fuzzing call it directly. It
 * never throws: any file is either refused with a message naming the store, record and field, or
 * given back as records ready to restore. Each own set gets the verdict the checks make of it
 * here: a file's own verdict could call a broken set ready.
 */
import * as v from 'valibot';
import { builtinSets } from '$lib/bank/builtin';
import { withVerdict } from '$lib/teach/check';
import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	BACKUP_VERSIONS,
	PREFERENCES_SINCE,
	STORES_OF_VERSION,
	type BackupErrorKind,
	type BackupStore,
	type ParsedBackup,
	type ParseResult
} from './backup';
import { EARLIEST_DATE, latestDate } from './backup-limits';
import { DB_VERSION } from './migrations';
import {
	AssignmentSchema,
	AttemptSchema,
	ClassResultSchema,
	cardSchema,
	LearnRoundSchema,
	PreferencesSchema,
	QuizRecordSchema,
	reviewSchema,
	StarRecordSchema,
	TeacherSetRecordSchema,
	type TeacherSetRecord
} from './records';

/** Records checked between two progress reports. */
const REPORT_EVERY = 1000;

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function failure(kind: BackupErrorKind, message: string, field?: string): ParseResult {
	return { ok: false, error: field === undefined ? { kind, message } : { kind, message, field } };
}

/** The longest key quoted in a message: a file's unknown key may be a megabyte long. */
const MAX_KEY_SHOWN = 40;

/** `3`, `due`, `a b` as `[3].due["a b"]`. */
function pathText(keys: readonly unknown[]): string {
	const name = (k: string) =>
		/^[A-Za-z_$][\w$]{0,39}$/.test(k)
			? `.${k}`
			: `[${JSON.stringify(k.length > MAX_KEY_SHOWN ? `${k.slice(0, MAX_KEY_SHOWN)}…` : k)}]`;
	return keys.map((k) => (typeof k === 'number' ? `[${k}]` : name(String(k)))).join('');
}

/** The first issue as `field: reason`; a field the schema does not know is named as such. */
function refusal(prefix: string, issues: readonly v.BaseIssue<unknown>[]): ParseResult {
	const issue = issues[0]!;
	const field = `${prefix}${pathText((issue.path ?? []).map((item) => item.key))}`.replace(/^\./, '');
	const reason =
		issue.expected === 'never' ? 'unknown field' : issue.input === undefined ? 'missing' : issue.message;
	return failure('invalid', `${field}: ${reason}`, field);
}

/** The schemas of one file, read at `now`: dates may lie up to a century ahead of it. */
function schemasAt(now: number) {
	const latest = latestDate(now);
	const isoDate = v.pipe(
		v.string('not a date'),
		v.maxLength(40, 'not a date'),
		v.isoTimestamp('not a date'),
		v.transform((s) => new Date(s)),
		v.check((d) => !Number.isNaN(d.getTime()), 'not a date'),
		v.check((d) => d.getTime() >= EARLIEST_DATE, 'before 2000'),
		v.check((d) => d.getTime() <= latest, 'too far in the future')
	);
	/** Each named moment (ms since the epoch) of a record no later than `latest`, reported on its field. */
	const noLater = <T extends Record<string, unknown>>(schema: v.GenericSchema<unknown, T>, ...keys: (keyof T & string)[]) =>
		v.pipe(
			schema,
			...keys.map((key) =>
				v.forward<T, v.CheckIssue<T>, [keyof T & string]>(
					v.check((r) => {
						const ms = r[key] as number | undefined;
						return ms === undefined || ms <= latest;
					}, 'too far in the future'),
					[key] as never
				)
			)
		) as v.GenericSchema<unknown, T>;
	const stores: { [S in BackupStore]: v.GenericSchema<unknown, NonNullable<ParsedBackup['stores'][S]>[number]> } = {
		attempts: noLater(AttemptSchema, 'at'),
		quizzes: noLater(QuizRecordSchema, 'startedAt', 'finishedAt'),
		cards: cardSchema(isoDate),
		reviews: reviewSchema(isoDate),
		stars: noLater(StarRecordSchema, 'at'),
		learn: noLater(LearnRoundSchema, 'startedAt', 'finishedAt'),
		sets: noLater(TeacherSetRecordSchema, 'createdAt', 'updatedAt'),
		assignments: noLater(AssignmentSchema, 'createdAt'),
		results: noLater(ClassResultSchema, 'startedAt', 'finishedAt', 'receivedAt')
	};
	const headerEntries = {
		format: v.literal(BACKUP_FORMAT),
		version: v.picklist(BACKUP_VERSIONS, `not one of ${BACKUP_VERSIONS.join(', ')}`),
		exportedAt: isoDate,
		schemaVersion: v.pipe(
			v.number('not a number'),
			v.integer('not a whole number'),
			v.minValue(1, 'not a database version')
		),
		stores: v.looseObject({}, 'not a record')
	};
	// before format 5 a file's preferences are refused as an unknown field; from it they must be there
	const header = v.strictObject({ ...headerEntries, preferences: v.optional(v.never()) }, 'not a record');
	const headerWithPreferences = v.strictObject({ ...headerEntries, preferences: PreferencesSchema }, 'not a record');
	return { header, headerWithPreferences, stores };
}

/** The key of each record, for finding two records that would overwrite each other. */
const KEY_NAME = { attempts: 'id', quizzes: 'id', cards: 'questionId', reviews: 'id', stars: 'questionId', learn: 'id', sets: 'id', assignments: 'id', results: 'id' } as const;

/** The first record whose key an earlier record of its store already has, as a failure naming both. */
function duplicateKey(store: BackupStore, records: readonly object[]): ParseResult | undefined {
	const firstAt = new Map<unknown, number>();
	for (const [i, record] of records.entries()) {
		const key = (record as Record<string, unknown>)[KEY_NAME[store]];
		if (key === undefined) continue;
		const earlier = firstAt.get(key);
		const field = `${store}[${i}].${KEY_NAME[store]}`;
		if (earlier !== undefined) return failure('invalid', `${field}: same as ${store}[${earlier}]`, field);
		firstAt.set(key, i);
	}
	return undefined;
}

/**
 * A set of the file whose id, or one of whose question ids, a built-in set or an earlier set of the
 * file already has. Nothing here stores such a set (a link or a file's set is given free names):
 * the quiz would keep one question of each id, and a set id twice broke the quiz page's list.
 */
function takenName(sets: readonly TeacherSetRecord[]): ParseResult | undefined {
	const setIds = new Set(builtinSets.map((set) => set.id));
	const questionIds = new Set(builtinSets.flatMap((set) => set.questions.map((q) => q.id)));
	for (const [i, { set }] of sets.entries()) {
		const field = `sets[${i}].set.id`;
		if (setIds.has(set.id)) return failure('invalid', `${field}: "${set.id}" is taken by another set`, field);
		setIds.add(set.id);
		for (const [j, q] of set.questions.entries()) {
			const where = `sets[${i}].set.questions[${j}].id`;
			if (questionIds.has(q.id)) return failure('invalid', `${where}: "${q.id}" is taken by a question of another set`, where);
			questionIds.add(q.id);
		}
	}
	return undefined;
}

/**
 * Reads a backup file's text and checks every record. A damaged file (empty, cut short), a foreign
 * one (a photo, a text, JSON that is not a Kasoti backup), a newer format and a wrong field each get
 * a clear message; `field` names the first bad record and field, e.g. `cards[3].due: not a date`.
 * `onProgress` hears how many records are checked, every thousand.
 */
export function readBackup(
	text: string,
	now: Date,
	onProgress: (done: number, total: number) => void = () => {}
): ParseResult {
	const body = text.replace(/^\uFEFF/, '');
	// a photo or a letter is no backup at all: only a file that opens as one can be damaged
	if (!/^\s*(?:\{|$)/.test(body)) return failure('foreign', 'not a Kasoti backup: the file is not JSON');
	let data: unknown;
	try {
		data = JSON.parse(body);
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
	const schemas = schemasAt(now.getTime());
	const head =
		typeof data.version === 'number' && data.version >= PREFERENCES_SINCE
			? v.safeParse(schemas.headerWithPreferences, data, { abortEarly: true })
			: v.safeParse(schemas.header, data, { abortEarly: true });
	if (!head.success) return refusal('', head.issues);
	const { version, exportedAt, schemaVersion, stores, preferences } = head.output;
	const names: readonly BackupStore[] = STORES_OF_VERSION[version];

	const unknown = Object.keys(stores).find((name) => !(names as readonly string[]).includes(name));
	if (unknown !== undefined) {
		const field = `stores${pathText([unknown])}`;
		return failure('invalid', `${field}: unknown field`, field);
	}
	const lists: unknown[][] = [];
	for (const name of names) {
		const list = stores[name];
		if (list === undefined) return failure('invalid', `${name}: missing`, name);
		if (!Array.isArray(list)) return failure('invalid', `${name}: not a list`, name);
		lists.push(list);
	}

	const total = lists.reduce((sum, list) => sum + list.length, 0);
	const checked: Record<string, object[]> = {};
	let done = 0;
	for (const [n, name] of names.entries()) {
		const out: object[] = (checked[name] = []);
		for (const [i, record] of lists[n]!.entries()) {
			const result = v.safeParse(schemas.stores[name], record, { abortEarly: true });
			if (!result.success) return refusal(`${name}[${i}]`, result.issues);
			out.push(result.output);
			if (++done % REPORT_EVERY === 0) onProgress(done, total);
		}
		const clash = duplicateKey(name, out);
		if (clash) return clash;
		if (name === 'sets') {
			const taken = takenName(out as TeacherSetRecord[]);
			if (taken) return taken;
			checked.sets = (out as TeacherSetRecord[]).map((record) => withVerdict(record));
		}
	}
	onProgress(total, total);
	// a file from before stars and Learn restores with none: they are progress, replaced like the rest
	const complete = { stars: [], learn: [], ...checked } as unknown as ParsedBackup['stores'];
	const backup: ParsedBackup = { version, exportedAt, schemaVersion, ...(preferences && { preferences }), stores: complete };
	return { ok: true, backup };
}
