/*
 * Tabbing down a long page on a phone, in a real Chromium against the production build: each control
 * reached is scrolled into the part of the screen the sticky bar above and the tab bar below leave
 * free (regression: on /settings, /set and an article, a control came to rest under the tab bar).
 */
import { expect, type Page } from '@playwright/test';
import { test } from './base-test';
import { usePreferences, whenHydrated } from './helpers';

/** How far the focused control lies under the bars, in px (0 when wholly between them), with its text. */
function hiddenByBars(page: Page): Promise<{ under: number; text: string }> {
	return page.evaluate(() => {
		const focused = document.activeElement as HTMLElement | null;
		// the bars' own links are where they are, and the skip link shows over the top bar
		if (!focused || focused === document.body || focused.closest('header') || focused.matches('a.skip')) return { under: 0, text: '' };
		const box = focused.getBoundingClientRect();
		const top = document.querySelector('header')!.getBoundingClientRect().bottom;
		const nav = document.querySelector('header nav')!.getBoundingClientRect();
		// on a phone the tab bar is fixed at the foot of the screen
		const bottom = nav.top > top ? nav.top : innerHeight;
		const under = Math.max(0, top - box.top, box.bottom - bottom);
		return { under: Math.round(under), text: (focused.textContent || focused.getAttribute('aria-label') || '').trim().slice(0, 40) };
	});
}

for (const path of ['/settings', '/set?id=putin-north-korea', '/read/004_127d094ff95780a8']) {
	test(`every control reached by Tab on ${path} comes to rest clear of both bars`, async ({ page }) => {
		await usePreferences(page, { lang: 'en' });
		await page.goto(path);
		await whenHydrated(page);
		const hidden: string[] = [];
		for (let i = 0; i < 40; i++) {
			await page.keyboard.press('Tab');
			const { under, text } = await hiddenByBars(page);
			if (under > 1) hidden.push(`${text} (${under} px)`);
		}
		expect(hidden).toEqual([]);
	});
}
