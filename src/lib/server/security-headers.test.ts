import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cacheControl, headersFile, needsValidators, SECURITY_HEADERS, securityHeaders } from './security-headers';

describe('security headers', () => {
	it('forbid framing by any site, which only a header can say', () => {
		const csp = new Map(SECURITY_HEADERS).get('Content-Security-Policy');
		expect(csp).toContain("frame-ancestors 'none'");
		expect(new Map(SECURITY_HEADERS).get('X-Frame-Options')).toBe('DENY');
	});

	it('are what static/_headers gives Netlify and Cloudflare Pages', () => {
		expect(readFileSync('static/_headers', 'utf8')).toBe(headersFile());
	});

	it('go in full with pages and workers, and as nosniff alone with other files', () => {
		for (const path of ['/', '/quiz', '/read/004_x', '/404.html', '/sw.js', '/workbox-1a2b.js', '/_app/immutable/workers/backup-x.js'])
			expect(securityHeaders(path), path).toEqual(SECURITY_HEADERS);
		for (const path of ['/_app/immutable/chunks/a.js', '/_app/immutable/assets/0.css', '/favicon.png', '/manifest.webmanifest'])
			expect(securityHeaders(path), path).toEqual([['X-Content-Type-Options', 'nosniff']]);
	});

	it('keep the worker and pages fresh and the hashed chunks for a year', () => {
		expect(['/sw.js', '/', '/quiz', '/quiz.html', '/_app/immutable/chunks/a.js', '/icons/x.png'].map(cacheControl)).toEqual([
			'no-cache',
			'no-cache',
			'no-cache',
			'no-cache',
			'public, max-age=31536000, immutable',
			undefined
		]);
	});

	it('leave Last-Modified and ETag off hashed files only: pages and the worker are checked again', () => {
		expect(['/', '/quiz', '/sw.js', '/manifest.webmanifest', '/_app/version.json'].every(needsValidators)).toBe(true);
		expect(['/_app/immutable/chunks/a.js', '/_app/immutable/assets/favicon.x.png'].some(needsValidators)).toBe(false);
	});
});
