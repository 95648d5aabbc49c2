/**
 * The teacher's changes to proposals carried over to the proposals of a changed text: an item keeps
 * them while its answer is still found in the same sentence. Pure; imports only a type.
 */
import type { DraftItem } from './draft';

/** Whether a proposal is offered ticked: unless the extractor says why not (see Unticked). */
export function offeredTicked(found: DraftItem['found']): boolean {
	return found.unticked === undefined;
}

/** Whether the teacher changed the item: ticked it otherwise than offered, or changed its prompt, answer, category or kind. */
export function isEdited(item: DraftItem): boolean {
	const { found } = item;
	return (
		item.ticked !== offeredTicked(found) ||
		item.prompt !== item.drafted ||
		item.answer !== found.answer ||
		item.category !== found.category ||
		item.kind !== (found.kind ?? '')
	);
}

/** What identifies a proposal in both texts: its answer as found and its sentence. */
const where = (item: DraftItem) => `${item.found.answer}\n${item.found.quote}`;

/**
 * `after` with the changes made to `before` carried over, matched by answer and sentence (the
 * second of two alike to the second); `lost` counts the changed items the new text no longer has.
 */
export function carryEdits(before: readonly DraftItem[], after: readonly DraftItem[]): { items: DraftItem[]; lost: number } {
	const edited = new Map<string, DraftItem[]>();
	for (const item of before) {
		const key = where(item);
		edited.set(key, [...(edited.get(key) ?? []), item]);
	}
	const items = after.map((item) => {
		const old = edited.get(where(item))?.shift();
		if (!old || !isEdited(old)) return item;
		const { ticked, category, kind, prompt, answer } = old;
		return { ...item, ticked, category, kind, prompt, answer };
	});
	const lost = [...edited.values()].flat().filter(isEdited).length;
	return { items, lost };
}
