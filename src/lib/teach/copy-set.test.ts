import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { QuestionSet } from '../bank/schema';
import { checkRecord } from './check';
import { copySet } from './copy-set';

const root = new URL('../../../questions/', import.meta.url);
const builtin: QuestionSet[] = readdirSync(new URL('sets/', root)).map((file) =>
	JSON.parse(readFileSync(new URL(`sets/${file}`, root), 'utf8'))
);
const texts = new Map(
	readdirSync(new URL('articles/', root)).map((file) => [file, readFileSync(new URL(`articles/${file}`, root), 'utf8')])
);
const options = { id: 'copy-1', now: 7, title: 'નકલ', title_en: 'Copy' };

describe('copySet', () => {
	it.each(builtin.map((set) => [set.id, set] as const))('a copy of %s passes every check against its texts', (_, set) => {
		const record = copySet(set, texts, options);
		const report = checkRecord(record);
		expect(report.problems).toEqual([]);
		expect(report.set?.questions).toHaveLength(set.questions.length);
	});

	it('gives the copy its own set id, question ids, article names and titles', () => {
		const set = builtin[0]!;
		const record = copySet(set, texts, options);
		expect(record).toMatchObject({ id: 'copy-1', origin: 'copy', createdAt: 7, updatedAt: 7 });
		expect(record.set).toMatchObject({ id: 'copy-1', title: 'નકલ', title_en: 'Copy' });
		expect(record.set.questions.map((q) => q.id).slice(0, 2)).toEqual(['copy-1-q1', 'copy-1-q2']);
		expect(record.set.articles.map((a) => a.file)).toEqual(['copy-1-1.txt']);
		expect(record.set.articles[0]!.headline).toBe(set.articles[0]!.headline);
		expect(record.sources['copy-1-1.txt']).toBe(texts.get(set.articles[0]!.file));
		expect(record.lastQuestion).toBe(set.questions.length);
		// the original is left as it was
		expect(set.id).not.toBe('copy-1');
	});

	it('copies an article whose text is missing without text, so its quotes are not checked', () => {
		const set = builtin[0]!;
		const record = copySet(set, new Map(), options);
		expect(record.sources).toEqual({});
		expect(checkRecord(record).problems).toEqual([]);
	});
});
