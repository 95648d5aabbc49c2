import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFile, articleId, articleIds, articleText, builtinArticleTexts } from './articles';

describe('built-in articles', () => {
	it('turns ids and file names into each other', () => {
		expect(articleFile('000_1ee9')).toBe('000_1ee9.txt');
		expect(articleId('000_1ee9.txt')).toBe('000_1ee9');
	});

	it('lists every article in questions/articles by id', () => {
		const files = readdirSync('questions/articles').filter((file) => file.endsWith('.txt'));
		expect(files.length).toBeGreaterThan(0);
		expect(articleIds().sort()).toEqual(files.map(articleId).sort());
	});

	it('gives the same NFC text by id for /read as by file name for a copied set', async () => {
		const id = articleIds()[0]!;
		const text = await articleText(id);
		expect(text?.length).toBeGreaterThan(0);
		expect(text).toBe(text?.normalize('NFC'));
		const texts = await builtinArticleTexts([articleFile(id), 'no-such-article.txt']);
		expect([...texts.keys()]).toEqual([articleFile(id)]);
		expect(texts.get(articleFile(id))).toBe(text);
	});

	it('gives nothing for an article that is not in the bank', async () => {
		expect(await articleText('no-such-article')).toBeUndefined();
		expect((await builtinArticleTexts([])).size).toBe(0);
	});
});
