/**
 * Wrong options for a question: hand-picked ones first, then look-alikes of the answer's own
 * kind (years near a year, other weekdays, people, places of the same kind), never anything
 * the typed-answer check would accept, never two options naming the same thing.
 */
import { toAsciiDigits } from '../text/digits';
import { normalizeForMatch } from '../text/normalize';
import {
	ALL_SCOPE,
	cachedLooseKey,
	EXTRA_SCOPE,
	ownExtraScope,
	setScope,
	SHARED_SCOPE,
	type BankQuestion,
	type PoolEntry,
	type PreparedBank
} from './bank-index';
import { dateLookalikes } from './date-kinds';
import { dateStyleOf } from './date-style';
import { randomInt, shuffle, type Rng } from './random';
import { answerKeys, matchKeys } from './typed';

/** Options for pickDistractors. */
export type DistractorOptions = {
	/** How many to find; 3 for a four-option question. */
	count?: number;
	/** Latest year a year look-alike may be; defaults to the latest year in the bank's date answers. */
	maxYear?: number;
	/** Only the question's own hand-picked options: a false statement must be false in the world too. */
	handPickedOnly?: boolean;
};

/** Pools tried in order; `last` ones only fill in when nothing else gave a single distractor. */
type Tier = { key: string; last?: boolean };

/**
 * Where to look after the hand-picked ones: same set, the sets that share options, names other
 * questions offered. A set that keeps to itself looks in itself (its places of another kind too),
 * and only when that found nothing of the answer's category in the whole bank: a choice with a
 * borrowed name beats no choice at all.
 */
function tiersFor(bank: PreparedBank, index: number): Tier[] {
	const q = bank.questions[index]!;
	const set = setScope(q.setId);
	const separate = bank.separateSets.has(q.setId);
	const named = (what: string, last?: boolean) =>
		separate
			? [
					{ key: `${set}|${what}`, last },
					{ key: `${ownExtraScope(q.setId)}|${what}`, last }
				]
			: [
					{ key: `${set}|${what}`, last },
					{ key: `${SHARED_SCOPE}|${what}`, last },
					{ key: `${EXTRA_SCOPE}|${what}`, last }
				];
	const anything = separate
		? [
				{ key: `${ALL_SCOPE}|${q.category}`, last: true },
				{ key: `${set}|any`, last: true }
			]
		: [{ key: `${ALL_SCOPE}|any`, last: true }];
	if (q.category === 'date') return [...named(`date:${bank.dateKinds[index]}`), ...named('date', true), ...anything];
	if (q.category === 'person') return [...named('person'), ...anything];
	if (!q.kind) return [...named('place'), ...anything];
	// a set that keeps to itself has few places of a kind: its other places fill in before any borrowed one
	return [...named(`place:${q.kind}`), ...named('place', !separate), ...anything];
}

/** A name's shape: one word (a surname, ચીન) or more (a full name, ઉત્તર કોરિયા). */
export const shapeOf = (text: string) => (text.trim().split(/\s+/).length > 1 ? 'many' : 'one');

/**
 * Up to `count` distractors for a question, in the order found (the caller shuffles options).
 * Order of search: its own hand-picked `distractors` (a random few when it has more than needed);
 * for a date of a known kind, generated look-alikes (see dateLookalikes); answers of the same
 * kind and shape (one word or several: surnames beside surnames) in the same set, then in the
 * whole bank, then names hand-picked for other questions; then those of the other shape. Only
 * when all that found nothing does it take a date or place of another kind, or any other answer,
 * so a choice question has two options whenever the bank has two distinct answers.
 * A hand-picked option is left out only when it is right (checkTyped accepts it, or it shares an
 * alias group with the answer: a name linked to it by accept forms anywhere in the bank) or repeats
 * one already chosen. Other candidates are also skipped when checkTyped calls them almost right,
 * when the prompt names them, or when they repeat a chosen option by loose key or alias group.
 * A date's options are written in the answer's digits and spelling of months (date-style.ts).
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
	const prompt = normalizeForMatch(question.prompt);
	const chosen: string[] = [];
	const chosenForms = new Set<string>();
	const chosenLoose = new Set<string>();
	const chosenGroups = new Set<number>();

	// a date option in other digits or another spelling of its month than the answer's stands out
	const restyle = question.category === 'date' ? dateStyleOf(question.answer) : (text: string) => text;

	const take = (option: string, handPicked: boolean, poolGroup?: number): boolean => {
		const text = restyle(option);
		const form = normalizeForMatch(text);
		if (form === '' || chosenForms.has(form)) return false;
		if (question.numeric && overlapsRange(text, question.numeric)) return false;
		const group = poolGroup ?? bank.groupOfForm.get(`${question.category}|${form}`);
		if (group !== undefined && (group === ownGroup || chosenGroups.has(group))) return false;
		const key = loose(text);
		const graded = matchKeys(keys, text, loose);
		if (graded === 'right' || (!handPicked && (graded === 'almost' || chosenLoose.has(key) || prompt.includes(form))))
			return false;
		chosen.push(text);
		chosenForms.add(form);
		if (key !== '') chosenLoose.add(key);
		if (group !== undefined) chosenGroups.add(group);
		return true;
	};
	const full = () => chosen.length >= count;

	for (const d of shuffle(rng, question.distractors ?? [])) {
		if (full()) break;
		take(d, true);
	}
	// options the question's author wrote are its options: none borrowed beside them (a Moodle question
	// with two choices was padded with a Russian city); with none usable, they are drawn as for any question
	if (options.handPickedOnly || chosen.length > 0) return chosen;
	if (question.category === 'date' && !full()) {
		const maxYear = options.maxYear ?? bank.latestYear ?? Number.POSITIVE_INFINITY;
		for (const d of shuffle(rng, dateLookalikes(question.answer, maxYear))) {
			if (full()) break;
			take(d, false);
		}
	}
	const tiers = tiersFor(bank, index);
	const shape = shapeOf(question.answer);
	const sameShape = (text: string, group: number) => shapeOf(text) === shape && take(text, false, group);
	const anyShape = (text: string, group: number) => take(text, false, group);
	for (const consider of [sameShape, anyShape]) {
		for (const tier of tiers) {
			if (full() || tier.last) break;
			drawFrom(bank.pools.get(tier.key) ?? [], rng, consider, full);
		}
	}
	for (const tier of tiers) {
		if (full() || chosen.length > 0) break;
		if (tier.last) drawFrom(bank.pools.get(tier.key) ?? [], rng, anyShape, full);
	}
	return chosen;
}

/**
 * Whether an option names a number or years inside a numerical answer's range: 1960–1966 holds a right
 * year of {#1958..1962}, so it cannot be a wrong option. A second number shorter than the first ends a
 * range written short (1958–64).
 */
export function overlapsRange(option: string, range: { min: number; max: number }): boolean {
	const numbers = (toAsciiDigits(option).match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
	if (numbers.length === 0) return false;
	const [first, second] = numbers;
	if (numbers.length === 2 && second! < first! && String(second).length < String(first).length) {
		const scale = 10 ** String(second).length;
		numbers[1] = first! - (first! % scale) + second!;
	}
	return Math.min(...numbers) <= range.max && Math.max(...numbers) >= range.min;
}

/** Small pools are walked in a shuffled order; big ones sampled at random, then scanned a little. */
function drawFrom(
	pool: readonly PoolEntry[],
	rng: Rng,
	consider: (text: string, group: number) => unknown,
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
