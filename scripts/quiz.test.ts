/**
 * Runs the worksheet command as a teacher would and checks: the --json shape, answer among the
 * options, the same worksheet for the same --seed, filters by category and set, the text layout,
 * and exit code 2 with a single line on stderr for each kind of bad argument.
 * Uses the real bank when questions/sets has sets, else a small fixture bank (via KASOTI_ROOT).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureSets } from '../src/lib/quiz/fixtures';

const repo = resolve(import.meta.dirname, '..');
// the local tsx binary rather than npx: npx may print its own warnings on stderr
const tsx = join(repo, 'node_modules', '.bin', 'tsx');

/** A bank root holding the fixture sets and their articles. */
function writeFixtureRoot(): string {
	const root = mkdtempSync(join(tmpdir(), 'kasoti-quiz-'));
	mkdirSync(join(root, 'questions', 'sets'), { recursive: true });
	mkdirSync(join(root, 'questions', 'articles'), { recursive: true });
	for (const set of fixtureSets()) {
		writeFileSync(join(root, 'questions', 'sets', `${set.id}.json`), JSON.stringify(set));
		for (const q of set.questions) writeFileSync(join(root, 'questions', 'articles', q.article), `${q.quote}\n`, { flag: 'a' });
	}
	return root;
}

const realSets = join(repo, 'questions', 'sets');
const hasRealBank = existsSync(realSets) && readdirSync(realSets).some((f) => f.endsWith('.json'));
const fixtureRoot = writeFixtureRoot();
const root = hasRealBank ? repo : fixtureRoot;
const setFiles = readdirSync(join(root, 'questions', 'sets')).filter((f) => f.endsWith('.json')).sort();
const firstSet = JSON.parse(readFileSync(join(root, 'questions', 'sets', setFiles[0]!), 'utf8')) as {
	id: string;
	questions: { id: string; article: string }[];
};


afterAll(() => rmSync(fixtureRoot, { recursive: true, force: true }));

function quiz(args: string[], bankRoot = root) {
	const run = spawnSync(tsx, [join(repo, 'scripts', 'quiz.ts'), ...args], {
		cwd: repo,
		encoding: 'utf8',
		env: { ...process.env, KASOTI_ROOT: bankRoot }
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

type Sheet = {
	seed: string;
	questions: { id: string; category: string; prompt: string; options: string[]; answer: string; quote: string; article: string; statement?: string }[];
};

function sheet(args: string[], bankRoot = root): Sheet {
	const run = quiz([...args, '--json'], bankRoot);
	expect(run.stderr).toBe('');
	expect(run.status).toBe(0);
	return JSON.parse(run.stdout) as Sheet;
}

describe('npm run quiz -- --json', { timeout: 30_000 }, () => {
	it('prints the seed and questions with their options, answer, quote and article', () => {
		const out = sheet(['--seed', 'class-7', '--count', '5']);
		expect(out.seed).toBe('class-7');
		expect(out.questions).toHaveLength(5);
		for (const q of out.questions) {
			expect(Object.keys(q)).toEqual(['id', 'category', 'prompt', 'options', 'answer', 'quote', 'article']);
			expect(q.options).toHaveLength(4);
			expect(q.options).toContain(q.answer);
			expect(new Set(q.options).size).toBe(4);
			expect(q.quote.length).toBeGreaterThan(0);
		}
		expect(new Set(out.questions.map((q) => q.id)).size).toBe(5);
	});

	it('gives the same worksheet for the same seed and another for another seed', () => {
		const a = quiz(['--seed', 'same', '--json']);
		const b = quiz(['--seed', 'same', '--json']);
		expect(b.stdout).toBe(a.stdout);
		expect(quiz(['--seed', 'different', '--json']).stdout).not.toBe(a.stdout);
	});

	it('chooses and reports a seed when none is given', () => {
		const out = sheet(['--count', '2']);
		expect(out.seed).toMatch(/^[a-z2-9]{6}$/);
		expect(sheet(['--count', '2', '--seed', out.seed])).toEqual(out);
	});

	it('keeps to the categories and the set asked for', () => {
		const people = sheet(['--categories', 'person', '--count', '4', '--seed', 'p']);
		expect(people.questions.map((q) => q.category)).toEqual(['person', 'person', 'person', 'person']);
		const fromSet = sheet(['--set', firstSet.id, '--count', 'all', '--seed', 's']);
		expect(fromSet.questions.map((q) => q.id).sort()).toEqual(firstSet.questions.map((q) => q.id).sort());
		const article = firstSet.questions[0]!.article;
		const fromArticle = sheet(['--article', `questions/articles/${article}`, '--count', '3', '--seed', 'a']);
		expect(fromArticle.questions.every((q) => q.article === article)).toBe(true);
	});

	it('gives true-or-false statements with સાચું or ખોટું as the answer', () => {
		const out = sheet(['--mode', 'tf', '--count', '6', '--seed', 'tf']);
		for (const q of out.questions) {
			expect(q.options).toEqual(['સાચું', 'ખોટું']);
			expect(q.options).toContain(q.answer);
			expect(q.statement).toBeTruthy();
		}
	});

	it('reads the bank from KASOTI_ROOT', () => {
		const out = sheet(['--count', 'all', '--seed', 'f'], fixtureRoot);
		expect(out.questions).toHaveLength(26);
	});
});

describe('npm run quiz (worksheet)', { timeout: 30_000 }, () => {
	it('prints a title, numbered questions with a) to d), and an answer key with quotes', () => {
		// people and dates: the fixture bank has too few places of a kind for four options
		const run = quiz(['--seed', 'print', '--count', '3', '--categories', 'date,person'], fixtureRoot);
		expect(run.status).toBe(0);
		const lines = run.stdout.split('\n');
		expect(lines[0]).toBe('કસોટી — પ્રશ્નપત્ર');
		expect(lines[1]).toContain('બીજ (seed): print');
		expect(lines.filter((l) => /^[૧૨૩]\. /.test(l))).toHaveLength(6);
		for (const label of ['a', 'b', 'c', 'd']) expect(lines.filter((l) => l.startsWith(`   ${label}) `))).toHaveLength(3);
		expect(lines).toContain('જવાબો');
		expect(lines.filter((l) => l.startsWith('   “'))).toHaveLength(3);
	});

	it('prints સાચું / ખોટું under each statement in tf mode, and asks as a choice what cannot be a fair statement', () => {
		const run = quiz(['--seed', 'print', '--count', '6', '--mode', 'tf'], root);
		const lines = run.stdout.split('\n');
		const statements = lines.filter((l) => l === '   સાચું / ખોટું').length;
		expect(statements).toBeGreaterThan(0);
		expect(statements + lines.filter((l) => l.startsWith('   a) ')).length).toBe(6);
	});
});

describe('npm run quiz with a bad argument', { timeout: 30_000 }, () => {
	it.each([
		[['--colour', 'red'], /unknown option '--colour'/i],
		[['--categories', 'dates'], /unknown category "dates"/],
		[['--count', 'ten'], /--count must be a whole number/],
		[['--count', '0'], /--count must be a whole number/],
		[['--set', 'no-such-set'], /unknown set "no-such-set"/],
		[['--article', 'no-such.txt'], /unknown article "no-such.txt"/],
		[['--mode', 'essay'], /unknown mode "essay"/],
		[['stray'], /unexpected argument 'stray'/i],
		[['--set', 'a', '--article', 'b.txt'], /not both/]
	])('%j exits 2 with one line on stderr', (args, message) => {
		const run = quiz(args);
		expect(run.status).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(run.stderr).toMatch(message);
	});
});
