import { beforeEach, describe, expect, test, vi } from 'vitest';
import { useFreshDatabase } from '$lib/db/testing';
import { problemSummary } from '$lib/bank/problems';
import { allTeacherSets } from '$lib/db/sets';
import { MAX_BYTES } from '$lib/import';
import { ImportWorkflow } from './import-page.svelte';

const readText = vi.fn(async (file: File) => file.text());
const flow = () =>
	new ImportWorkflow({
		pastedTitles: () => ({ title: 'ચોંટાડેલા પ્રશ્નો', title_en: 'Pasted questions' }),
		pastedName: () => 'Pasted text',
		readText
	});
const csv = (text: string, name = 'gk.csv') => new File([text], name, { type: 'text/csv' });

useFreshDatabase();
beforeEach(async () => {
	readText.mockClear();
});

describe('reading', () => {
	test('a broken file shows what stops it, on its lines, and stores nothing', async () => {
		const page = flow();
		page.readPasted('Q1 {=a ~b}\n\nQ2 {=c ~d\n');
		expect(page.subject).toBe('Pasted text');
		expect(page.errors.map((p) => `${p.line}: ${problemSummary(p)}`)).toEqual(['3: -: question: gift-unclosed-brace']);
		expect(page.loaded?.review.blocked).toBe(true);
		expect(await page.save()).toBe(false);
		expect(await allTeacherSets()).toEqual([]);
	});

	test('a file over the limit is refused before it is read; one that cannot be read says so', async () => {
		const page = flow();
		const big = new File(['x'], 'big.csv');
		Object.defineProperty(big, 'size', { value: MAX_BYTES + 1 });
		await page.readFile(big);
		expect(page.failure).toEqual({ kind: 'too-large', name: 'big.csv', size: MAX_BYTES + 1 });
		expect(readText).not.toHaveBeenCalled();
		readText.mockRejectedValueOnce(new Error('gone'));
		await page.readFile(csv('q,a'));
		expect([page.failure, page.loaded, page.busy]).toEqual([{ kind: 'unreadable', name: 'gk.csv' }, undefined, false]);
	});

	test('pasted text is titled in both languages; a file by its name', async () => {
		const page = flow();
		page.readPasted('ગુજરાતની રાજધાની કઈ છે?\tગાંધીનગર\nભારતના પ્રથમ વડાપ્રધાન કોણ?\tનેહરુ\n');
		expect([page.title, page.titleEn]).toEqual(['ચોંટાડેલા પ્રશ્નો', 'Pasted questions']);
		await page.readFile(csv('question,answer\nરાજધાની?,ગાંધીનગર\n', 'GK quiz.csv'));
		expect([page.title, page.titleEn, page.subject]).toEqual(['GK quiz', 'GK quiz', 'GK quiz.csv']);
	});
});

describe('saving', () => {
	test('the teacher chooses the missing categories, then the set is stored under a free id', async () => {
		const page = flow();
		await page.readFile(csv('Q one,A1\nQ two,A2\nWho?,નેહરુ\n'));
		expect(page.categories).toEqual([undefined, undefined, 'person']);
		page.choose(0, 'place');
		page.chooseAll('date');
		expect(page.categories).toEqual(['place', 'date', 'person']);
		expect(await page.save()).toBe(true);
		expect(page.stored).toMatchObject({ id: 'gk', title: 'gk', count: 3 });
		expect(page.loaded).toBeUndefined();
		// the same file again: a second set, not a replaced one
		await page.readFile(csv('Q one,A1\n'));
		page.chooseAll('date');
		await page.save();
		expect(page.stored?.id).toBe('gk-2');
		expect((await allTeacherSets()).map((r) => r.id).sort()).toEqual(['gk', 'gk-2']);
	});

	test('an empty title stops the save with a problem on the title', async () => {
		const page = flow();
		await page.readFile(csv('question,answer,category\nQ,A,date\n'));
		page.title = ' ';
		expect(await page.save()).toBe(false);
		expect(page.errors.map(problemSummary)).toEqual(['-: title: title-length max=300']);
	});

	test('a full disk is told apart from other failures, and nothing is stored', async () => {
		const page = flow();
		await page.readFile(csv('question,answer,category\nQ,A,date\n'));
		const full = new DOMException('full', 'QuotaExceededError');
		const { getDb } = await import('$lib/db/open');
		vi.spyOn(await getDb(), 'add').mockRejectedValueOnce(full);
		expect(await page.save()).toBe(false);
		expect(page.failure).toEqual({ kind: 'not-saved', full: true });
		expect(await allTeacherSets()).toEqual([]);
	});
});
