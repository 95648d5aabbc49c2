import type { Handle } from '@sveltejs/kit';
import favicon from '$lib/assets/favicon.png?no-inline';

/** app.html's stand-in for the favicon's built name. */
const FAVICON_PLACEHOLDER = '%kasoti.favicon%';

// Every page built ahead, the offline shell included, names the favicon by its hashed file: the
// worker's install then takes it from the HTTP cache instead of downloading it a second time.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace(FAVICON_PLACEHOLDER, favicon) });
