/**
 * Checks the question bank: `npm run check:questions [root]` (root defaults to this repo).
 * Prints each problem as `file[:line]: question id: field: what is wrong` and exits 1,
 * or prints one summary line (questions per set and category) and exits 0.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBank } from '../src/lib/server/read-bank';
import { summarizeBank, summarizeProblems } from '../src/lib/bank/summary';
import { validateBank } from '../src/lib/bank/validate';
import { problemLine } from '../src/lib/i18n/problem-line';

const root = resolve(process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url)));
const bank = await readBank(root);
const { sets, problems } = validateBank(bank.files, { texts: bank.articles });
// a stable sort by file puts unreadable JSON among the checked files, in name order
const all = [...bank.problems, ...problems].sort((a, b) =>
	a.file < b.file ? -1 : a.file > b.file ? 1 : 0
);

if (all.length > 0) {
	for (const problem of all) console.log(problemLine(problem));
	console.log(summarizeProblems(all));
	process.exitCode = 1;
} else {
	console.log(`no problems: ${summarizeBank(sets)}`);
}
