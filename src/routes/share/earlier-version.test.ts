import { describe, expect, it } from 'vitest';
import type { QuestionSet } from '$lib/bank/schema';
import type { TeacherSetRecord } from '$lib/db/schema';
import { addSharedSet, addSharedSetIfNew, allTeacherSets, getTeacherSet, replaceSharedSet } from '$lib/db/sets';
import { useFreshDatabase } from '$lib/db/testing';
import { SetEditor } from '$lib/state/set-editor.svelte';
import { earlierVersion, findEarlierVersion, replacesByDefault } from './earlier-version';

const question = (id: string, prompt: string) => ({
	id,
	category: 'place' as const,
	kind: 'city' as const,
	prompt,
	answer: 'ગાંધીનગર',
	accept: [],
	article: 'news.txt',
	quote: 'ગુજરાતની રાજધાની ગાંધીનગર છે.',
	en: 'Gandhinagar.'
});
const old: QuestionSet = {
	id: 'news',
	title: 'સમાચાર',
	title_en: 'News',
	lang: 'gu',
	articles: [],
	questions: [question('n1', 'ગુજરાતની રાજધાની કઈ છે?'), question('n2', 'રાજ્યની રાજધાની કઈ છે?')]
};
const record = (origin: TeacherSetRecord['origin'], updatedAt = 1): TeacherSetRecord => ({
	id: 'news',
	set: old,
	sources: {},
	origin,
	createdAt: 1,
	updatedAt
});
const corrected: QuestionSet = { ...old, questions: [old.questions[0]!, question('n2', 'ગુજરાતનું પાટનગર કયું છે?')] };

describe('earlierVersion', () => {
	it('tells what replacing the set on the phone by the link’s would keep and start afresh', () => {
		expect(earlierVersion(record('link'), corrected)).toEqual({
			id: 'news',
			title: 'સમાચાર',
			title_en: 'News',
			count: 2,
			counts: { unchanged: 1, changed: 1, added: 0, removed: 0 },
			mine: false,
			edited: false
		});
	});

	it('replaces by default a set that came from someone, and keeps by default one made on this phone', () => {
		const byDefault = (origin: TeacherSetRecord['origin']) => replacesByDefault(earlierVersion(record(origin), corrected));
		expect([byDefault('link'), byDefault('import'), byDefault('new'), byDefault('copy')]).toEqual([true, true, false, false]);
	});

	// a link set the student had edited was updated by default, and the edit lost without a word
	it('keeps by default a set that came from someone and was edited here since', () => {
		const edited = (origin: TeacherSetRecord['origin']) => earlierVersion(record(origin, 2), corrected);
		expect([edited('link'), edited('import')].map((e) => [e.edited, replacesByDefault(e)])).toEqual([
			[true, false],
			[true, false]
		]);
		expect([edited('new').edited, edited('new').mine]).toEqual([false, true]);
	});
});

describe('a set on this phone, from its link to the editor and a corrected link', () => {
	useFreshDatabase();

	it('is edited once the editor saves a change, and not once the corrected link replaced it', async () => {
		await addSharedSet({ set: old, sources: {} });
		expect((await findEarlierVersion(corrected))?.edited).toBe(false);
		const editor = new SetEditor();
		await editor.load('news');
		editor.editTitle('title', 'મારા સમાચાર');
		await editor.flush();
		expect((await getTeacherSet('news'))?.set.title).toBe('મારા સમાચાર');
		expect((await findEarlierVersion(corrected))?.edited).toBe(true);
		await editor.release();
		await replaceSharedSet('news', { set: corrected, sources: {} });
		const after = await findEarlierVersion({ ...corrected, title: 'ફરી' });
		expect([after?.title, after?.edited]).toEqual(['સમાચાર', false]);
	});
});

// the same link added in two tabs at once made two identical sets, “news” and “news-2”
describe('the same link added twice at once', () => {
	useFreshDatabase();

	it('stores the set once; the later add stores nothing and finds the first as an earlier version', async () => {
		const adds = await Promise.all([addSharedSetIfNew({ set: old, sources: {} }), addSharedSetIfNew({ set: old, sources: {} })]);
		expect(adds.map((r) => r?.id)).toEqual(['news', undefined]);
		expect((await allTeacherSets()).map((r) => r.id)).toEqual(['news']);
		expect((await findEarlierVersion(old))?.counts).toEqual({ unchanged: 2, changed: 0, added: 0, removed: 0 });
	});
});
