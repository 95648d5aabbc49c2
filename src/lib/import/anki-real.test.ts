/**
 * Files as Anki, a spreadsheet and Quizlet write them (tests/fixtures/import-real/anki-* and
 * quizlet-*), read as an upload is (bytes, then text): the questions a teacher expects, and a
 * note for everything left out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemLine } from '../i18n/problem-line';
import { importBytes } from './index';

const FIXTURES = new URL('../../../tests/fixtures/import-real/', import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));
const load = (name: string, as = name) => importBytes(bytes(name), as);

describe('Anki and Quizlet files as those programs write them', () => {
	it('anki-notes.txt: Anki 24 "Notes in Plain Text" with HTML, GUIDs, note types, decks and tags', () => {
		const { format, set, meta, drafts, problems } = load('anki-notes.txt');
		expect(format).toBe('csv');
		expect(meta?.title).toBe('કરંટ અફેર્સ ૨૦૨૪');
		expect(problems.map(problemLine)).toEqual([
			'anki-notes.txt:7: -: columns: Anki’s note type "Basic, Basic (and reversed card), Cloze" was left out: each note is read as a question and its answer.',
			'anki-notes.txt:9: -: prompt: An image was left out ("kutch-map.jpg"): Kasoti shows text only.'
		]);
		expect(drafts.map((d) => [d.line, d.prompt, d.answer, d.category, d.kind, d.tags])).toEqual([
			[7, 'ગુજરાતની રાજધાની કઈ છે?', 'ગાંધીનગર', 'place', 'city', ['ગુજરાત']],
			[8, 'સ્ટેચ્યુ ઑફ યુનિટીનું\nલોકાર્પણ કયા વર્ષે થયું?', '૨૦૧૮', 'date', undefined, ['ગુજરાત']],
			[9, 'ક્ષેત્રફળની દૃષ્ટિએ ભારતનો સૌથી મોટો જિલ્લો કયો છે?', 'કચ્છ', 'place', 'region', ['ગુજરાત']],
			[10, 'ભારતના પ્રથમ વડાપ્રધાન કોણ હતા?', 'જવાહરલાલ નેહરુ', 'person', undefined, ['ઇતિહાસ']],
			[11, 'ગાંધીજીએ "હિંદ છોડો" આંદોલન કયા વર્ષે શરૂ કર્યું?', '૧૯૪૨', 'date', undefined, ['ઇતિહાસ']],
			[12, 'રશિયાના રાષ્ટ્રપતિ', 'વ્લાદિમીર પુતિન', 'person', undefined, undefined],
			[13, 'ચંદ્રયાન-૩ _____ના રોજ ચંદ્ર પર ઊતર્યું.', '૨૩ ઑગસ્ટ ૨૦૨૩', 'date', undefined, ['અવકાશ']]
		]);
		expect(drafts.every((d) => d.categorySource === 'file')).toBe(true);
		expect(drafts[6]!.explanation).toBe('દક્ષિણ ધ્રુવ પાસે ઊતરનાર પ્રથમ યાન');
		expect(set?.questions).toHaveLength(7);
		expect(set?.questions[6]!.quote).toBe('ચંદ્રયાન-૩ ૨૩ ઑગસ્ટ ૨૦૨૩ના રોજ ચંદ્ર પર ઊતર્યું.');
	});

	it('anki-legacy.txt: an old Anki export with the tags: line on top and no headers', () => {
		const { format, set, drafts, problems } = load('anki-legacy.txt');
		expect([format, problems]).toEqual(['csv', []]);
		expect(drafts.map((d) => [d.prompt, d.answer, d.category, d.categorySource, d.tags])).toEqual([
			['ગુજરાત રાજ્યની સ્થાપના કયા વર્ષે થઈ?', '૧૯૬૦', 'date', 'file', ['સામાન્ય_જ્ઞાન', '૨૦૨૩']],
			["ભારતના 'મિસાઇલ મેન' તરીકે કોણ જાણીતા છે?", 'ડૉ. એ. પી. જે. અબ્દુલ કલામ', 'person', 'file', ['સામાન્ય_જ્ઞાન', '૨૦૨૩']],
			['એશિયાઇ સિંહો માટે જાણીતું રાષ્ટ્રીય ઉદ્યાન કયું છે?', 'ગીર રાષ્ટ્રીય ઉદ્યાન', 'place', 'file', ['સામાન્ય_જ્ઞાન', '૨૦૨૩']],
			['દાંડી કૂચ કયા વર્ષે થઈ?', '૧૯૩૦', 'date', 'file', ['સામાન્ય_જ્ઞાન', '૨૦૨૩', 'ઇતિહાસ']],
			['કિમ જોંગ ઉન કયા દેશના નેતા છે?', 'ઉત્તર કોરિયા', 'place', 'proposed', ['સામાન્ય_જ્ઞાન', '૨૦૨૩']]
		]);
		expect(set?.questions).toHaveLength(5);
	});

	it('anki-spreadsheet.csv: an Anki file saved again by Excel, header lines padded and the rows now comma-separated', () => {
		const { format, set, meta, drafts, problems } = load('anki-spreadsheet.csv');
		expect(format).toBe('csv');
		expect(meta?.title).toBe('સામાન્ય જ્ઞાન / રમતગમત');
		expect(problems.map(problemLine)).toEqual([
			'anki-spreadsheet.csv:1: -: separator: The file names "Pipe" as its separator, but Anki knows no such separator or the rows are not split by it: the separator was guessed from the rows.'
		]);
		expect(drafts.map((d) => [d.line, d.prompt, d.answer, d.category, d.kind, d.tags])).toEqual([
			[6, '૨૦૨૪ T20 વિશ્વકપ, ભારતે કોની કપ્તાનીમાં જીત્યો?', 'રોહિત શર્મા', 'person', undefined, ['રમતગમત', 'ક્રિકેટ']],
			[7, '૨૦૨૪ T20 વિશ્વકપની ફાઇનલ કયા શહેરમાં રમાઈ?', 'બ્રિજટાઉન', 'place', 'city', ['રમતગમત', 'ક્રિકેટ']],
			[8, 'ભારતે ૨૦૨૪ T20 વિશ્વકપની ફાઇનલ કઈ તારીખે જીતી?', '૨૯ જૂન ૨૦૨૪', 'date', undefined, ['રમતગમત', 'ક્રિકેટ']],
			[10, '"ગોલ્ડન બૉય" તરીકે ઓળખાતા ભાલાફેંક ખેલાડી કોણ છે?', 'નીરજ ચોપરા', 'person', undefined, ['રમતગમત', 'ઍથ્લેટિક્સ']],
			[11, 'મનુ ભાકરે ૨૦૨૪માં કયા શહેરમાં યોજાયેલી ઑલિમ્પિક્સમાં બે ચંદ્રક જીત્યા?', 'પેરિસ', 'place', 'city', ['રમતગમત', 'ઑલિમ્પિક']]
		]);
		expect(set?.questions).toHaveLength(5);
	});

	it('quizlet-multiline.tsv: the broken line is named, the other terms are read, as .tsv or as .txt', () => {
		for (const name of ['quizlet-multiline.tsv', 'quizlet-multiline.txt']) {
			const { format, drafts, problems, left } = load('quizlet-multiline.tsv', name);
			expect(format).toBe('csv');
			expect(problems.filter((p) => p.severity === 'error').map(problemLine)).toEqual([
				`${name}:2: -: answer: The answer is empty: if this line goes on from the line above, put that text in double quotes.`
			]);
			expect(left).toBe(1);
			expect(drafts.map((d) => [d.line, d.prompt, d.answer])).toEqual([
				[1, 'સ્ટેચ્યુ ઑફ યુનિટી ક્યાં આવેલી છે?', 'કેવડિયા (એકતા નગર),'],
				[3, 'ગુજરાતના પ્રથમ મુખ્યમંત્રી કોણ હતા?', 'ડૉ. જીવરાજ મહેતા'],
				[4, 'એશિયાઇ સિંહોનું એકમાત્ર કુદરતી રહેઠાણ કયું છે?', 'ગીરનું જંગલ']
			]);
		}
	});
});
