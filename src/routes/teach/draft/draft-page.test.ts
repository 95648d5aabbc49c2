import { beforeEach, describe, expect, test, vi } from 'vitest';
import { useFreshDatabase } from '$lib/db/testing';
import { allTeacherSets } from '$lib/db/sets';
import { DraftWorkflow } from './draft-page.svelte';

const ARTICLE = [
	'સુરતમાં હીરા પરિષદ પૂરી',
	'',
	'ઉદ્યોગ મંત્રી કમલ જોશીએ રવિવારે સુરત શહેરમાં ૨૦૨૪ની હીરા પરિષદ પૂરી કરી.'
].join('\r\n');

const load = vi.fn(() => import('./draft'));
const flow = () => new DraftWorkflow({ load, sets: async () => [] });

useFreshDatabase();
beforeEach(async () => {
	load.mockClear();
});

describe('finding', () => {
	test('nothing is looked for in an empty box, and the tools are not even loaded', async () => {
		const page = flow();
		page.text = '  ';
		await page.find();
		expect([page.findFailure, load.mock.calls.length]).toEqual([{ kind: 'no-text' }, 0]);
	});

	test('the proposals come ticked and grouped, the text cleaned, the headline offered as title', async () => {
		const page = flow();
		page.text = ARTICLE;
		await page.find();
		expect(page.text).toBe(ARTICLE.replace(/\r\n/g, '\n'));
		expect(page.items.map((i) => `${i.category} ${i.answer}`)).toEqual([
			'place સુરત',
			'person કમલ જોશી',
			'date રવિવાર',
			'place સુરત',
			'date ૨૦૨૪'
		]);
		expect(page.found).toEqual({ date: 2, person: 1, place: 2 });
		expect(page.groups.map((g) => [g.category, g.chosen])).toEqual([
			['date', 2],
			['person', 1],
			['place', 2]
		]);
		expect(page.title).toBe('સુરતમાં હીરા પરિષદ પૂરી');
		page.text += ' વધુ';
		expect(page.textChanged).toBe(true);
	});
});

describe('saving', () => {
	test('a problem stops the save and points at its item; once fixed, the set is stored with its article', async () => {
		const page = flow();
		page.text = ARTICLE;
		await page.find();
		page.selectGroup('date', false);
		const minister = page.items.find((i) => i.answer === 'કમલ જોશી')!;
		minister.prompt = 'કમલ જોશીએ પરિષદ ક્યાં પૂરી કરી?';
		const first = await page.save();
		expect([first?.key, first?.field, first?.problem.code]).toEqual([minister.key, 'prompt', 'gives-away']);
		expect(page.saveFailure).toEqual({ kind: 'fix-first', count: 1 });
		minister.prompt = 'ઉદ્યોગ મંત્રી _____ રવિવારે પરિષદ પૂરી કરી.';
		expect(await page.save()).toBeUndefined();
		expect(page.saved).toMatchObject({ id: 'suratmam-hira-parisad-puri', count: 3 });
		const [stored] = await allTeacherSets();
		expect(Object.values(stored!.sources)).toEqual([page.article]);
		page.another();
		expect([page.saved, page.items, page.text]).toEqual([undefined, [], '']);
	});

	test('saving with nothing ticked asks for one; a full disk is told apart', async () => {
		const page = flow();
		page.text = ARTICLE;
		await page.find();
		for (const item of page.items) item.ticked = false;
		await page.save();
		expect(page.saveFailure).toEqual({ kind: 'none-chosen' });
		page.items[0]!.ticked = true;
		// the disk refuses the new set's record
		vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementationOnce(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		await page.save();
		expect([page.saveFailure, page.saved]).toEqual([{ kind: 'not-saved', full: true }, undefined]);
	});
});
