/**
 * The built-in articles the sets quote, as NFC text so quotes match letter for letter. Each is
 * loaded only when asked for: the texts are large and stay out of pages that never read them.
 */
const loaders = import.meta.glob<string>('/questions/articles/*.txt', { query: '?raw', import: 'default' });

/** The file name of an article id. */
export const articleFile = (id: string) => `${id}.txt`;

/** The article id of a file name. */
export const articleId = (file: string) => file.replace(/\.txt$/, '');

/** The text of an article file (`000_x.txt`), or undefined when the bank has no such file. */
async function load(file: string): Promise<string | undefined> {
	const loader = loaders[`/questions/articles/${file}`];
	// A file saved in another Unicode form would otherwise miss quotes that look the same.
	return loader ? (await loader()).normalize('NFC') : undefined;
}

/** Every built-in article's id, for prerendering. */
export function articleIds(): string[] {
	return Object.keys(loaders).map((path) => articleId(path.split('/').pop()!));
}

/** An article's text by id, for /read; undefined when there is no such article. */
export function articleText(id: string): Promise<string | undefined> {
	return load(articleFile(id));
}

/** The texts of the named article files, for copying a set; a file not in the bank is left out. */
export async function builtinArticleTexts(files: readonly string[]): Promise<Map<string, string>> {
	const loaded = await Promise.all(files.map(async (file) => [file, await load(file)] as const));
	return new Map(loaded.filter((entry): entry is readonly [string, string] => entry[1] !== undefined));
}
