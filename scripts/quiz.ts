/**
 * Prints a quiz worksheet from the bank for a teacher:
 *   npm run quiz -- [--categories date,person,place] [--count N|all] [--seed S]
 *                   [--article FILE | --set ID] [--mode choice|tf] [--json]
 * The bank is read from questions/sets/*.json under KASOTI_ROOT (default: this repo).
 * A bad argument prints one line on stderr and exits 2; a broken bank file exits 1.
 */
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { readBank } from '../src/lib/server/read-bank';
import { CATEGORIES, QuestionSetSchema, type Category, type QuestionSet } from '../src/lib/bank/schema';
import { bankQuestions, prepareBank } from '../src/lib/quiz/bank-index';
import { buildQuiz } from '../src/lib/quiz/build-quiz';
import { createRng, randomSeed } from '../src/lib/quiz/random';
import { countAvailable, type QuizSource } from '../src/lib/quiz/select';
import { formatWorksheet, worksheetJson } from '../src/lib/quiz/worksheet';

/** A problem with the command line: one line on stderr, exit code 2. */
class UsageError extends Error {}

const MODES = ['choice', 'tf'] as const;

function fail(message: string, code: number): never {
	process.stderr.write(`quiz: ${message}\n`);
	process.exit(code);
}

function readArgs(argv: string[]) {
	try {
		return parseArgs({
			args: argv,
			strict: true,
			allowPositionals: false,
			options: {
				categories: { type: 'string' },
				count: { type: 'string' },
				seed: { type: 'string' },
				article: { type: 'string' },
				set: { type: 'string' },
				mode: { type: 'string' },
				json: { type: 'boolean' }
			}
		}).values;
	} catch (error) {
		// node's messages run to several sentences; the first says what is wrong
		const message = error instanceof Error ? error.message : String(error);
		throw new UsageError(message.split(/\.\s/)[0]!.replace(/\.$/, ''));
	}
}

function parseCategories(text: string | undefined): Category[] {
	if (text === undefined) return [...CATEGORIES];
	const names = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
	if (names.length === 0) throw new UsageError('--categories needs at least one of date, person, place');
	for (const name of names)
		if (!(CATEGORIES as readonly string[]).includes(name))
			throw new UsageError(`unknown category "${name}" (use date, person, place)`);
	return CATEGORIES.filter((c) => names.includes(c));
}

function parseCount(text: string | undefined): number | 'all' {
	if (text === undefined) return 10;
	if (text === 'all') return 'all';
	if (!/^\d+$/.test(text) || Number(text) < 1)
		throw new UsageError(`--count must be a whole number from 1 up, or "all", not "${text}"`);
	return Number(text);
}

/** Every set in the bank, checked against the schema; a bad file stops the command. */
async function loadSets(root: string): Promise<QuestionSet[]> {
	const bank = await readBank(root);
	const [problem] = bank.problems;
	if (problem) fail(`${problem.file}: ${problem.message}`, 1);
	return bank.files.map(({ file, data }) => {
		const parsed = v.safeParse(QuestionSetSchema, data);
		if (parsed.success) return parsed.output;
		const issue = parsed.issues[0];
		fail(`${file}: not a valid question set: ${v.getDotPath(issue) ?? '(set)'}: ${issue.message}`, 1);
	});
}

async function main(): Promise<void> {
	const args = readArgs(process.argv.slice(2));
	const categories = parseCategories(args.categories);
	const count = parseCount(args.count);
	const mode = args.mode ?? 'choice';
	if (!(MODES as readonly string[]).includes(mode))
		throw new UsageError(`unknown mode "${mode}" (use choice or tf)`);
	if (args.article !== undefined && args.set !== undefined)
		throw new UsageError('give --article or --set, not both');
	if (args.seed === '') throw new UsageError('--seed must not be empty');

	const root = resolve(process.env.KASOTI_ROOT ?? fileURLToPath(new URL('..', import.meta.url)));
	const sets = await loadSets(root);
	const bank = prepareBank(bankQuestions(sets));

	let source: QuizSource = { type: 'all' };
	let sourceLabel = 'બધા સેટ';
	if (args.set !== undefined) {
		const set = sets.find((s) => s.id === args.set);
		if (!set)
			throw new UsageError(`unknown set "${args.set}" (sets: ${sets.map((s) => s.id).join(', ')})`);
		source = { type: 'set', id: set.id };
		sourceLabel = set.title;
	}
	if (args.article !== undefined) {
		// a path such as questions/articles/x.txt names the same article as x.txt
		const file = basename(args.article);
		if (!bank.articles.includes(file))
			throw new UsageError(`unknown article "${args.article}" (articles: ${bank.articles.join(', ')})`);
		source = { type: 'article', file };
		sourceLabel = file;
	}
	if (countAvailable(bank, categories, source) === 0)
		throw new UsageError('no questions match these categories and source');

	const seed = args.seed ?? randomSeed();
	// year distractors may run up to this year, not beyond
	const maxYear = new Date().getFullYear();
	const quizMode = mode as (typeof MODES)[number];
	const items = buildQuiz(
		bank,
		{ categories, source, length: count, mode: quizMode, maxYear },
		createRng(seed)
	);
	if (args.json) process.stdout.write(JSON.stringify(worksheetJson(items, seed), null, '\t') + '\n');
	else process.stdout.write(formatWorksheet(items, { seed, categories, source: sourceLabel }));
}

main().catch((error: unknown) => {
	if (error instanceof UsageError) fail(error.message, 2);
	throw error;
});
