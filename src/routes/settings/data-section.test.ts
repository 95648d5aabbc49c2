import { beforeEach, describe, expect, test, vi } from 'vitest';
import { useFreshDatabase } from '$lib/db/testing';
import type { BackupProgress } from '$lib/db/backup';
import { MAX_FILE_BYTES } from '$lib/db/backup-limits';
import { readBackup } from '$lib/db/backup-read';
import { getDb } from '$lib/db/open';
import type { Preferences } from '$lib/settings/preferences';
import { DataSettings, type DataPorts } from './data-section.svelte';

const NOW = new Date('2026-11-24T09:00:00Z');
const ANSWER = { questionId: 'q1', quizId: 'z', given: 'x', correct: true, mode: 'choice' as const, ms: 900, at: NOW.getTime() };

/** The preferences the page holds when it backs up: none of them the default. */
const CHOSEN: Preferences = { lang: 'en', theme: 'dark', digits: 'ascii', retention: 0.95, newPerDay: 10 };

/**
 * The browser's side, recorded: what was downloaded, how often the space was read again, and each
 * preference set, with the answers stored at that moment.
 */
function ports(persisted = true) {
	const downloads: { name: string; text: string; type: string }[] = [];
	const set: [keyof Preferences, unknown, Promise<number>][] = [];
	const given: DataPorts = {
		// the worker's work, done here: read the text, check it, tell the progress
		read: vi.fn(async (file: File, now: Date, onProgress: (progress: BackupProgress) => void) => {
			onProgress({ phase: 'reading' });
			return readBackup(await file.text(), now, (done, total) => onProgress({ phase: 'checking', done, total }));
		}),
		download: (name, text, type) => downloads.push({ name, text, type }),
		persist: async () => persisted,
		refresh: vi.fn(),
		preferences: () => CHOSEN,
		setPreference: (key, value) => void set.push([key, value, answers()]),
		ready: vi.fn(async () => {})
	};
	return { given, downloads, set };
}
const file = (text: string) => new File([text], 'kasoti-backup.json', { type: 'application/json' });
const answers = async () => (await getDb()).count('attempts');

useFreshDatabase();
beforeEach(async () => {
	await (await getDb()).add('attempts', ANSWER);
});

describe('back up and restore', () => {
	test('a backup downloads every answer; restoring it after a delete brings them back', async () => {
		const { given, downloads } = ports();
		const data = new DataSettings(given);
		await data.backUp(NOW);
		expect(data.notice).toEqual({ kind: 'backed-up', file: downloads[0]!.name });
		expect([downloads[0]!.type, JSON.parse(downloads[0]!.text).stores.attempts.length]).toEqual(['application/json', 1]);
		data.askDelete();
		await data.deleteAll();
		expect([data.notice, data.confirmingDelete, await answers()]).toEqual([{ kind: 'deleted' }, false, 0]);
		await data.choose(file(downloads[0]!.text), NOW);
		expect(data.pending?.stores.attempts).toHaveLength(1);
		await data.restore();
		expect([data.notice, data.pending, await answers()]).toEqual([{ kind: 'restored', settings: true }, undefined, 1]);
		expect(given.refresh).toHaveBeenCalledTimes(3);
	});

	test('a damaged or foreign file, or one with a bad record, is refused with its reason and changes nothing', async () => {
		const data = new DataSettings(ports().given);
		await data.choose(file('{"format": "kasoti-backup", "vers'), NOW);
		expect(data.problem).toEqual({ kind: 'backup', reason: 'damaged' });
		await data.choose(file('{"hello": 1}'), NOW);
		expect(data.problem).toEqual({ kind: 'backup', reason: 'foreign' });
		const bad = { format: 'kasoti-backup', version: 1, exportedAt: NOW.toISOString(), schemaVersion: 1 };
		const stores = { attempts: [{ ...ANSWER, correct: 'yes' }], quizzes: [], cards: [], reviews: [] };
		await data.choose(file(JSON.stringify({ ...bad, stores })), NOW);
		expect(data.problem).toEqual({ kind: 'backup', reason: 'invalid', detail: 'attempts[0].correct: not true or false' });
		expect([data.pending, await answers()]).toEqual([undefined, 1]);
	});

	test('a full disk during a restore is told apart, and the progress stays as it was', async () => {
		const { given, downloads } = ports();
		const data = new DataSettings(given);
		await data.backUp(NOW);
		await data.choose(file(downloads[0]!.text), NOW);
		const db = await getDb();
		vi.spyOn(db, 'transaction').mockImplementationOnce(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		await data.restore();
		expect([data.problem, data.notice, await answers()]).toEqual([{ kind: 'full' }, undefined, 1]);
	});
});

describe('the preferences go with the backup', () => {
	/** The file downloaded with CHOSEN, after the answer is deleted, chosen and waiting to be restored. */
	async function waiting(change: (file: Record<string, unknown>) => void = () => {}) {
		const recorded = ports();
		const data = new DataSettings(recorded.given);
		await data.backUp(NOW);
		const written = JSON.parse(recorded.downloads[0]!.text);
		change(written);
		await (await getDb()).clear('attempts');
		await data.choose(file(JSON.stringify(written)), NOW);
		return { ...recorded, data };
	}
	const settled = (set: [keyof Preferences, unknown, Promise<number>][]) =>
		Promise.all(set.map(async ([key, value, stored]) => [key, value, await stored]));

	test('a backup holds the page’s preferences; a restore sets each of them once the answers are back', async () => {
		const { data, set, given } = await waiting();
		expect(data.pending?.preferences).toEqual({ lang: 'en', theme: 'dark', digits: 'ascii', retention: 0.95, newPerDay: 10 });
		expect(set).toEqual([]);
		await data.restore();
		expect(await settled(set)).toEqual([
			['lang', 'en', 1],
			['theme', 'dark', 1],
			['digits', 'ascii', 1],
			['retention', 0.95, 1],
			['newPerDay', 10, 1]
		]);
		expect(given.ready).toHaveBeenCalledWith('en');
		expect(data.notice).toEqual({ kind: 'restored', settings: true });
	});

	test('the message waits for the restored language, and is said in the one shown if its words cannot load', async () => {
		const { data, given } = await waiting();
		let loaded!: () => void;
		given.ready = () => new Promise<void>((resolve) => (loaded = resolve));
		const restoring = data.restore();
		await vi.waitFor(() => expect(loaded).toBeDefined());
		expect([data.notice, data.busy, await answers()]).toEqual([undefined, true, 1]);
		loaded();
		await restoring;
		expect(data.notice).toEqual({ kind: 'restored', settings: true });

		const offline = await waiting();
		offline.given.ready = () => Promise.reject(new Error('offline'));
		await offline.data.restore();
		expect([offline.data.notice, offline.data.problem]).toEqual([{ kind: 'restored', settings: true }, undefined]);
	});

	test('a restore that fails sets no preference', async () => {
		const { data, set, given } = await waiting();
		vi.spyOn(await getDb(), 'transaction').mockImplementationOnce(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		await data.restore();
		expect([data.problem, await answers(), set.length]).toEqual([{ kind: 'full' }, 0, 0]);
		expect(given.ready).not.toHaveBeenCalled();
	});

	test('a format-4 file, without preferences, restores the answers and leaves the preferences alone', async () => {
		const { data, set, given } = await waiting((written) => {
			written.version = 4;
			delete written.preferences;
		});
		await data.restore();
		expect([data.notice, await answers(), set.length]).toEqual([{ kind: 'restored', settings: false }, 1, 0]);
		expect(given.ready).not.toHaveBeenCalled();
	});
});

describe('a large file', () => {
	test('a file over the size limit is refused before it is read', async () => {
		const { given } = ports();
		const data = new DataSettings(given);
		await data.choose(new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'huge.json'), NOW);
		expect([data.problem, data.pending, data.busy]).toEqual([{ kind: 'backup', reason: 'too-large' }, undefined, false]);
		expect(given.read).not.toHaveBeenCalled();
	});

	test('reading and restoring tell their progress, which is gone once they end', async () => {
		const db = await getDb();
		for (let i = 0; i < 2500; i++) await db.add('attempts', { ...ANSWER, at: NOW.getTime() + i });
		const { given, downloads } = ports();
		const data = new DataSettings(given);
		// what the section shows each time the reader tells it how far it has got
		const shown: unknown[] = [];
		const read = given.read;
		given.read = (f, now, onProgress) => read(f, now, (p) => (onProgress(p), shown.push(data.progress)));
		await data.backUp(NOW);
		await data.choose(file(downloads[0]!.text), NOW);
		expect(shown).toEqual([
			{ phase: 'reading' },
			{ phase: 'checking', done: 1000, total: 2501 },
			{ phase: 'checking', done: 2000, total: 2501 },
			{ phase: 'checking', done: 2501, total: 2501 }
		]);
		expect(data.progress).toBeUndefined();
		// what the section shows when the second chunk of records starts
		let writing: unknown;
		const add = IDBObjectStore.prototype.add;
		let calls = 0;
		vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
			if (++calls === 2001) writing = data.progress;
			return add.apply(this, args);
		});
		const restoring = data.restore();
		await restoring;
		expect(writing).toEqual({ phase: 'writing', done: 2000, total: 2501 });
		expect([data.progress, data.notice, await answers()]).toEqual([undefined, { kind: 'restored', settings: true }, 2501]);
	});
});

describe('one question at a time', () => {
	test('asking to delete closes a waiting restore and clears the last message; persistence says yes or no', async () => {
		const data = new DataSettings(ports(false).given);
		await data.askPersistence();
		expect(data.notice).toEqual({ kind: 'persist-refused' });
		const { given, downloads } = ports();
		await new DataSettings(given).backUp(NOW);
		await data.choose(file(downloads[0]!.text), NOW);
		data.askDelete();
		expect([data.pending, data.confirmingDelete, data.notice]).toEqual([undefined, true, undefined]);
	});
});

describe('while a job runs', () => {
	test('a second press does nothing: the buttons stay focusable, so the section ignores them itself', async () => {
		const { given, downloads } = ports();
		const data = new DataSettings(given);
		const first = data.backUp(NOW);
		data.askDelete();
		await Promise.all([first, data.backUp(NOW), data.choose(file('{}'), NOW)]);
		expect([downloads.length, data.confirmingDelete, data.problem]).toEqual([1, false, undefined]);
		expect(given.read).not.toHaveBeenCalled();
		expect(data.notice).toEqual({ kind: 'backed-up', file: downloads[0]!.name });
	});
});
