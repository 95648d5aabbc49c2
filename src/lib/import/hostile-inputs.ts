/**
 * 1 MB files made to trigger an importer's slow paths: unclosed `{T#` in GIFT detection, unclosed
 * `<` in HTML and a long digit run in a CSV header once took quadratic time (over two minutes for
 * a 4.9 MB file). Read by adversarial.test.ts (each is refused, not frozen on) and adversarial.bench.ts (how fast).
 */

const SIZE = 1_000_000;

/** `unit` repeated to fill 1 MB between `prefix` and `suffix`. */
const fill = (unit: string, prefix = '', suffix = '') =>
	prefix + unit.repeat(Math.floor((SIZE - prefix.length - suffix.length) / unit.length)) + suffix;

/** What each input tries, its file name (which picks the format) and its text. */
export const HOSTILE_INPUTS: readonly (readonly [string, string, string])[] = [
	['GIFT: unclosed {T# blocks', 'q.txt', fill('{T#', 'x ')],
	['GIFT: escapes', 'q.gift', fill('\\')],
	['GIFT: unclosed brace on every line', 'q.gift', fill('a {\n')],
	['GIFT: comments', 'q.gift', fill('//x\n')],
	['GIFT: unclosed HTML tags', 'q.gift', fill('<', '[html]q {=', '}')],
	['GIFT: HTML entities', 'q.gift', fill('&#x1', '[html]q {=', '}')],
	['GIFT: endless options', 'q.gift', fill('~a', 'q {=b', '}')],
	['GIFT: more questions than one import takes', 'q.gift', fill('::q:: a {=b}\n')],
	['Aiken: endless option lines', 'q.txt', fill('A. x\n', 'Question\n', 'ANSWER: A\n')],
	['Aiken: more questions than one import takes', 'q.txt', fill('Q?\nA. x\nB. y\nANSWER: A\n')],
	['CSV: endless quoted field', 'q.csv', fill('x', 'a,"')],
	['CSV: quotes and commas', 'q.csv', fill('",')],
	['CSV: digits in a header cell', 'q.csv', fill('1', 'question,', 'x\n')],
	['CSV: unclosed HTML tags', 'q.csv', fill('<', '#html:true\n#separator:,\nq,a')],
	['CSV: more rows than one import takes', 'q.csv', fill('q,a\n')],
	['JSON: nested brackets', 'q.json', fill('[')],
	['JSON: nested and closed', 'q.json', '['.repeat(SIZE / 2) + ']'.repeat(SIZE / 2)],
	['JSON: one huge string', 'q.json', fill('x', '{"id":"', '"}')]
];
