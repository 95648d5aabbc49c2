import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { articleLayout, isCredit, splitParagraphs, type TextRange } from './layout';

const slices = (text: string, ranges: readonly TextRange[]) => ranges.map((r) => text.slice(r.start, r.end));
const article = (file: string) => readFileSync(`questions/articles/${file}`, 'utf8').normalize('NFC');

describe('splitParagraphs', () => {
	test('a text with blank lines keeps its paragraphs between them; a line break inside one is a wrapped line', () => {
		const text = 'પહેલો ફકરો,\nએક જ ફકરો.\n\n  બીજો ફકરો.  \n \n\nત્રીજો.';
		expect(slices(text, splitParagraphs(text))).toEqual(['પહેલો ફકરો,\nએક જ ફકરો.', 'બીજો ફકરો.', 'ત્રીજો.']);
	});

	test('a text without blank lines has one paragraph per line (article 004 is written so)', () => {
		const text = 'પહેલી લીટી.\nબીજી લીટી.\r\nત્રીજી લીટી.\n';
		expect(slices(text, splitParagraphs(text))).toEqual(['પહેલી લીટી.', 'બીજી લીટી.', 'ત્રીજી લીટી.']);
	});

	test('gives exact offsets into the text and nothing for an empty one', () => {
		const text = '\n  એક.\n\nબે.';
		expect(splitParagraphs(text)).toEqual([
			{ start: 3, end: 6 },
			{ start: 8, end: 11 }
		]);
		expect(splitParagraphs(' \n\n ')).toEqual([]);
	});
});

describe('isCredit', () => {
	test.each([
		'(તસવીર: પીટીઆઈ)',
		'[ફોટો: રાજ્ય સરકાર]',
		'તસવીર: કિશોર ચૌહાણ',
		'ફોટો સૌજન્ય - માહિતી ખાતું',
		'Photo: AP',
		'File photo – Reuters',
		'(Image courtesy of ISRO)',
		'REUTERS દ્વારા રશિયાની પ્રિમોર્સ્કી ક્રાઈ/હેન્ડઆઉટ સરકાર'
	])('%s is a photo credit', (line) => {
		expect(isCredit(line)).toBe(true);
	});

	test.each([
		// a sentence that names an agency is text
		'રશિયાની રાજ્ય સમાચાર એજન્સી RIA એ અહેવાલ આપ્યો છે.',
		'રોઇટર્સે જણાવ્યું કે બેઠક ગુરુવારે થશે.',
		'ફોટોગ્રાફરોએ તેમની તસવીરો લીધી હતી.',
		'(અને) અહીં કેટલીક પારસ્પરિક્તા હોઈ શકે છે',
		'બંને દેશો સંયુક્ત રાષ્ટ્રના પ્રતિબંધો હેઠળ છે',
		`${'લાંબી લીટી '.repeat(20)}REUTERS`,
		''
	])('%s is not a credit', (line) => {
		expect(isCredit(line)).toBe(false);
	});
});

describe('articleLayout', () => {
	test('leaves out first lines that repeat the headline, also one wrapped over two lines', () => {
		const text = 'પુતિન પહોંચ્યા ઉત્તર કોરિયા,\n૨૪ વર્ષમાં પહેલી મુલાકાત\n\nપુતિન આજે પહોંચ્યા.\n\nબીજો ફકરો.';
		const layout = articleLayout(text, 'પુતિન પહોંચ્યા ઉત્તર કોરિયા, ૨૪ વર્ષમાં પહેલી મુલાકાત');
		expect(slices(text, layout.paragraphs)).toEqual(['પુતિન આજે પહોંચ્યા.', 'બીજો ફકરો.']);
		const lines = 'પુતિન પહોંચ્યા\nઉત્તર કોરિયામાં\nપુતિન આજે પહોંચ્યા.';
		expect(slices(lines, articleLayout(lines, 'પુતિન પહોંચ્યા ઉત્તર કોરિયામાં').paragraphs)).toEqual(['પુતિન આજે પહોંચ્યા.']);
	});

	test('keeps a first line that only begins like the headline, or any line when there is no headline', () => {
		const text = 'પુતિન પહોંચ્યા ઉત્તર કોરિયા અને પછી ચીન.\nબીજો.';
		expect(articleLayout(text, 'પુતિન પહોંચ્યા ઉત્તર કોરિયા').paragraphs).toHaveLength(2);
		expect(articleLayout(text).paragraphs).toHaveLength(2);
	});

	test('article 000 shows its nine paragraphs without the headline the file repeats as its first line', () => {
		const text = article('000_1ee9a9eab18b7454.txt');
		const layout = articleLayout(text, 'રશિયાના રાષ્ટ્રપતિ પુતિન પહોંચ્યા ઉત્તર કોરિયા, ૨૪ વર્ષમાં પહેલી મુલાકાત');
		const shown = slices(text, layout.paragraphs);
		expect(shown).toHaveLength(9);
		expect(shown[0]).toMatch(/^રશિયાના રાષ્ટ્રપતિ વ્લાદિમીર પુતિન આજે વહેલી સવારે/);
		expect(shown.at(-1)).toMatch(/ઘાયલ થયા હતા\.$/);
		expect(layout.credits).toEqual([]);
	});

	test('article 004 shows a paragraph per line, its photo credit apart', () => {
		const text = article('004_127d094ff95780a8.txt');
		const layout = articleLayout(text, 'છ દિવસની રશિયા યાત્રા પૂરી કરી કિમ જોંગ ઉન ઘરે રવાના, શસ્ત્ર સોદા અંગે વૈશ્વિક ચિંતા');
		const shown = slices(text, layout.paragraphs);
		expect(shown).toHaveLength(19);
		expect(shown[0]).toMatch(/^ઉત્તર કોરિયાના નેતા કિમ જોંગ ઉન રશિયાથી રવિવારે ઘરે જઈ રહ્યો છે/);
		expect(shown[4]).toMatch(/^ત્યારથી ગયા મંગળવારે રશિયામાં પ્રવેશ કર્યો/);
		expect(shown.some((p) => p.includes('REUTERS'))).toBe(false);
		expect(layout.credits).toEqual(['REUTERS દ્વારા રશિયાની પ્રિમોર્સ્કી ક્રાઈ/હેન્ડઆઉટ સરકાર']);
	});
});
