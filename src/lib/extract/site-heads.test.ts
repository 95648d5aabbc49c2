import { describe, expect, it } from 'vitest';
import { SITES } from './places';
import { siteHead } from './site-heads';

describe('siteHead', () => {
	it('knows the gender of every noun that ends a site’s name found in a text', () => {
		const unknown = [...SITES].filter((noun) => siteHead(`નવું ${noun}`) === null);
		expect(unknown).toEqual([]);
	});

	it.each([
		['સરદાર પટેલ સોસાયટી', 'સોસાયટી', 'f'],
		['તાજ હોટલ', 'હોટલ', 'f'],
		['માધાપર ચોકડી', 'ચોકડી', 'f'],
		['લોધિકા જીઆઈડીસી', 'જીઆઈડીસી', 'f'],
		['કાંકરિયા પાર્ક', 'પાર્ક', 'm'],
		['શહીદ સ્મારક', 'સ્મારક', 'n'],
		['ઉધના પોલીસ સ્ટેશન', 'પોલીસ સ્ટેશન', 'n']
	])('asks %s by %s', (answer, head, gender) => {
		expect(siteHead(answer)).toEqual({ head, gender });
	});

	it('asks no name of one word by a head', () => {
		expect(siteHead('સોસાયટી')).toBeNull();
	});
});
