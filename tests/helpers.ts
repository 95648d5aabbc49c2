/** Shared steps of the browser tests. */
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { TeacherSetRecord } from '../src/lib/db/schema';
import { summaryOf } from '../src/lib/db/set-summaries';

/**
 * Keeps a page from ever being idle, as a slow phone running code fetched ahead: a task of 8 ms
 * after another, input still handled between them. For page.evaluate or page.addInitScript.
 */
export function neverIdle(): void {
	const channel = new MessageChannel();
	channel.port1.onmessage = () => {
		const until = performance.now() + 8;
		while (performance.now() < until);
		channel.port2.postMessage(0);
	};
	channel.port2.postMessage(0);
}

/** A due day a week from now, as a date field writes it: a day before today is refused, so a fixed date fails once it passes. */
export const inAWeek = (): string => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

/** Stores the interface's preferences (language, digits, new cards a day…) before any page of the test loads. */
export async function usePreferences(page: Page, preferences: Record<string, unknown>): Promise<void> {
	await page.addInitScript((p) => localStorage.setItem('kasoti.preferences', JSON.stringify(p)), preferences);
}

/** Waits until the service worker controls the page (the first load is not controlled). */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.reload();
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/**
 * Waits until the page's code has taken over its prerendered HTML: a tap before that does nothing.
 * The layout's first effect sets the theme on <html>, which the prerendered page leaves out.
 */
export async function whenHydrated(page: Page, timeout?: number): Promise<void> {
	await expect(page.locator('html')).toHaveAttribute('data-theme', /./, { timeout });
}

/**
 * Waits until the service worker's cache of code kept on first use (the teacher's tools, the QR
 * decoder, the backup reader: see src/lib/state/keep-offline.ts) holds `pattern` and stops growing.
 */
export async function waitForKeptCode(page: Page, pattern: RegExp): Promise<void> {
	let last = -1;
	let steady = 0;
	await expect
		.poll(
			async () => {
				const urls = await page.evaluate(async () => (await (await caches.open('kasoti-code')).keys()).map((r) => r.url));
				steady = urls.length === last ? steady + 1 : 0;
				last = urls.length;
				return urls.some((url) => pattern.test(url)) && steady >= 2;
			},
			{ timeout: 30_000, intervals: [500] }
		)
		.toBe(true);
}

/** Opens the first teacher page online, once the worker is in charge, and waits until it has kept the teacher's tools. */
export async function keepTeacherTools(page: Page): Promise<void> {
	await waitForServiceWorker(page);
	await page.goto('/teach');
	await expect
		.poll(() => page.evaluate(() => localStorage.getItem('kasoti.kept-teacher-code')), { timeout: 30_000 })
		.toMatch(/^"[\d.]+"$/);
}

/** Collects console errors and uncaught page errors for a test to assert on. */
export function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
	return errors;
}

/** Whether the app has made its IndexedDB database in this profile yet. */
export function hasDatabase(page: Page): Promise<boolean> {
	return page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'kasoti'));
}

/** Runs one read on an object store of the app's database and gives back its result. */
async function readStore(page: Page, store: string, read: 'getAll' | 'count'): Promise<unknown> {
	// opening a database that does not exist would make an empty one the app then cannot upgrade
	if (!(await hasDatabase(page))) return read === 'count' ? 0 : [];
	return page.evaluate(
		([store, read]) =>
			new Promise<unknown>((resolve, reject) => {
				const open = indexedDB.open('kasoti');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const records = open.result.transaction(store).objectStore(store);
					const request = read === 'count' ? records.count() : records.getAll();
					request.onsuccess = () => {
						open.result.close();
						resolve(request.result);
					};
					request.onerror = () => reject(request.error);
				};
			}),
		[store, read] as const
	);
}

/** Every record in one object store of the app's database; none before the app has made it. */
export async function storedRecords<T>(page: Page, store: string): Promise<T[]> {
	return (await readStore(page, store, 'getAll')) as T[];
}

/** How many records one object store of the app's database holds; 0 before the app has made it. */
export async function storedCount(page: Page, store: string): Promise<number> {
	return (await readStore(page, store, 'count')) as number;
}

/**
 * Puts `records` into one object store of the app's database (made by an earlier visit), in one
 * transaction, as the app would have stored them. Dates and nested objects arrive as they are.
 */
export async function putRecords(page: Page, store: string, records: unknown[]): Promise<void> {
	await putInStores(page, { [store]: records });
}

/**
 * Puts records into several object stores in one transaction: a page still running reads and writes
 * between two transactions, and would see one store written and not the other.
 */
async function putInStores(page: Page, byStore: Record<string, unknown[]>): Promise<void> {
	await page.evaluate(
		(byStore) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('kasoti');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction(Object.keys(byStore), 'readwrite');
					for (const [store, records] of Object.entries(byStore)) for (const record of records) tx.objectStore(store).put(record);
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		byStore
	);
}

/** An own set's record as a test writes it: at least what its summary is made of. */
type SetRecordLike = Pick<TeacherSetRecord, 'id' | 'updatedAt'> & { set: { title: string; title_en: string; questions: readonly unknown[] } };

/** Puts own sets and their summaries into the app's database, as every write of the app keeps them (db/set-summaries.ts). */
export async function putSets(page: Page, records: SetRecordLike[]): Promise<void> {
	// one transaction: a page that checks a set between the two would write its verdict into a summary then overwritten
	await putInStores(page, { sets: records, summaries: records.map((record) => summaryOf(record as TeacherSetRecord)) });
}

/**
 * Writes cards straight into the app's database (made by an earlier visit), as a student's phone
 * would hold them: reviews (state 2) twelve days apart, cards in learning steps (1, 3) ten minutes.
 */
export async function storeCards(page: Page, cards: { questionId: string; due: Date; state: number }[]): Promise<void> {
	const records = cards.map(({ questionId, due, state }) => {
		const learning = state === 1 || state === 3;
		return {
			questionId,
			due,
			stability: learning ? 2.3 : 12,
			difficulty: 5,
			scheduled_days: learning ? 0 : 12,
			learning_steps: learning ? 1 : 0,
			reps: 3,
			lapses: 0,
			state,
			last_review: new Date(due.getTime() - (learning ? 10 * 60_000 : 12 * 86_400_000))
		};
	});
	await putRecords(page, 'cards', records);
}

const MODULE_PRELOAD = /<link href="([^"]+)" rel="modulepreload">/g;

/** The head of a page as served, and the absolute URLs of the scripts it preloads, in order. */
export async function pageHead(request: APIRequestContext, baseURL: string, path: string) {
	const response = await request.get(path);
	expect(response.ok(), path).toBe(true);
	const html = await response.text();
	const head = html.slice(0, html.indexOf('</head>'));
	const url = new URL(path, baseURL);
	return { head, scripts: [...head.matchAll(MODULE_PRELOAD)].map((m) => new URL(m[1]!, url).href) };
}

/** Imports a set from tests/fixtures/quiz-screens (a path from there) at /teach/import, in the interface's language. */
export async function importSet(page: Page, file: string, lang: 'gu' | 'en' = 'gu'): Promise<void> {
	await page.goto('/teach/import');
	const importButton = page.getByRole('button', { name: lang === 'gu' ? 'આયાત કરો' : 'Import', exact: true });
	// a file chosen before the page runs is not read: choose it again until the preview shows
	await expect(async () => {
		await page.getByLabel(lang === 'gu' ? 'ફાઇલ પસંદ કરો' : 'Choose a file').setInputFiles(`tests/fixtures/quiz-screens/${file}`);
		await expect(importButton).toBeVisible({ timeout: 2_000 });
	}).toPass();
	await importButton.click();
	await expect(page.getByRole('heading', { level: 2, name: /(સચવાયો|saved)/ })).toBeVisible();
}

/** Holds every read through an index of `store` until `window.releaseHeldReads()`: their results wait, the requests run. */
export function holdReads(store: string): string {
	return `{
	let release;
	const held = new Promise((resolve) => (release = resolve));
	window.releaseHeldReads = () => release();
	const getAll = IDBIndex.prototype.getAll;
	IDBIndex.prototype.getAll = function (...args) {
		const request = getAll.apply(this, args);
		if (this.objectStore.name !== ${JSON.stringify(store)}) return request;
		const listen = request.addEventListener.bind(request);
		request.addEventListener = (type, listener, options) => listen(type, (event) => held.then(() => listener(event)), options);
		return request;
	};
}`;
}

/** Holds every read of the own sets' store until releaseHeldReads. */
export const HOLD_SETS = holdReads('sets');

/** Lets the reads held by holdReads go on. */
export async function releaseHeldReads(page: Page): Promise<void> {
	await page.evaluate(() => (window as unknown as { releaseHeldReads: () => void }).releaseHeldReads());
}
