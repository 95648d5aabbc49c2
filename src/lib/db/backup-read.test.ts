/**
 * Property tests of the backup reader: whatever the file, it never throws, and either refuses with
 * a message naming a field or gives records the strict schemas pass, and preferences the settings
 * keep just as they are. A runaway path (minutes on one file) fails by the tests' time limit; no
 * case is timed, so a busy machine cannot fail them.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { parsePreferences } from '$lib/settings/preferences';
import type { ParseResult } from './backup';
import { readBackup } from './backup-read';
import { AttemptSchema, CardRecordSchema, QuizRecordSchema, ReviewRecordSchema, TeacherSetRecordSchema } from './records';

const now = new Date('2026-11-24T09:00:00Z');
/** Far above the second or so each property takes, far below a freeze. */
const LIMIT_MS = 60_000;

const question = {
	id: 'q1',
	setId: 'own-set',
	category: 'person',
	prompt: 'પ્રશ્ન',
	answer: 'પુતિન',
	accept: ['પુટિન'],
	article: 'a.txt',
	quote: 'પુતિન આવ્યા.',
	en: 'Putin came.'
};
const card = {
	questionId: 'q1',
	due: '2026-11-26T09:00:00.000Z',
	stability: 2.3,
	difficulty: 5.1,
	scheduled_days: 2,
	learning_steps: 0,
	reps: 2,
	lapses: 0,
	state: 2,
	last_review: '2026-11-24T09:00:00.000Z'
};
/** A small file of every kind of record, as Kasoti writes it. */
const valid = {
	format: 'kasoti-backup',
	version: 2,
	exportedAt: '2026-11-24T09:00:00.000Z',
	schemaVersion: 4,
	stores: {
		attempts: [{ id: 1, questionId: 'q1', quizId: 'z', given: 'પુતિન', correct: true, mode: 'choice', ms: 900, at: 1795510800000 }],
		quizzes: [
			{
				id: 'z',
				seed: 's',
				options: { categories: ['person'], source: { type: 'set', id: 'own-set' }, length: 'all', mode: 'mixed', weakSpots: false },
				items: [
					{ mode: 'choice', question, options: ['મોદી', 'પુતિન'], correct: 1 },
					{ mode: 'typed', question },
					{ mode: 'tf', question, statement: 'પુતિન આવ્યા.', claim: 'પુતિન', truth: true, fromQuote: true }
				],
				startedAt: 1795510800000,
				finishedAt: 1795510900000,
				status: 'done'
			}
		],
		cards: [card, { ...card, questionId: 'q2', stability: 0, difficulty: 0, state: 0, reps: 0, last_review: undefined }],
		reviews: [
			{ id: 1, questionId: 'q1', rating: 3, state: 0, due: '2026-11-20T09:00:00.000Z', stability: 0, difficulty: 0, scheduled_days: 0, learning_steps: 0, review: '2026-11-20T09:00:00.000Z', via: 'quiz' }
		],
		sets: [
			{
				id: 'own-set',
				set: { id: 'own-set', title: '', title_en: '', lang: 'gu', articles: [], questions: [{ ...question, setId: undefined }] },
				sources: { 'own-set.txt': 'લેખ' },
				origin: 'new',
				lastQuestion: 1,
				createdAt: 1795510800000,
				updatedAt: 1795510800000
			}
		]
	}
};

/** A format-5 file: the stores of today, and the interface preferences. */
const valid5 = {
	...valid,
	version: 5,
	preferences: { lang: 'en', theme: 'dark', digits: null, retention: 0.85, newPerDay: 30 },
	stores: { ...valid.stores, stars: [], learn: [], assignments: [], results: [] }
};

const SCHEMAS = {
	attempts: AttemptSchema,
	quizzes: QuizRecordSchema,
	cards: CardRecordSchema,
	reviews: ReviewRecordSchema,
	sets: TeacherSetRecordSchema
} as const;

/** Reads `text`, and checks what came back. */
function readChecked(text: string): ParseResult {
	const result = readBackup(text, now);
	if (!result.ok) {
		expect(result.error.message.length).toBeGreaterThan(0);
		const { kind, field, message } = result.error;
		if (kind === 'invalid') expect([message.startsWith(`${field}: `), field!.length < 300]).toEqual([true, true]);
		return result;
	}
	for (const [store, schema] of Object.entries(SCHEMAS)) {
		const records: unknown[] = result.backup.stores[store as keyof typeof SCHEMAS] ?? [];
		for (const record of records) expect(v.is(schema, record)).toBe(true);
	}
	// a preference the settings would read back otherwise (or drop) is not one the file may give
	const { preferences } = result.backup;
	if (preferences) expect(parsePreferences(JSON.stringify(preferences))).toEqual(preferences);
	return result;
}

/** Every path to a value inside `value`, the root included. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
	if (typeof value !== 'object' || value === null) return [at];
	const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
	return [at, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...at, k]))];
}
const ALL_PATHS = paths(JSON.parse(JSON.stringify(valid))).filter((p) => p.length > 0);
/** The preferences and the fields beside them, in a format-5 file. */
const PREFERENCE_PATHS = paths(valid5).filter((p) => p.length === 1 || p[0] === 'preferences');

type Mutation = { path: (string | number)[]; op: 'set' | 'delete' | 'add'; value: unknown; key: string };

function mutate(base: unknown, { path, op, value, key }: Mutation): unknown {
	const copy = structuredClone(base) as Record<string | number, unknown>;
	let parent = copy;
	for (const k of path.slice(0, -1)) {
		const next = parent[k];
		// an earlier change replaced this branch: nothing left to change
		if (typeof next !== 'object' || next === null) return copy;
		parent = next as Record<string | number, unknown>;
	}
	const last = path[path.length - 1]!;
	if (op === 'set') parent[last] = value;
	else if (op === 'delete') delete parent[last];
	// JSON gives an array no named keys: adding to one adds an element (setting `length` threw)
	else if (Array.isArray(parent[last])) (parent[last] as unknown[]).push(value);
	else if (typeof parent[last] === 'object' && parent[last] !== null) (parent[last] as Record<string, unknown>)[key] = value;
	return copy;
}

const mutationOf = (paths: (string | number)[][]): fc.Arbitrary<Mutation> =>
	fc.record({
		path: fc.constantFrom(...paths),
		op: fc.constantFrom('set' as const, 'delete' as const, 'add' as const),
		value: fc.oneof(
			fc.jsonValue({ maxDepth: 3 }),
			fc.double(),
			fc.constantFrom(2 ** 53, -1e6, 1e308, -0, '', '1970-01-01T00:00:00.000Z', '2999-01-01T00:00:00.000Z', [], {}),
			// the choices and bounds of each preference, and values beside them
			fc.constantFrom('gu', 'en', 'fr', 'system', 'dark', 'blue', 'gujarati', 'ascii', null, 0.8, 0.97, 0.98, 0, 500, 501, 20.5)
		),
		key: fc.string({ maxLength: 12 })
	});
const mutation = mutationOf(ALL_PATHS);

describe('the backup reader, given anything', { timeout: LIMIT_MS }, () => {
	test('the file as written is read back whole', () => {
		const result = readChecked(JSON.stringify(valid));
		expect(result.ok && result.backup.stores.sets?.[0]?.id).toBe('own-set');
	});

	test('a format-5 file as written is read back whole, its preferences too', () => {
		const result = readChecked(JSON.stringify(valid5));
		expect(result.ok && result.backup.preferences).toEqual({ lang: 'en', theme: 'dark', digits: null, retention: 0.85, newPerDay: 30 });
	});

	test('a format-5 file with its preferences changed: refused naming a field, or kept by the settings as they are', () => {
		fc.assert(
			fc.property(fc.array(mutationOf(PREFERENCE_PATHS), { minLength: 1, maxLength: 3 }), (ms) => {
				readChecked(JSON.stringify(ms.reduce(mutate, valid5 as unknown)));
			}),
			{ numRuns: 1000 }
		);
	});

	test('any JSON: refused with a reason, never a throw', () => {
		fc.assert(
			fc.property(fc.json({ maxDepth: 6 }), (text) => {
				expect(readChecked(text).ok).toBe(false);
			}),
			{ numRuns: 400 }
		);
	});

	test('any text at all, a Kasoti header in front or not', () => {
		const header = '{"format":"kasoti-backup","version":2,';
		fc.assert(
			fc.property(fc.boolean(), fc.string({ maxLength: 300 }), (prefixed, text) => {
				readChecked(prefixed ? header + text : text);
			}),
			{ numRuns: 400 }
		);
	});

	test('a valid file with one field changed, removed or added: refused or still strictly valid', () => {
		fc.assert(
			fc.property(mutation, (m) => {
				readChecked(JSON.stringify(mutate(valid, m)));
			}),
			{ numRuns: 1500 }
		);
	});

	test('a valid file with several changes, and numbers JSON cannot hold (1e999)', () => {
		fc.assert(
			fc.property(fc.array(mutation, { minLength: 2, maxLength: 6 }), fc.boolean(), (ms, huge) => {
				const text = JSON.stringify(ms.reduce(mutate, valid as unknown));
				readChecked(huge ? text.replace(/:(\d+(\.\d+)?)([,}])/, ':1e999$3') : text);
			}),
			{ numRuns: 600 }
		);
	});
});
