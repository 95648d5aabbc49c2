import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { useFreshDatabase } from '$lib/db/testing';
import { allTeacherSets } from '$lib/db/sets';
import { memoryStorage, refusingStorage } from '$lib/state/storage-testing';
import { checkDelay, DraftWorkflow } from './draft-page.svelte';

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
	// the tab's storage, new for each test as for each tab
	vi.stubGlobal('sessionStorage', memoryStorage());
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('finding', () => {
	test('nothing is looked for in an empty box, and the tools are not even loaded', async () => {
		const page = flow();
		page.text = '  ';
		await page.find();
		expect([page.findFailure, load.mock.calls.length]).toEqual([{ kind: 'no-text' }, 0]);
	});

	test('the proposals come ticked but for a repeat, and grouped; the text cleaned, the headline offered as title', async () => {
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
		// the second સુરત asks what the headline's already asks: it comes unticked
		expect(page.items.filter((i) => !i.ticked).map((i) => `${i.key} ${i.answer}`)).toEqual(['3 સુરત']);
		expect(page.groups.map((g) => [g.category, g.chosen])).toEqual([
			['date', 2],
			['person', 1],
			['place', 1]
		]);
		expect(page.title).toBe('સુરતમાં હીરા પરિષદ પૂરી');
		page.text += ' વધુ';
		expect(page.textChanged).toBe(true);
	});

	test('an English text is not drafted into questions half in English: the teacher is told it has no Gujarati', async () => {
		const page = flow();
		page.text = 'Industry minister Kamal Joshi closed the diamond conference in Surat on 12 March 2024.';
		await page.find();
		expect([page.findFailure, page.items]).toEqual([{ kind: 'not-gujarati' }, []]);
	});

	test('finding again in a changed text keeps the edits of questions still found, and asks before losing others', async () => {
		const page = flow();
		page.text = ARTICLE;
		await page.find();
		const minister = page.items.find((i) => i.answer === 'કમલ જોશી')!;
		minister.prompt = 'કયા મંત્રીએ હીરા પરિષદ પૂરી કરી?';
		page.text += '\nપરિષદમાં ૪૦ દેશના વેપારીઓ આવ્યા હતા.';
		await page.find();
		expect(page.lost).toBeUndefined();
		expect(page.items.find((i) => i.answer === 'કમલ જોશી')!.prompt).toBe('કયા મંત્રીએ હીરા પરિષદ પૂરી કરી?');

		// the minister's sentence is reworded: its edit would go, so nothing changes until the teacher agrees;
		// the second સુરત of that sentence, left unticked as it came, is no edit to lose
		page.text = page.text.replace('પરિષદ પૂરી કરી', 'પરિષદનું સમાપન કર્યું');
		await page.find();
		expect(page.lost).toBe(1);
		expect(page.items.find((i) => i.answer === 'કમલ જોશી')!.prompt).toBe('કયા મંત્રીએ હીરા પરિષદ પૂરી કરી?');
		await page.find({ discard: true });
		expect([page.lost, page.article]).toEqual([undefined, page.text]);
		expect(page.items.find((i) => i.answer === 'કમલ જોશી')!.prompt).toMatch(/_____|કોણ|કયા/);
	});
});

describe('typing in a long draft', () => {
	test('checks the set once the typing pauses, not on every key', async () => {
		const tools = await import('./draft');
		const buildSet = vi.fn(tools.buildSet);
		const page = new DraftWorkflow({ load: async () => ({ ...tools, buildSet }), sets: async () => [] });
		page.text = ARTICLE;
		await page.find();
		vi.useFakeTimers();
		buildSet.mockClear();
		const minister = page.items.find((i) => i.answer === 'કમલ જોશી')!;
		// the answer typed into the prompt, a letter at a time, the page reading the problems after each
		for (const letter of 'કમલ જોશી') {
			minister.prompt += letter;
			page.changed();
			expect(page.problems).toEqual([]);
		}
		expect(buildSet).not.toHaveBeenCalled();
		vi.advanceTimersByTime(checkDelay(page.items.length) - 1);
		expect(buildSet).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(buildSet).toHaveBeenCalledTimes(1);
		expect(page.problems.map((p) => [p.key, p.field, p.problem.code])).toEqual([[minister.key, 'prompt', 'gives-away']]);
	});
});

describe('keeping the work', () => {
	test('a reload or Back finds the text, the edits, the ticks and the titles again; a saved set leaves nothing kept', async () => {
		const page = flow();
		page.text = ARTICLE;
		await page.find();
		page.items[0]!.ticked = false;
		// the second સુરત, a repeat, comes unticked: the teacher ticks it
		page.items[3]!.ticked = true;
		page.items[1]!.prompt = 'કયા મંત્રીએ હીરા પરિષદ પૂરી કરી?';
		page.title = 'હીરા પરિષદ';
		page.changed();
		// the page goes before the pause is over
		page.flush();

		const again = flow();
		await again.restore();
		expect([again.text, again.article, again.title]).toEqual([page.text, page.article, 'હીરા પરિષદ']);
		expect(again.items.map((i) => [i.ticked, i.prompt])).toEqual(page.items.map((i) => [i.ticked, i.prompt]));
		expect([again.items[0]!.ticked, again.items[3]!.ticked, again.items[1]!.prompt]).toEqual([
			false,
			true,
			'કયા મંત્રીએ હીરા પરિષદ પૂરી કરી?'
		]);
		expect(await again.save()).toBeUndefined();
		expect(again.saved).toMatchObject({ count: 4 });

		const after = flow();
		await after.restore();
		expect([after.text, after.items]).toEqual(['', []]);
	});

	test('a draft kept by the page before an update finds why each proposal came unticked', async () => {
		const page = flow();
		page.text = ARTICLE;
		await page.find();
		page.flush();
		// the page before kept the reason as a flag of its own: `repeat: true`
		const kept = JSON.parse(sessionStorage.getItem('kasoti.teach-draft')!);
		const { unticked, ...rest } = kept.items[3].found;
		kept.items[3].found = { ...rest, [unticked]: true };
		sessionStorage.setItem('kasoti.teach-draft', JSON.stringify(kept));

		const again = flow();
		await again.restore();
		expect(again.items.map((i) => i.found.unticked)).toEqual([undefined, undefined, undefined, 'repeat', undefined]);
		expect(again.items[3]!.ticked).toBe(false);
	});

	test('a tab that cannot keep the work says so, for the page to ask before it goes', async () => {
		vi.stubGlobal('sessionStorage', refusingStorage());
		const page = flow();
		page.text = ARTICLE;
		expect(page.unkept).toBe(false);
		await page.find();
		expect(page.unkept).toBe(true);
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
		// the first સુરત and the minister: the second સુરત, a repeat, came unticked
		expect(page.saved).toMatchObject({ id: 'suratmam-hira-parisad-puri', count: 2 });
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
