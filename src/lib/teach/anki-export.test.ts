import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { QuestionSet } from '../bank/schema';
import { importText } from '../import';
import { ankiField, ankiTags, toAnki } from './anki-export';
import { exportFile } from './export';
import { TEACHERS_SET } from './export-sample';

const BUILT_IN = ['kim-russia-trip', 'putin-north-korea'].map(
	(id) => JSON.parse(readFileSync(new URL(`../../../questions/sets/${id}.json`, import.meta.url), 'utf8')) as QuestionSet
);

/** A set exported to Anki and read back as Kasoti reads a file of that name. */
const roundTrip = (set: QuestionSet) => {
	const file = exportFile(set, 'anki');
	return importText(file.text, file.name);
};

describe('toAnki', () => {
	it('writes the headers Anki reads: tab, plain text, the deck, Basic notes, named columns, GUID and tags columns', () => {
		const lines = toAnki(TEACHERS_SET).split('\n');
		expect(lines.slice(0, 9)).toEqual([
			'#separator:tab',
			'#html:false',
			'#deck:સામાન્ય જ્ઞાન, ધોરણ ૧૦',
			'#kasoti-set:gk-class-10',
			'#kasoti-title-en:General knowledge, class 10',
			'#notetype:Basic',
			'#columns:GUID\tFront\tBack\tTags',
			'#guid column:1',
			'#tags column:4'
		]);
		expect(lines[9]).toBe('gk-class-10-capital\tગુજરાતની રાજધાની, ૧૯૭૦થી, કઈ છે?\tગાંધીનગર\tplace city ગુજરાત રાજ્ય_સરકાર');
		expect(exportFile(TEACHERS_SET, 'anki')).toMatchObject({ name: 'સામાન્ય જ્ઞાન, ધોરણ ૧૦.anki.txt', type: 'text/plain' });
	});

	it('quotes a field with a tab, a line break, a quote or a #, as Anki\'s reader expects', () => {
		expect(ankiField('a\tb')).toBe('"a\tb"');
		expect(ankiField('a\nb')).toBe('"a\nb"');
		expect(ankiField('"હિંદ છોડો"')).toBe('"""હિંદ છોડો"""');
		expect(ankiField('#1 news')).toBe('"#1 news"');
		expect(ankiField('ગાંધીનગર, ગુજરાત')).toBe('ગાંધીનગર, ગુજરાત');
	});

	it('tags a note with its category, its kind of place and its own tags, spaces made _', () => {
		expect(ankiTags(TEACHERS_SET.questions[0]!)).toEqual(['place', 'city', 'ગુજરાત', 'રાજ્ય_સરકાર']);
	});

	it('reads back with the same set id, titles, question ids, prompts, answers, categories, kinds and tags', () => {
		const back = roundTrip(TEACHERS_SET);
		expect(back.problems.map((p) => p.code)).toEqual(['left-out']);
		expect(back.set?.id).toBe('gk-class-10');
		expect(back.set?.title).toBe('સામાન્ય જ્ઞાન, ધોરણ ૧૦');
		expect(back.set?.title_en).toBe('General knowledge, class 10');
		expect(back.set?.questions.map((q) => [q.id, q.prompt, q.answer, q.category, q.kind, q.tags])).toEqual([
			['gk-class-10-capital', 'ગુજરાતની રાજધાની, ૧૯૭૦થી, કઈ છે?', 'ગાંધીનગર', 'place', 'city', ['ગુજરાત', 'રાજ્ય_સરકાર']],
			['gk-class-10-quit-india', 'ગાંધીજીએ "હિંદ છોડો" આંદોલન\nકયા વર્ષે શરૂ કર્યું?', '૧૯૪૨', 'date', undefined, ['ઇતિહાસ']],
			['gk-class-10-pm', 'ભારતના પ્રથમ વડાપ્રધાન કોણ હતા?', 'જવાહરલાલ નેહરુ', 'person', undefined, undefined]
		]);
	});

	it('reads the built-in sets back with every question as it was asked', () => {
		for (const set of BUILT_IN) {
			const back = roundTrip(set);
			expect(back.set?.questions.map((q) => [q.id, q.prompt, q.answer, q.category, q.kind, q.tags])).toEqual(
				set.questions.map((q) => [q.id, q.prompt, q.answer, q.category, q.kind, q.tags])
			);
		}
	});
});
