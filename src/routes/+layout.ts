// Every page is built ahead of time, so the service worker can precache it.
export const prerender = true;
export const trailingSlash = 'never';
