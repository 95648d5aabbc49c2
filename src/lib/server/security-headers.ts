/**
 * The HTTP headers a host should send with Kasoti, in one place: `npm start`'s server sends them,
 * and static/_headers (read by Netlify and Cloudflare Pages) is checked against them by a test.
 * The page's own Content-Security-Policy (script hashes and sources) is a meta tag SvelteKit
 * writes; a meta tag cannot carry `frame-ancestors`, so the header adds what only a header can.
 * Both policies apply at once, each only able to forbid more.
 */

/** Headers for every response. */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
	// no other site may frame the app (clickjacking); object and base are closed here too
	['Content-Security-Policy', "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'"],
	['X-Frame-Options', 'DENY'],
	['X-Content-Type-Options', 'nosniff'],
	// share links keep their set in the fragment, which is never sent; nothing else needs a referrer
	['Referrer-Policy', 'no-referrer'],
	['Cross-Origin-Opener-Policy', 'same-origin'],
	// the camera for the app's own QR scanner only, never for a framed page
	['Permissions-Policy', 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()']
];

/** A page, asked for without its .html (/quiz) or with it. */
function isPage(pathname: string): boolean {
	return pathname.endsWith('.html') || !/\.[a-z0-9]+$/i.test(pathname);
}

/** A page or a worker's script: what the headers above govern. */
function isDocumentOrWorker(pathname: string): boolean {
	return isPage(pathname) || pathname === '/sw.js' || pathname.startsWith('/workbox-') || pathname.includes('/workers/');
}

/**
 * The security headers one response needs. Framing, opener, permission and referrer rules act on
 * documents and workers only, so a script, stylesheet, font or image gets just `nosniff`: over
 * HTTP/1.1 (`npm start`) each repeated header costs its bytes on every one of a first visit's
 * ~170 responses. Hosts reading static/_headers speak HTTP/2, whose header compression sends a
 * repeat in a byte or two, so that file keeps the plain rule for every path.
 */
export function securityHeaders(pathname: string): readonly (readonly [string, string])[] {
	return isDocumentOrWorker(pathname) ? SECURITY_HEADERS : SECURITY_HEADERS.filter(([name]) => name === 'X-Content-Type-Options');
}

/** How long a file may be cached: the worker and pages are checked every time, hashed chunks kept a year. */
export function cacheControl(pathname: string): string | undefined {
	if (pathname === '/sw.js' || pathname.startsWith('/workbox-') || isPage(pathname)) {
		return 'no-cache';
	}
	if (pathname.startsWith('/_app/immutable/')) return 'public, max-age=31536000, immutable';
	return undefined;
}

/**
 * Whether a response should carry Last-Modified and ETag. A hashed file under /_app/immutable/ is
 * never asked about again (it is cached for a year), so over HTTP/1.1 its validators would only
 * add ~70 bytes to each of a first visit's ~150 responses.
 */
export function needsValidators(pathname: string): boolean {
	return !pathname.startsWith('/_app/immutable/');
}

/** The headers as a `_headers` file for Netlify and Cloudflare Pages. */
export function headersFile(): string {
	const lines = ['/*', ...SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`)];
	lines.push('/sw.js', '  Cache-Control: no-cache', '/_app/immutable/*', '  Cache-Control: public, max-age=31536000, immutable');
	return `${lines.join('\n')}\n`;
}
