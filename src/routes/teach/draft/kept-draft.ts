/**
 * The draft page's work kept in the tab's sessionStorage, so that a reload, Back or a visit to
 * another page of the app finds it again. Nothing of it is in the database until the set is saved.
 */
import type { Unticked } from '$lib/extract/extract';
import type { DraftItem } from './draft';

const KEY = 'kasoti.teach-draft';

/** What is kept: the text in the box, the text the proposals came from, the proposals as edited and the titles. */
export type KeptDraft = {
	text: string;
	article?: string;
	items: DraftItem[];
	title: string;
	titleEn: string;
	/** The title offered from the article, so the next search can still replace it. */
	suggested: string;
};

/** The tab's sessionStorage, or undefined where there is none (Node). */
function store(): Storage | undefined {
	return globalThis.sessionStorage;
}

/** Keeps `draft`; false when storage refuses (private mode, full), so the page can warn before it goes. */
export function keepDraft(draft: KeptDraft): boolean {
	try {
		const local = store();
		if (!local) return false;
		local.setItem(KEY, JSON.stringify(draft));
		return true;
	} catch {
		return false;
	}
}

const isText = (value: unknown): value is string => typeof value === 'string';

/** The reasons for an unticked proposal, as a draft kept before they were one field wrote them (`repeat: true`). */
const FLAGS_OF_OLD: readonly Unticked[] = ['repeat', 'listed', 'monthless', 'vague', 'long'];

/** An item kept by an earlier version of the page, its proposal's reason read from the flag it had. */
function withReason(item: DraftItem): DraftItem {
	if (item.found.unticked !== undefined) return item;
	const found: Record<string, unknown> = item.found;
	const unticked = FLAGS_OF_OLD.find((flag) => found[flag] === true);
	return unticked ? { ...item, found: { ...item.found, unticked } } : item;
}

/** The draft kept in this tab, if any and whole. */
export function keptDraft(): KeptDraft | undefined {
	try {
		const raw = store()?.getItem(KEY);
		if (!raw) return undefined;
		const kept = JSON.parse(raw) as Partial<KeptDraft>;
		const whole =
			[kept.text, kept.title, kept.titleEn, kept.suggested].every(isText) &&
			(kept.article === undefined || isText(kept.article)) &&
			Array.isArray(kept.items) &&
			kept.items.every((item) => isText(item?.prompt) && isText(item.answer) && typeof item.found === 'object');
		return whole ? { ...(kept as KeptDraft), items: kept.items!.map(withReason) } : undefined;
	} catch {
		return undefined;
	}
}

/** Forgets the kept draft: the set is saved, or the teacher started again. */
export function forgetDraft(): void {
	try {
		store()?.removeItem(KEY);
	} catch {
		// nothing was kept where storage refuses
	}
}
