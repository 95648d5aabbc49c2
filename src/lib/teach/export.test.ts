import { describe, expect, it } from 'vitest';
import type { QuestionSet } from '../bank/schema';
import { importText } from '../import';
import { exportBaseName, exportFile, exportJson } from './export';

const set: QuestionSet = {
	id: 'capitals-1',
	title: 'રાજધાની',
	title_en: 'Capitals',
	lang: 'gu',
	articles: [],
	questions: [
		{
			id: 'capitals-1-q1',
			category: 'place',
			kind: 'city',
			prompt: 'ગુજરાતની રાજધાની કઈ છે?',
			answer: 'ગાંધીનગર',
			accept: ['Gandhinagar'],
			article: 'capitals-1.txt',
			quote: 'ગુજરાતની રાજધાની કઈ છે? — ગાંધીનગર',
			en: 'Gandhinagar is the capital of Gujarat.',
			distractors: ['સુરત', 'અમદાવાદ']
		}
	]
};

describe('exportFile', () => {
	it('writes Kasoti JSON named after the set, which imports back as the same set', () => {
		const file = exportFile(set, 'json');
		expect(file.name).toBe('રાજધાની.json');
		expect(file.type).toBe('application/json');
		expect(importText(file.text, file.name).set).toEqual(set);
	});

	it('writes GIFT for Moodle that reads back with the same answers and wrong options', () => {
		const file = exportFile(set, 'gift');
		expect(file.name).toBe('રાજધાની.gift.txt');
		const back = importText(file.text, file.name).drafts[0];
		expect(back).toMatchObject({ prompt: 'ગુજરાતની રાજધાની કઈ છે?', answer: 'ગાંધીનગર', distractors: ['સુરત', 'અમદાવાદ'] });
	});
});

describe('exportBaseName', () => {
	const titled = (title: string) => ({ ...set, title });

	it('names a file after the title, so a CSV, which has no title inside, imports back under it', () => {
		const file = exportFile(titled('ગુજરાતના જિલ્લા (ધોરણ ૮)'), 'csv');
		expect(file.name).toBe('ગુજરાતના જિલ્લા (ધોરણ ૮).csv');
		expect(importText(file.text, file.name).set).toMatchObject({ title: 'ગુજરાતના જિલ્લા (ધોરણ ૮)' });
	});

	it('leaves out what a file system refuses, and a dot that would hide the file', () => {
		expect(exportBaseName(titled('GK: 1/2 "new"?'))).toBe('GK 1 2 new');
		expect(exportBaseName(titled('.hidden.'))).toBe('hidden');
		expect(exportBaseName(titled('a\tb\u202Ec'))).toBe('a b c');
	});

	it('keeps a long title to 60 letters as read, without splitting one from its vowel sign', () => {
		const name = exportBaseName(titled('કિ'.repeat(70)));
		expect(name).toBe('કિ'.repeat(60));
	});

	it('falls back on the id when the title leaves nothing', () => {
		expect(exportBaseName(titled('???'))).toBe('capitals-1');
	});
});

describe('exportJson', () => {
	it('writes a set that imports back as the same set, tab-indented like the bank', () => {
		const { set } = importText('question,answer,category\nરાજધાની?,ગાંધીનગર,place\n', 'gk.csv');
		const json = exportJson(set!);
		expect(json.startsWith('{\n\t"id": "gk",')).toBe(true);
		const back = importText(json, 'gk.json');
		expect(back.problems).toEqual([]);
		expect(back.set).toEqual(set);
		expect(back.drafts[0]!.quote).toBeUndefined();
	});
});
