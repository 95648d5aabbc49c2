/**
 * Checks the draft extractor against the bank: `npm run draft:eval` meets its goals (exit 0, a
 * row per article and gazetteer), and no person or place name of the bank's articles is written
 * into the extractor's code, which must find them from its rules and the gazetteer alone.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../src/lib/extract/countries';
import { DIRECTIONS } from '../src/lib/extract/names';

const repo = fileURLToPath(new URL('..', import.meta.url));
const tsx = join(repo, 'node_modules', '.bin', 'tsx');

type RawQuestion = { category: string; kind?: string; answer: string; accept?: string[] };

describe('npm run draft:eval', { timeout: 30_000 }, () => {
	it('meets the recall and precision goals on every bank article', () => {
		const run = spawnSync(tsx, [join(repo, 'scripts', 'draft-eval.ts')], { encoding: 'utf8' });
		const lines = run.stdout.trimEnd().split('\n');
		expect(run.status).toBe(0);
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
		expect(lines.filter((l) => /^\S+\.txt {2}(bank|none) /.test(l))).toHaveLength(4);
		expect(lines[lines.length - 1]).toBe('goals with the bank gazetteer: recall >= 90.0%, precision >= 80.0%: met');
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
