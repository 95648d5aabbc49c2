/** The built-in articles: their ids (file names without .txt) and texts, loaded only where read. */
const texts = import.meta.glob<string>('/questions/articles/*.txt', { query: '?raw', import: 'default' });

/** The file name of an article id. */
export const articleFile = (id: string) => `${id}.txt`;

/** The article id of a file name. */
export const articleId = (file: string) => file.replace(/\.txt$/, '');

/** Every built-in article's id, for prerendering. */
export function articleIds(): string[] {
	return Object.keys(texts).map((path) => articleId(path.split('/').pop()!));
}

/** An article's text, or undefined when there is no such article. */
export async function articleText(id: string): Promise<string | undefined> {
	const load = texts[`/questions/articles/${articleFile(id)}`];
	return load ? (await load()).normalize('NFC') : undefined;
}
