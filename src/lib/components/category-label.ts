import type { Category } from '$lib/bank/categories';
import type { Messages } from '$lib/i18n';

const LABELS: Record<Category, keyof Messages> = {
	date: 'categoryDate',
	person: 'categoryPerson',
	place: 'categoryPlace'
};

/** The plural label of a category in the current language ("તારીખો", "Dates"). */
export function categoryLabel(t: Messages, category: Category): string {
	return t[LABELS[category]] as string;
}
