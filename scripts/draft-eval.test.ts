/**
 * Checks the draft extractor against the bank: `npm run draft:eval` meets its goals (exit 0, a
 * row per article and gazetteer), reports the news corpus with the held-out texts in total only,
 * and no person or place name of the bank's articles is written into the extractor's code, which
 * must find them from its rules and the gazetteer alone. Also checks the news corpus itself:
 * every text has a well-formed facts file whose every fact stands in the text.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { COUNTRIES } from '../src/lib/extract/countries';
import { absentFacts, parseFacts } from '../src/lib/extract/evaluate';
import { DIRECTIONS } from '../src/lib/extract/names';

const repo = fileURLToPath(new URL('..', import.meta.url));
const tsx = join(repo, 'node_modules', '.bin', 'tsx');
const news = join(repo, 'tests', 'fixtures', 'extract', 'news');

type RawQuestion = { category: string; kind?: string; answer: string; accept?: string[] };

/** The text files of a news folder. */
function newsTexts(folder: string): string[] {
	return readdirSync(join(news, folder)).filter((f) => f.endsWith('.txt'));
}

describe('npm run draft:eval', { timeout: 60_000 }, () => {
	let status: number | null;
	let lines: string[];
	beforeAll(() => {
		const run = spawnSync(tsx, [join(repo, 'scripts', 'draft-eval.ts')], { encoding: 'utf8' });
		status = run.status;
		lines = run.stdout.trimEnd().split('\n');
		// a whole evaluation: on a busy machine it outlasts a hook's usual 10 s
	}, 120_000);

	it('meets the recall and precision goals on every bank article', () => {
		expect(status).toBe(0);
		expect(lines[0]!.split(/\s{2,}/)).toEqual([
			'article',
			'gazetteer',
			'questions',
			'found',
			'recall',
			'proposals',
			'right',
			'unjudged',
			'precision'
		]);
		const articles = lines.slice(0, lines.indexOf(''));
		expect(articles.filter((l) => /^\S+\.txt {2}(bank|none) /.test(l))).toHaveLength(4);
		expect(lines).toContain('goals with the bank gazetteer: recall >= 90.0%, precision >= 80.0%: met');
	});

	it('reports news/dev per text and news/test in total only, then the news goals', () => {
		const header = (folder: string) =>
			[folder, 'gazetteer', 'facts', 'found', 'recall', 'proposals', 'right', 'ignored', 'precision']
				.concat(['date recall', 'person recall', 'place recall'])
				.join(' ');
		const dev = lines.findIndex((l) => l.startsWith('news/dev '));
		const test = lines.findIndex((l) => l.startsWith('news/test '));
		expect(lines[dev]!.split(/\s{2,}/).join(' ')).toBe(header('news/dev'));
		expect(lines[test]!.split(/\s{2,}/).join(' ')).toBe(header('news/test'));
		const devRows = lines.slice(dev + 1).filter((l) => /^\S+\.txt {2,}(bank|none) /.test(l));
		expect(devRows).toHaveLength(2 * newsTexts('dev').length);
		// the held-out texts: two total rows and per-category figures, never a file name, fact or sentence
		const heldOut = lines.slice(test, -1);
		expect(heldOut.filter((l) => /^total {2,}(bank|none) /.test(l))).toHaveLength(2);
		expect(heldOut.filter((l) => /^news\/test, gazetteer \w+: date /.test(l))).toHaveLength(2);
		expect(heldOut.filter((l) => /^news\/test, gazetteer \w+: places proposed as people: \d+$/.test(l))).toHaveLength(2);
		expect(heldOut.filter((l) => /\.txt|^ {2}(missed|wrong) /.test(l))).toEqual([]);
		expect(lines[lines.length - 1]).toMatch(
			/^news goals: (met|missed) \(recall >= 85\.0%, precision >= 85\.0% and no place proposed as a person on news\/test with gazetteer none\)$/
		);
	});
});

describe('the news corpus', () => {
	it('has a well-formed facts file for every text, each fact once and standing in its text', () => {
		const problems: string[] = [];
		for (const folder of ['dev', 'test']) {
			for (const file of newsTexts(folder)) {
				const name = `${folder}/${file}`;
				const factsPath = join(news, folder, file.replace(/\.txt$/, '.facts.json'));
				if (!existsSync(factsPath)) {
					problems.push(`${name}: no facts file`);
					continue;
				}
				const text = readFileSync(join(news, folder, file), 'utf8');
				const facts = parseFacts(JSON.parse(readFileSync(factsPath, 'utf8')), name);
				if (text !== text.normalize('NFC')) problems.push(`${name}: not NFC`);
				// held-out texts are named by file alone, so a failure shows none of their facts
				const shown = (answer: string) => (folder === 'dev' ? answer : 'a fact');
				for (const f of absentFacts(text, facts)) problems.push(`${name}: ${shown(f.answer)} is not in the text`);
				const keys = facts.facts.map((f) => `${f.category}:${f.answer}`);
				for (const [i, key] of keys.entries()) {
					if (keys.indexOf(key) !== i) problems.push(`${name}: ${shown(key)} is listed twice`);
				}
			}
		}
		expect(problems).toEqual([]);
	});
});

describe('the extractor code', () => {
	it("names no person, city, region or non-general country of the bank's articles", () => {
		const dir = join(repo, 'questions', 'sets');
		const questions = readdirSync(dir)
			.filter((f) => f.endsWith('.json'))
			.flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { questions: RawQuestion[] }).questions);
		// sites are left out: એરપોર્ટ and સ્ટેશન are the rules' own nouns; compass words and the general country list are allowed
		const general = new Set([...COUNTRIES.flatMap((c) => c.forms), ...DIRECTIONS]);
		const names = new Set(
			questions
				.filter((q) => q.category === 'person' || (q.category === 'place' && q.kind !== 'site'))
				.flatMap((q) => [q.answer, ...(q.accept ?? [])])
				.filter((form) => /[\u0A80-\u0AFF]/.test(form) && !general.has(form))
		);
		const code = join(repo, 'src', 'lib', 'extract');
		const files = readdirSync(code)
			.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
			.map((f) => join(code, f))
			.concat([join(repo, 'scripts', 'draft.ts'), join(repo, 'scripts', 'draft-eval.ts')]);
		const found = files.flatMap((file) => {
			const words = new Set(readFileSync(file, 'utf8').split(/[^\u0A80-\u0AFF.-]+/));
			return [...names].filter((name) => name.split(' ').every((w) => words.has(w))).map((name) => `${file}: ${name}`);
		});
		expect(found).toEqual([]);
	});
});
