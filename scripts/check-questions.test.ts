// Runs the real `check-questions` script, through tsx as `npm run check:questions` does,
// on temporary folders of fixture files: a good bank, a bank with a mistake, broken JSON, no sets.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('..', import.meta.url));
const ARTICLE = 'રવિવારે સુરતમાં ૨૦૨૪ની હીરા પરિષદ પૂરી થઈ.';

const goodSet = {
	$schema: '../question-set.schema.json',
	id: 'surat-summit',
	title: 'સુરતની હીરા પરિષદ',
	title_en: 'The Surat diamond summit',
	lang: 'gu',
	articles: [
		{ file: 'summit.txt', headline: 'હીરા પરિષદ પૂરી', headline_en: 'Diamond summit ends' }
	],
	questions: [
		{
			id: 'surat-summit-city',
			category: 'place',
			kind: 'city',
			prompt: 'હીરા પરિષદ કયા શહેરમાં પૂરી થઈ?',
			answer: 'સુરત',
			article: 'summit.txt',
			quote: ARTICLE,
			en: 'The diamond summit ended in Surat.'
		},
		{
			id: 'surat-summit-day',
			category: 'date',
			prompt: 'સુરતની હીરા પરિષદ કયા વારે પૂરી થઈ?',
			answer: 'રવિવાર',
			article: 'summit.txt',
			quote: ARTICLE,
			en: 'The summit ended on Sunday.'
		}
	]
};

let dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	dirs = [];
});

/** A temporary repo root holding the given set files (name -> text) and the summit article. */
function bank(sets: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'kasoti-check-'));
	dirs.push(root);
	mkdirSync(join(root, 'questions', 'sets'), { recursive: true });
	mkdirSync(join(root, 'questions', 'articles'), { recursive: true });
	writeFileSync(join(root, 'questions', 'articles', 'summit.txt'), `${ARTICLE}\n`);
	for (const [name, text] of Object.entries(sets))
		writeFileSync(join(root, 'questions', 'sets', name), text);
	return root;
}

function check(root: string): { status: number | null; lines: string[] } {
	const tsx = join(repo, 'node_modules', '.bin', 'tsx');
	const script = join(repo, 'scripts', 'check-questions.ts');
	const run = spawnSync(tsx, [script, root], { encoding: 'utf8' });
	return { status: run.status, lines: run.stdout.trimEnd().split('\n') };
}

describe('npm run check:questions', { timeout: 30_000 }, () => {
	it('exits 0 with a one-line summary for a good bank', () => {
		const result = check(bank({ 'surat-summit.json': JSON.stringify(goodSet, null, '\t') }));
		expect(result).toEqual({
			status: 0,
			lines: ['no problems: 1 set, 2 questions; surat-summit 2 (date 1, person 0, place 1)']
		});
	});

	it('exits 1 and prints the problem line for a bank with a mistake', () => {
		const [city, day] = goodSet.questions;
		const wrong = { ...goodSet, questions: [{ ...city, answer: 'સૂરત' }, day] };
		const result = check(bank({ 'surat-summit.json': JSON.stringify(wrong, null, '\t') }));
		expect(result).toEqual({
			status: 1,
			lines: [
				'questions/sets/surat-summit.json: surat-summit-city: answer: The answer “સૂરત” is not in the quote.',
				'1 problem in 1 file'
			]
		});
	});

	it('reports invalid JSON with its line and column, and checks the other files', () => {
		const result = check(
			bank({
				'a-broken.json': '{\n\t"id": "broken"\n\t"title": "x"\n}\n',
				'surat-summit.json': JSON.stringify(goodSet, null, '\t')
			})
		);
		expect(result).toEqual({
			status: 1,
			lines: [
				'questions/sets/a-broken.json:3: -: (file): This is not valid JSON at line 3, column 2: look just before this point for a missing or extra comma, quote or bracket.',
				'1 problem in 1 file'
			]
		});
	});

	it('reports a bank with no sets', () => {
		expect(check(bank({}))).toEqual({
			status: 1,
			lines: [
				'questions/sets: -: (folder): The folder has no question sets (*.json files).',
				'1 problem in 1 file'
			]
		});
	});
});
