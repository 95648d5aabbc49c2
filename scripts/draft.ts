/**
 * Drafts questions from a Gujarati article for a teacher to edit:
 *   npm run draft -- FILE [--json] [--no-gazetteer]
 *   npm run -s draft -- questions/articles/x.txt --json > questions/sets/x.json   (-s: no npm banner)
 * Prints the dates, people and places found, by category, each with its sentence and the answer
 * in [brackets]; with --json, a question set in the questions/ format, ready to save under
 * questions/sets/ once FILE is under questions/articles/. Names known from the bank (read from
 * KASOTI_ROOT, default this repo) help unless --no-gazetteer. A bad argument exits 2.
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readBank } from '../src/lib/server/read-bank';
import { CATEGORIES } from '../src/lib/bank/schema';
import { validateBank } from '../src/lib/bank/validate';
import { buildGazetteer, draftSet, EMPTY_GAZETTEER, extract, type Proposal } from '../src/lib/extract';

function fail(message: string): never {
	process.stderr.write(`draft: ${message}\n`);
	process.exit(2);
}

function readArgs() {
	try {
		return parseArgs({
			args: process.argv.slice(2),
			allowPositionals: true,
			options: { json: { type: 'boolean' }, 'no-gazetteer': { type: 'boolean' } }
		});
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return fail(message.split(/\.\s/)[0]!.replace(/\.$/, ''));
	}
}

/** The sentence with the answer in brackets: "... [મોદી]નું સ્વાગત ...". */
function marked(p: Proposal, text: string): string {
	const from = text.indexOf(p.quote, Math.max(0, p.end - p.quote.length));
	const at = p.start - from;
	return `${p.quote.slice(0, at)}[${p.answer}]${p.quote.slice(at + p.answer.length)}`;
}

function listing(file: string, text: string, proposals: readonly Proposal[]): string {
	const lines = [`${file}: ${proposals.length} proposals`];
	for (const category of CATEGORIES) {
		const own = proposals.filter((p) => p.category === category);
		lines.push('', `${category} (${own.length})`);
		for (const p of own) {
			const kind = p.kind ? `, ${p.kind}` : '';
			lines.push(`  ${p.answer}  (${p.rule}${kind})`, `    ${marked(p, text)}`);
		}
	}
	return `${lines.join('\n')}\n`;
}

const { values, positionals } = readArgs();
if (positionals.length !== 1) fail('give one article file: npm run draft -- FILE [--json] [--no-gazetteer]');
const path = resolve(positionals[0]!);
const text = await readFile(path, 'utf8')
	.then((t) => t.replace(/^\uFEFF/, ''))
	.catch(() => fail(`cannot read ${path}`));

let gazetteer = EMPTY_GAZETTEER;
if (!values['no-gazetteer']) {
	const root = resolve(process.env.KASOTI_ROOT ?? fileURLToPath(new URL('..', import.meta.url)));
	const bank = await readBank(root);
	// a broken set still lends the names of the sets that parse
	gazetteer = buildGazetteer(validateBank(bank.files, { texts: bank.articles }).sets);
}
const proposals = extract(text, gazetteer);
const file = basename(path);
if (values.json) process.stdout.write(`${JSON.stringify(draftSet(file, text, proposals), null, '\t')}\n`);
else process.stdout.write(listing(file, text, proposals));
