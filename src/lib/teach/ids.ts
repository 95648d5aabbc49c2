/**
 * Ids for teachers' sets and questions. Progress is keyed by question id, so an id, once given,
 * is never handed out again: a new question must not inherit a deleted one's history.
 */

/** The schema's longest id. */
const MAX_ID = 80;
/** Room left for `-q<n>` after a set id, so question ids stay within the schema's length. */
const MAX_SET_ID = 60;

/** Lower-case letters, digits and single hyphens, as the schema allows; `fallback` if nothing is left. */
export function slug(text: string, fallback: string): string {
	const cleaned = text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return cleaned === '' ? fallback : cleaned;
}

/**
 * A set id no set has: `<base>-<now in base 36>`, then `-2`, `-3`... if that is taken. The time
 * makes an id that was used once (and deleted since) very unlikely to come back.
 */
export function uniqueSetId(base: string, now: number, taken: ReadonlySet<string>): string {
	const stamp = Math.max(0, Math.floor(now)).toString(36);
	const head = slug(base, 'set')
		.slice(0, MAX_SET_ID - stamp.length - 4)
		.replace(/-+$/, '');
	const first = `${head}-${stamp}`;
	if (!taken.has(first)) return first;
	for (let n = 2; ; n++) {
		const id = `${first}-${n}`;
		if (!taken.has(id)) return id;
	}
}

/** The `<n>` of an id `<set-id>-q<n>`, or undefined for any other id. */
export function questionNumber(setId: string, questionId: string): number | undefined {
	const prefix = `${setId}-q`;
	if (!questionId.startsWith(prefix)) return undefined;
	const rest = questionId.slice(prefix.length);
	return /^[1-9][0-9]{0,8}$/.test(rest) ? Number(rest) : undefined;
}

/** A question id of the set, `<set-id>-q<n>`. */
export function questionId(setId: string, n: number): string {
	return `${setId}-q${n}`.slice(0, MAX_ID);
}

/**
 * The next question id of a set: a number above `last` (the highest ever given in this set) and
 * above every number in `ids`, skipping any id in `taken` (question ids of other sets).
 */
export function nextQuestionId(
	setId: string,
	last: number,
	ids: readonly string[],
	taken: ReadonlySet<string> = new Set()
): { id: string; number: number } {
	let n = ids.reduce((high, id) => Math.max(high, questionNumber(setId, id) ?? 0), last) + 1;
	const own = new Set(ids);
	while (own.has(questionId(setId, n)) || taken.has(questionId(setId, n))) n++;
	return { id: questionId(setId, n), number: n };
}
