/**
 * A problem's words in the reader's language: what is wrong, and where. Every page that shows
 * problems (import, editor, draft, share) and the command line read them from here.
 */
import type { Problem } from '../bank/problems';
import type { Num, ProblemWords } from './types';

/** The part of a dictionary these need. */
type Words = { problems: ProblemWords };

/** What is wrong, as one sentence. `num` writes numbers in the chosen digits. */
export function problemText(t: Words, p: Problem, num: Num = String): string {
	const say = t.problems.text[p.code] as (params: Problem['params'], num: Num) => string;
	return say(p.params, num);
}

/** The 1-based line of a one-per-line box a problem is about (`distractors[1]` is line 2). */
export function lineInBox(p: Problem): number | undefined {
	const line = /^(?:accept|distractors)\[(\d+)\]$/.exec(p.field);
	return line ? Number(line[1]) + 1 : undefined;
}

/**
 * Where in a set a problem is, as a teacher knows it: "Question 4 · Answer", "Article 1 · File
 * name", "Wrong options · Line 2". A field Kasoti does not know is named as written.
 */
export function problemField(t: Words, p: Problem, num: Num = String): string {
	const words = t.problems;
	// a file's own key such as `__proto__` or `constructor` must not find Object's properties
	const name = (key: string) => (Object.hasOwn(words.fields, key) ? words.fields[key]! : key);
	const parts: string[] = [];
	for (const part of p.field.split('.')) {
		const item = /^(questions|articles)\[(\d+)\]$/.exec(part);
		const list = /^(\w+)\[(\d+)\]$/.exec(part);
		if (item) parts.push(words.item(item[1] as 'questions' | 'articles', num(Number(item[2]) + 1)));
		else if (list) parts.push(name(list[1]!), words.item('line', num(Number(list[2]) + 1)));
		else parts.push(name(part));
	}
	return parts.join(' · ');
}
