/** The spaced-repetition scheduler for the student's chosen retention; kept out of the home page's code. */
import { createScheduler, type Scheduler } from '$lib/srs';
import { settings } from './settings.svelte';

let cached: Scheduler | undefined;

/** The scheduler for the current retention setting (made again only when the setting changes). */
export function currentScheduler(): Scheduler {
	if (cached?.retention !== settings.retention) cached = createScheduler({ retention: settings.retention });
	return cached;
}
