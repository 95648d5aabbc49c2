/**
 * The place data: built from the data packages and the hand-written lists, it is the committed
 * file (run `npm run build:places` after changing either), with every kind in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlaces, PLACES_DATA_PATH, placesDataText, type PlacesData } from './build-places';

const repo = join(import.meta.dirname, '..', '..', '..');
const committed = readFileSync(join(repo, PLACES_DATA_PATH), 'utf8');
const built = buildPlaces();

describe('buildPlaces', () => {
	it('gives the committed file: the build is reproducible and the file is up to date', () => {
		expect(placesDataText(built)).toBe(committed);
	}, 30_000);

	it('keeps a hand-written spelling first, then the data sources', () => {
		const has = (kind: keyof Omit<PlacesData, 'sources'>, entry: string) => built[kind].includes(entry);
		expect([
			has('country', 'અમેરિકા|યુએસ|યુ.એસ.|યુએસએ|યુ.એસ.એ.|અમેરિકન'),
			has('country', 'યુનાઇટેડ સ્ટેટ્સ'),
			has('city', 'લંડન'),
			has('region', 'Kaprada//kaprada'),
			has('city', 'Dharampur/drnpur'),
			has('city', 'Sirohi/sirohi'),
			has('region', 'એન્ટાર્કટિકા')
		]).toEqual([true, true, true, true, true, true, true]);
	});

	it('leaves out the world, unions and names that read as common words', () => {
		const all = Object.values(built).flat();
		for (const word of ['વિશ્વ', 'યુરોપિયન યુનિયન', 'સંયુક્ત રાષ્ટ્ર', 'જર્સી', 'હવાના']) expect(all).not.toContain(word);
		expect(all.filter((entry) => /^(Bedi|Utrān|Mandalay|Siping)\//.test(entry))).toEqual([]);
	});
});
