/** The built-in articles' texts, loaded only when a set is copied (they are not small). */
const loaders = import.meta.glob<string>('/questions/articles/*.txt', { query: '?raw', import: 'default' });

/** The texts of the named article files; a file that is not in the bank is left out. */
export async function builtinArticleTexts(files: readonly string[]): Promise<Map<string, string>> {
	const loaded = await Promise.all(
		files.map(async (file) => {
			const load = loaders[`/questions/articles/${file}`];
			return load ? ([file, await load()] as const) : undefined;
		})
	);
	return new Map(loaded.filter((entry) => entry !== undefined));
}
