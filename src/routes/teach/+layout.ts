import { loadTeachMessages } from '$lib/i18n/teach';
import { settings } from '$lib/state/settings.svelte';
import type { LayoutLoad } from './$types';

// The teacher's strings come with the teacher's pages only: no student page loads them.
export const load: LayoutLoad = async () => {
	await settings.readyTeach(loadTeachMessages);
};
