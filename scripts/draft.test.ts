/**
 * Runs `npm run draft` as a teacher would and checks: the listing by category with the answer in
 * [brackets], the --json set passing `check:questions` once saved beside its article (for a text
 * of our own and for a bank article), and exit code 2 with one line on stderr for a bad call.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('..', import.meta.url));
// the local tsx binary rather than npx: npx may print its own warnings on stderr
const tsx = join(repo, 'node_modules', '.bin', 'tsx');

const ARTICLE = [
	'આરોગ્ય મંત્રી નીતાબેન ત્રિવેદીએ ૧૨ માર્ચ ૨૦૨૫ના રોજ સુરત શહેરમાં નવી કેન્સર હોસ્પિટલનું ઉદ્ઘાટન કર્યું.',
	'કાર્યક્રમમાં સુરતના મેયર રાકેશ દેસાઈ હાજર રહ્યા હતા.',
	'દર્દીઓ માટે હોસ્પિટલ સોમવારે ખુલશે અને પહેલા છ મહિના સારવાર મફત રહેશે.'
].join('\n');

let dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	dirs = [];
});

/** A temporary repo root with an empty sets folder and one article. */
function root(file: string, text: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'kasoti-draft-'));
	dirs.push(dir);
	mkdirSync(join(dir, 'questions', 'sets'), { recursive: true });
	mkdirSync(join(dir, 'questions', 'articles'), { recursive: true });
	writeFileSync(join(dir, 'questions', 'articles', file), text);
	return dir;
}

function run(script: string, args: string[]) {
	const result = spawnSync(tsx, [join(repo, 'scripts', script), ...args], { encoding: 'utf8', cwd: repo });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Drafts the article under `dir`, saves the set beside it and runs the bank checker there. */
function draftAndCheck(dir: string, file: string, extra: string[] = []) {
	const draft = run('draft.ts', [join(dir, 'questions', 'articles', file), '--json', ...extra]);
	expect(draft.status).toBe(0);
	writeFileSync(join(dir, 'questions', 'sets', 'draft.json'), draft.stdout);
	return run('check-questions.ts', [dir]);
}

describe('npm run draft', { timeout: 30_000 }, () => {
	it('lists the proposals by category, with the answer in brackets in its sentence', () => {
		const dir = root('surat.txt', ARTICLE);
		const { status, stdout } = run('draft.ts', [join(dir, 'questions', 'articles', 'surat.txt')]);
		expect(status).toBe(0);
		const lines = stdout.split('\n');
		expect(lines[0]).toBe('surat.txt: 8 proposals');
		expect(lines).toContain('date (3)');
		expect(lines).toContain('person (2)');
		expect(lines).toContain('place (3)');
		expect(lines).toContain('  રાકેશ દેસાઈ  (title)');
		expect(lines).toContain('    કાર્યક્રમમાં સુરતના મેયર [રાકેશ દેસાઈ] હાજર રહ્યા હતા.');
		expect(lines).toContain('    દર્દીઓ માટે હોસ્પિટલ [સોમવાર]ે ખુલશે અને પહેલા છ મહિના સારવાર મફત રહેશે.');
	});

	it('writes a set that passes check:questions once saved beside its article', () => {
		const check = draftAndCheck(root('surat.txt', ARTICLE), 'surat.txt');
		expect(check).toEqual({
			status: 0,
			stdout: 'no problems: 1 set, 8 questions; surat 8 (date 3, person 2, place 3)\n',
			stderr: ''
		});
	});

	it('writes a passing set for a bank article, with and without the gazetteer', () => {
		const file = '000_1ee9a9eab18b7454.txt';
		const text = readFileSync(join(repo, 'questions', 'articles', file), 'utf8');
		for (const extra of [[], ['--no-gazetteer']]) {
			const check = draftAndCheck(root(file, text), file, extra);
			expect(check.status).toBe(0);
			expect(check.stdout).toMatch(/^no problems: 1 set, \d+ questions; 000-1ee9a9eab18b7454 /);
		}
	});

	it('exits 2 with one line on stderr when the call is wrong', () => {
		const none = run('draft.ts', []);
		expect([none.status, none.stderr]).toEqual([
			2,
			'draft: give one article file: npm run draft -- FILE [--json] [--no-gazetteer]\n'
		]);
		const missing = run('draft.ts', ['/nonexistent/article.txt']);
		expect([missing.status, missing.stderr]).toEqual([2, 'draft: cannot read /nonexistent/article.txt\n']);
		const unknown = run('draft.ts', ['a.txt', '--jsn']);
		expect(unknown.status).toBe(2);
		expect(unknown.stderr.split('\n')).toHaveLength(2);
	});
});
