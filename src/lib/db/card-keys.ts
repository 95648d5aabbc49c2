/**
 * Which of a deck's questions have a card, read without every card's key: the deck is walked in
 * its order, a batch at a time, only as far as the day's new cards need.
 */
import type { IDBPObjectStore } from 'idb';
import { getDb } from './open';
import type { KasotiDB } from './schema';

/** The cards store of a read-only transaction. */
type ReadStore = IDBPObjectStore<KasotiDB, ['cards'], 'cards', 'readonly'>;

/** The deck's first batch of questions; each later one is twice as long, up to the last. */
const FIRST_BATCH = 256;
const LAST_BATCH = 2_048;
/** Up to this many ids are looked up one by one: a range read would not pay. */
const ONE_BY_ONE = 8;
/**
 * A range is read whole when it holds at most this many keys per id asked (or a few), and no more
 * than the most one read sends: Chromium sends several small reads faster than one large one.
 */
const KEYS_PER_ID = 4;
const FEW_KEYS = 128;
const MOST_KEYS = 1_024;
/** A request (a lookup, a count, a range read) costs about as much as reading this many keys. */
const REQUEST_COST = 16;
/** Once the walk has cost this share of reading every key, every key is read instead. */
const WALK_SHARE = 1 / 16;

/**
 * Which of `sorted` (distinct, in key order) have a card, adding what it reads to `cost`. The ids
 * of a set mostly start alike (its id or code), so they lie together: their range is read whole
 * unless other cards crowd it, else the ids are parted where two sets meet.
 */
async function cardsIn(store: ReadStore, sorted: readonly string[], cost: { keys: number }): Promise<string[]> {
	if (sorted.length <= ONE_BY_ONE) {
		cost.keys += sorted.length * REQUEST_COST;
		const keys = await Promise.all(sorted.map((id) => store.getKey(id)));
		return keys.filter((key) => key !== undefined);
	}
	const range = IDBKeyRange.bound(sorted[0], sorted[sorted.length - 1]);
	// Counting sends no keys: only a range with few other cards in it is read.
	const inRange = await store.count(range);
	cost.keys += REQUEST_COST;
	if (inRange === 0) return [];
	if (inRange <= Math.min(Math.max(sorted.length * KEYS_PER_ID, FEW_KEYS), MOST_KEYS)) {
		cost.keys += REQUEST_COST + inRange;
		const asked = new Set(sorted);
		return (await store.getAllKeys(range)).filter((key) => asked.has(key));
	}
	const cut = widestGap(sorted);
	const parts = await Promise.all([cardsIn(store, sorted.slice(0, cut), cost), cardsIn(store, sorted.slice(cut), cost)]);
	return parts.flat();
}

/** Where to part sorted ids: between two that share the shortest start (two sets meet), nearest the middle. */
export function widestGap(sorted: readonly string[]): number {
	const middle = sorted.length / 2;
	let best = Math.floor(middle);
	let shortest = Infinity;
	for (let i = 1; i < sorted.length; i++) {
		const a = sorted[i - 1]!;
		const b = sorted[i]!;
		let shared = 0;
		while (shared < a.length && a[shared] === b[shared]) shared++;
		if (shared < shortest || (shared === shortest && Math.abs(i - middle) < Math.abs(best - middle))) {
			shortest = shared;
			best = i;
		}
	}
	return best;
}

/**
 * Which of the deck's questions have a card, read in deck order a batch at a time until `unstudied`
 * questions without one are found or the deck ends: the day's new cards are chosen without reading
 * every card's key. Questions after the last batch are left out (dealDeck never gets that far).
 * When the studied questions come first, the walk gives up at WALK_SHARE of a full read and reads
 * every key at once, as before.
 */
export async function knownAmong(deckIds: readonly string[], unstudied: number): Promise<Set<string>> {
	const known = new Set<string>();
	if (unstudied <= 0 || deckIds.length === 0) return known;
	const store = (await getDb()).transaction('cards').store;
	const stored = store.count();
	const seen = new Set<string>();
	const cost = { keys: 0 };
	let every: Set<string> | undefined;
	let found = 0;
	let next = 0;
	for (let size = FIRST_BATCH; found < unstudied && next < deckIds.length; size = Math.min(size * 2, LAST_BATCH)) {
		const batch: string[] = [];
		for (; batch.length < size && next < deckIds.length; next++) {
			const id = deckIds[next]!;
			if (!seen.has(id)) batch.push(id);
			seen.add(id);
		}
		// A long run of studied questions would cost more walked than read whole.
		if (!every && cost.keys > (await stored) * WALK_SHARE) every = new Set(await store.getAllKeys());
		const all = every;
		const hits = all ? batch.filter((id) => all.has(id)) : await cardsIn(store, [...batch].sort(), cost);
		for (const id of hits) known.add(id);
		found += batch.length - hits.length;
	}
	return known;
}
