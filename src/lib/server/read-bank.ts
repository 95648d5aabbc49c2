/**
 * Reads the question bank from disk: for Node scripts and tests only, never for the app.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { problem, WHOLE_FOLDER, type Problem } from '../bank/problems';
import { parseJson, type SetFile } from '../bank/validate';

/** Where the sets live, from the repo root. */
export const SETS_DIR = 'questions/sets';

/** Where the articles live, from the repo root. */
export const ARTICLES_DIR = 'questions/articles';

/** The bank as found on disk, before it is checked. */
export type BankFiles = {
	/** Every questions/sets/*.json that parsed, named from the root: `questions/sets/x.json`. */
	files: SetFile[];
	/** Article file name (`000_x.txt`) -> its text. */
	articles: Map<string, string>;
	/** Files that could not be read as JSON, with line and column, and an empty sets folder. */
	problems: Problem[];
};

/** Reads every set and article under `root`, in file-name order so every run reports alike. */
export async function readBank(root: string): Promise<BankFiles> {
	const files: SetFile[] = [];
	const problems: Problem[] = [];
	const setNames = await listFiles(join(root, SETS_DIR), '.json');
	for (const name of setNames) {
		const file = `${SETS_DIR}/${name}`;
		const parsed = parseJson(file, await readFile(join(root, SETS_DIR, name), 'utf8'));
		if (parsed.ok) files.push({ file, data: parsed.data });
		else problems.push(parsed.problem);
	}
	if (setNames.length === 0) problems.push(problem('no-sets', { file: SETS_DIR, field: WHOLE_FOLDER }));

	const articles = new Map<string, string>();
	for (const name of await listFiles(join(root, ARTICLES_DIR), '.txt')) {
		const text = await readFile(join(root, ARTICLES_DIR, name), 'utf8');
		articles.set(name, text.replace(/^\uFEFF/, ''));
	}
	return { files, articles, problems };
}

/** File names in `dir` ending in `ext`, sorted; none when the folder does not exist yet. */
async function listFiles(dir: string, ext: string): Promise<string[]> {
	try {
		const entries = await readdir(dir, { withFileTypes: true });
		return entries
			.filter((e) => e.isFile() && e.name.endsWith(ext))
			.map((e) => e.name)
			.sort();
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
}
