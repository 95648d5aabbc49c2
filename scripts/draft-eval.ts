/**
 * Measures the draft extractor on the bank's own articles: `npm run draft:eval [root]`.
 * For each article: recall against the hand-made questions and precision of the proposals
 * (bank answers plus tests/fixtures/extract/judged.json), with the bank's names as gazetteer
 * and with none. Exits 1 when recall < 90% or precision < 80% with the gazetteer.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBank } from '../src/lib/server/read-bank';
import { CATEGORIES } from '../src/lib/bank/schema';
import { validateBank } from '../src/lib/bank/validate';
import { problemLine } from '../src/lib/i18n/problem-line';
import {
	buildGazetteer,
	EMPTY_GAZETTEER,
	extract,
	percent,
	precisionOf,
	recallOf,
	type BankItem,
	type Gazetteer,
	type Judgement
} from '../src/lib/extract';

const RECALL_GOAL = 0.9;
const PRECISION_GOAL = 0.8;
const JUDGED = 'tests/fixtures/extract/judged.json';

const root = resolve(process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url)));
const bank = await readBank(root);
const { sets, problems } = validateBank(bank.files, { texts: bank.articles });
if (problems.length > 0 || bank.problems.length > 0) {
	for (const p of [...bank.problems, ...problems]) console.error(problemLine(p));
	process.exit(1);
}
const judged = JSON.parse(await readFile(join(root, JUDGED), 'utf8')) as Judgement[];
const questions: BankItem[] = sets.flatMap((s) => s.questions);
const articles = [...new Set(questions.map((q) => q.article))].sort();
const gazetteers: [string, Gazetteer][] = [
	['bank', buildGazetteer(sets)],
	['none', EMPTY_GAZETTEER]
];

const header = ['article', 'gazetteer', 'questions', 'found', 'recall', 'proposals', 'right', 'unjudged', 'precision'];
const rows: string[][] = [header];
const notes: string[] = [];
let missedGoal = false;

for (const article of articles) {
	const text = bank.articles.get(article) ?? '';
	const own = questions.filter((q) => q.article === article);
	for (const [label, gazetteer] of gazetteers) {
		const proposals = extract(text, gazetteer);
		const recall = recallOf(text, proposals, own);
		const precision = precisionOf(article, proposals, questions, judged);
		const r = recall.found.length / own.length;
		const p = precision.right.length / Math.max(1, proposals.length);
		rows.push([
			article,
			label,
			String(own.length),
			String(recall.found.length),
			percent(recall.found.length, own.length),
			String(proposals.length),
			String(precision.right.length),
			String(precision.unjudged.length),
			percent(precision.right.length, proposals.length)
		]);
		if (label === 'bank' && (r < RECALL_GOAL || p < PRECISION_GOAL)) missedGoal = true;
		const perCategory = CATEGORIES.map((c) => {
			const all = own.filter((q) => q.category === c).length;
			return `${c} ${recall.found.filter((q) => q.category === c).length}/${all}`;
		});
		notes.push(`${article}, gazetteer ${label}: found ${perCategory.join(', ')}`);
		for (const q of recall.missed) notes.push(`  missed ${q.id} (${q.category} "${q.answer}")`);
		for (const w of precision.wrong) notes.push(`  wrong ${w.category} "${w.answer}" (${w.rule})`);
		for (const u of precision.unjudged) notes.push(`  unjudged ${u.category} "${u.answer}" (${u.rule}) in: ${u.quote}`);
	}
}

const widths = header.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd());
console.log(`\n${notes.join('\n')}`);
const goals = `recall >= ${percent(RECALL_GOAL, 1)}, precision >= ${percent(PRECISION_GOAL, 1)}`;
console.log(`\ngoals with the bank gazetteer: ${goals}: ${missedGoal ? 'missed' : 'met'}`);
if (missedGoal) process.exitCode = 1;
