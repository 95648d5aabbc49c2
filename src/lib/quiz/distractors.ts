/**
 * Wrong options for a question: hand-picked ones first, then look-alikes of the answer's own
 * kind (years near a year, other weekdays, people, places of the same kind), never anything
 * the typed-answer check would accept, never two options naming the same thing.
 */
import { normalizeForMatch } from '../text/normalize';
import {
	ALL_SCOPE,
	cachedLooseKey,
	setScope,
	type BankQuestion,
	type PoolEntry,
	type PreparedBank
} from './bank-index';
import { dateLookalikes } from './date-kinds';
import { randomInt, shuffle, type Rng } from './random';
import { answerKeys, matchKeys } from './typed';

/** Options for pickDistractors. */
export type DistractorOptions = {
	/** How many to find; 3 for a four-option question. */
	count?: number;
	/** Latest year a year look-alike may be; defaults to the latest year in the bank's date answers. */
	maxYear?: number;
};

/** Pools tried in order; `last` ones only fill in when nothing else gave a single distractor. */
type Tier = { key: string; last?: boolean };

/** Where to look after the hand-picked ones: same set, whole bank, names other questions offered. */
function tiersFor(bank: PreparedBank, index: number): Tier[] {
	const q = bank.questions[index]!;
	const set = setScope(q.setId);
	const named = (what: string) => [
		{ key: `${set}|${what}` },
		{ key: `${ALL_SCOPE}|${what}` },
		{ key: `extra|${what}` }
	];
	const anything = { key: `${ALL_SCOPE}|any`, last: true };
	if (q.category === 'date') return [...named(`date:${bank.dateKinds[index]}`), ...named('date'), anything];
	if (q.category === 'person') return [...named('person'), anything];
	const kind = q.kind ? named(`place:${q.kind}`) : [];
	return [...kind, ...named('place'), anything];
}

/**
 * Up to `count` distractors for a question, in the order found (the caller shuffles options).
 * Order of search: its own hand-picked `distractors` (a random few when it has more than needed);
 * for a date of a known kind, generated look-alikes (see dateLookalikes); answers of the same
 * kind in the same set, then in the whole bank, then names hand-picked for other questions;
 * for a place, any place after places of its kind. Only when all that found nothing does it take
 * any other answer in the bank, so a choice question has two options whenever the bank has two
 * distinct answers. Candidates that checkTyped would grade right or almost, that share an alias
 * group with the answer (a name linked to it by accept forms anywhere in the bank), or that repeat
 * an option already chosen (same normalised text, loose key or alias group) are skipped.
 */
export function pickDistractors(
	bank: PreparedBank,
	question: BankQuestion,
	rng: Rng,
	options: DistractorOptions = {}
): string[] {
	const count = options.count ?? 3;
	const index = bank.byId.get(question.id);
	if (index === undefined) throw new RangeError(`question ${question.id} is not in the bank`);
	const loose = (text: string) => cachedLooseKey(bank, text);
	const keys = answerKeys(question, loose);
	const ownGroup = bank.groupOfQuestion[index]!;
	const chosen: string[] = [];
	const chosenForms = new Set<string>();
	const chosenLoose = new Set<string>();
	const chosenGroups = new Set<number>();

	const consider = (text: string, poolGroup?: number): void => {
		const form = normalizeForMatch(text);
		if (form === '' || chosenForms.has(form)) return;
		const group = poolGroup ?? bank.groupOfForm.get(`${question.category}|${form}`);
		if (group !== undefined && (group === ownGroup || chosenGroups.has(group))) return;
		const key = loose(text);
		if (chosenLoose.has(key) || matchKeys(keys, text, loose) !== 'wrong') return;
		chosen.push(text);
		chosenForms.add(form);
		if (key !== '') chosenLoose.add(key);
		if (group !== undefined) chosenGroups.add(group);
	};
	const full = () => chosen.length >= count;

	for (const d of shuffle(rng, question.distractors ?? [])) {
		if (full()) break;
		consider(d);
	}
	if (question.category === 'date' && !full()) {
		const maxYear = options.maxYear ?? bank.latestYear ?? Number.POSITIVE_INFINITY;
		for (const d of shuffle(rng, dateLookalikes(question.answer, maxYear))) {
			if (full()) break;
			consider(d);
		}
	}
	for (const tier of tiersFor(bank, index)) {
		if (full() || (tier.last && chosen.length > 0)) break;
		drawFrom(bank.pools.get(tier.key) ?? [], rng, consider, full);
	}
	return chosen;
}

/** Small pools are walked in a shuffled order; big ones sampled at random, then scanned a little. */
function drawFrom(
	pool: readonly PoolEntry[],
	rng: Rng,
	consider: (text: string, group: number) => void,
	full: () => boolean
): void {
	if (pool.length <= 32) {
		for (const entry of shuffle(rng, pool)) {
			if (full()) return;
			consider(entry.text, entry.group);
		}
		return;
	}
	for (let tries = 0; tries < 24 && !full(); tries++) {
		const entry = pool[randomInt(rng, pool.length)]!;
		consider(entry.text, entry.group);
	}
	// a pool that keeps refusing is mostly aliases of the answer: a bounded scan settles it
	const start = randomInt(rng, pool.length);
	for (let i = 0; i < Math.min(pool.length, 256) && !full(); i++) {
		const entry = pool[(start + i) % pool.length]!;
		consider(entry.text, entry.group);
	}
}
