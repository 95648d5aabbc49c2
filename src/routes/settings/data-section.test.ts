import { beforeEach, describe, expect, test, vi } from 'vitest';
import { useFreshDatabase } from '$lib/db/testing';
import { getDb } from '$lib/db/open';
import { DataSettings, type DataPorts } from './data-section.svelte';

const NOW = new Date('2026-11-24T09:00:00Z');
const ANSWER = { questionId: 'q1', quizId: 'z', given: 'x', correct: true, mode: 'choice' as const, ms: 900, at: NOW.getTime() };

/** The browser's side, recorded: what was downloaded, and how often the space was read again. */
function ports(persisted = true) {
	const downloads: { name: string; text: string; type: string }[] = [];
	const given: DataPorts = {
		readText: (file) => file.text(),
		download: (name, text, type) => downloads.push({ name, text, type }),
		persist: async () => persisted,
		refresh: vi.fn()
	};
	return { given, downloads };
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
		await data.choose(file(downloads[0]!.text));
		expect(data.pending?.stores.attempts).toHaveLength(1);
		await data.restore();
		expect([data.notice, data.pending, await answers()]).toEqual([{ kind: 'restored' }, undefined, 1]);
		expect(given.refresh).toHaveBeenCalledTimes(3);
	});

	test('a damaged or foreign file, or one with a bad record, is refused with its reason and changes nothing', async () => {
		const data = new DataSettings(ports().given);
		await data.choose(file('{"format": "kasoti-backup", "vers'));
		expect(data.problem).toEqual({ kind: 'backup', reason: 'damaged' });
		await data.choose(file('{"hello": 1}'));
		expect(data.problem).toEqual({ kind: 'backup', reason: 'foreign' });
		const bad = { format: 'kasoti-backup', version: 1, exportedAt: NOW.toISOString(), schemaVersion: 1 };
		const stores = { attempts: [{ ...ANSWER, correct: 'yes' }], quizzes: [], cards: [], reviews: [] };
		await data.choose(file(JSON.stringify({ ...bad, stores })));
		expect(data.problem).toEqual({ kind: 'backup', reason: 'invalid', detail: 'attempts[0].correct: not true or false' });
		expect([data.pending, await answers()]).toEqual([undefined, 1]);
	});

	test('a full disk during a restore is told apart, and the progress stays as it was', async () => {
		const { given, downloads } = ports();
		const data = new DataSettings(given);
		await data.backUp(NOW);
		await data.choose(file(downloads[0]!.text));
		const db = await getDb();
		vi.spyOn(db, 'transaction').mockImplementationOnce(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		await data.restore();
		expect([data.problem, data.notice, await answers()]).toEqual([{ kind: 'full' }, undefined, 1]);
	});
});

describe('one question at a time', () => {
	test('asking to delete closes a waiting restore and clears the last message; persistence says yes or no', async () => {
		const data = new DataSettings(ports(false).given);
		await data.askPersistence();
		expect(data.notice).toEqual({ kind: 'persist-refused' });
		const { given, downloads } = ports();
		await new DataSettings(given).backUp(NOW);
		await data.choose(file(downloads[0]!.text));
		data.askDelete();
		expect([data.pending, data.confirmingDelete, data.notice]).toEqual([undefined, true, undefined]);
	});
});
