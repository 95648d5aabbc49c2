/** What every screen is held to for people who read, tap or type differently: see accessibility.spec.ts. */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Fails with every axe-core rule broken on the page as it is now, named with `where`, the colour
 * contrast checked in both themes (the theme follows the phone's setting); then, each reported
 * without stopping the test, every touch target under 48 px, every control whose keyboard focus
 * shows no ring, and every name read with a space before its punctuation.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
	await page.emulateMedia({ colorScheme: 'light' });
	const light = await new AxeBuilder({ page }).analyze();
	await page.emulateMedia({ colorScheme: 'dark' });
	const dark = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
	await page.emulateMedia({ colorScheme: 'light' });
	const found = [
		...light.violations.map((v) => ({ theme: 'light', v })),
		...dark.violations.map((v) => ({ theme: 'dark', v }))
	].map(({ theme, v }) => {
		const where = v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary}`);
		return `${theme}: ${v.id}: ${v.help}\n${where.join('\n')}`;
	});
	expect(found, `${where}\n${found.join('\n')}`).toEqual([]);
	expect.soft(await smallTargets(page), `${where}: touch targets under 48 px`).toEqual([]);
	expect.soft(await unmarkedFocus(page), `${where}: keyboard focus not shown`).toEqual([]);
	// a hidden span in a name can be read with a space before its colon ("Share as a link : …")
	const spoken = (await page.locator('body').ariaSnapshot()).split('\n');
	expect.soft(spoken.filter((line) => / [:,.;]( |$|")/.test(line)), `${where}: a space before punctuation`).toEqual([]);
}

/**
 * Every control on screen that a finger's 48 px square, centred on it, does not land on wholly, as
 * "text (width x height)". Where the finger lands counts, not the box: a radio button takes taps on
 * its label, and a card's title link on the whole card. A control inside a line of text is left
 * out (WCAG's exception for inline targets; the reading page's marks have their own test).
 */
function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const inSentence = (el: HTMLElement) => {
			if (!['inline', 'inline-block'].includes(getComputedStyle(el).display)) return false;
			let block = el.parentElement;
			while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
			return (block?.textContent ?? '').trim().length > (el.textContent ?? '').trim().length;
		};
		const takesTaps = (el: HTMLElement): HTMLElement =>
			el.matches('input[type=radio], input[type=checkbox], input[type=file]')
				? (el.closest('label') ?? document.querySelector<HTMLElement>(`label[for="${el.id}"]`) ?? el)
				: el;
		// what else a finger centred on a control under 48 px touches ('' if only the control): a card's link may cover the card
		const fingerMisses = (el: HTMLElement): string => {
			const box = el.getBoundingClientRect();
			if (box.width >= 48 && box.height >= 48) return '';
			el.scrollIntoView({ block: 'center', inline: 'center' });
			const seen = el.getBoundingClientRect();
			const [x, y] = [seen.left + seen.width / 2, seen.top + seen.height / 2];
			for (const [px, py] of [[x - 23, y], [x + 23, y], [x, y - 23], [x, y + 23]] as const) {
				const hit = document.elementFromPoint(px, py);
				if (hit === null || !el.contains(hit)) return hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : 'nothing';
			}
			return '';
		};
		const scrolled = [scrollX, scrollY] as const;
		const modal = document.querySelector('dialog:modal');
		const small = [...(modal ?? document).querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex="0"]')]
			.filter((el) => el.checkVisibility() && !inSentence(el))
			.map(takesTaps)
			.map((el) => ({ el, miss: fingerMisses(el) }))
			.filter(({ miss }) => miss !== '')
			.map(({ el, miss }) => {
				const box = el.getBoundingClientRect();
				const text = (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40);
				return `${el.tagName.toLowerCase()} "${text}" (${Math.round(box.width)}x${Math.round(box.height)}, the finger also touches ${miss})`;
			});
		scrollTo(...scrolled);
		return small;
	});
}

/**
 * Tabs through the page as a keyboard user would, once round, and gives every control that showed no
 * focus ring: none on it, on its label (a radio button's ring is its label's), or on the card its
 * link covers (drawn by ::after).
 */
async function unmarkedFocus(page: Page): Promise<string[]> {
	const unmarked: string[] = [];
	const seen = new Set<string>();
	for (let i = 0; i < 120; i++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const el = document.activeElement;
			if (!el || el === document.body) return null;
			const ring = (target: Element | null, pseudo?: string) => {
				if (!target) return false;
				const style = getComputedStyle(target, pseudo);
				return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
			};
			const shown = [el, el.closest('label'), el.parentElement].some((t) => ring(t) || ring(t, '::after'));
			const path = [...document.querySelectorAll('*')].indexOf(el);
			const text = (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40);
			return { key: `${path}`, name: `${el.tagName.toLowerCase()} "${text}"`, shown };
		});
		if (!focused || seen.has(focused.key)) break;
		seen.add(focused.key);
		if (!focused.shown) unmarked.push(focused.name);
	}
	return unmarked;
}
