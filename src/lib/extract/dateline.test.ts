import { describe, expect, it } from 'vitest';
import { datelinesOf, storySentences } from './dateline';

/** The story's sentences, as text. */
const story = (text: string) => storySentences(text).map((s) => s.text);

describe('storySentences', () => {
	it.each([
		['મથાળું\n\nઅમદાવાદ, તા. ૧૨: રાજ્યમાં વરસાદ પડ્યો. બીજું વાક્ય.', ['મથાળું', 'રાજ્યમાં વરસાદ પડ્યો.', 'બીજું વાક્ય.']],
		['ગાંધીનગર, ૧૫ ઓગસ્ટ (પીટીઆઈ): મુખ્યમંત્રીએ ધ્વજ ફરકાવ્યો.', ['મુખ્યમંત્રીએ ધ્વજ ફરકાવ્યો.']],
		['નવી દિલ્હી (પીટીઆઈ): સરકારે જાહેરાત કરી.', ['સરકારે જાહેરાત કરી.']],
		['અમદાવાદ, તા.૧૨ રાજ્યમાં વરસાદ પડ્યો.', ['રાજ્યમાં વરસાદ પડ્યો.']],
		['સુરત, મંગળવાર શહેરમાં પૂર આવ્યું.', ['શહેરમાં પૂર આવ્યું.']],
		['અમદાવાદ, તા. 12 ઓક્ટોબર 2024, શનિવાર: વરસાદ પડ્યો.', ['વરસાદ પડ્યો.']],
		['ભુજ (કચ્છ), તા. ૩ - ભૂકંપ આવ્યો.', ['ભૂકંપ આવ્યો.']],
		['મથાળું\n\nઅમદાવાદ: રાજ્યમાં વરસાદ પડ્યો.', ['મથાળું', 'રાજ્યમાં વરસાદ પડ્યો.']]
	])('starts the story after the dateline in %j', (text, sentences) => {
		expect(story(text)).toEqual(sentences);
	});

	it.each([
		'કેબિનેટ બેઠક: ૩૫૦ ગામોને પાણી.',
		'વરસાદ પડ્યો. સુરત: શહેરમાં પાણી ભરાયાં.',
		'મથાળું\nમુખ્યમંત્રીએ કહ્યું: "કામ ઝડપથી થશે."',
		'સુરત, વડોદરા અને રાજકોટમાં વરસાદ પડ્યો.',
		'વરસાદ પડ્યો. અમદાવાદ, તા. ૧૨ના રોજ બેઠક મળી.',
		'મથાળું\n\nમેળો બુધવાર, ૨૦ નવેમ્બર સુધી ખુલ્લો રહેશે.'
	])('finds no dateline in %j', (text) => {
		expect(datelinesOf(text)).toEqual([]);
	});

	it('goes on after તા. or રૂ. before a number', () => {
		expect(story('ખેતી સારી થઈ. નોંધણી તા. ૩૦-૧૧-૨૦૨૫ સુધી ચાલુ રહેશે. યોજના રૂ. ૨,૧૦૦ કરોડની છે.')).toEqual([
			'ખેતી સારી થઈ.',
			'નોંધણી તા. ૩૦-૧૧-૨૦૨૫ સુધી ચાલુ રહેશે.',
			'યોજના રૂ. ૨,૧૦૦ કરોડની છે.'
		]);
	});

	it('keeps each sentence an exact slice of the text', () => {
		const text = 'મથાળું\n\nઅમદાવાદ, તા. ૧૨: રાજ્યમાં વરસાદ પડ્યો.';
		for (const s of storySentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
	});

	it('leaves a list item’s bullet, dash, number or letter out of its sentence', () => {
		const text = [
			'નવી બસો:',
			'• સુરતથી ભુજ.',
			'– વડોદરાથી દ્વારકા.',
			'૧. રાજકોટથી દીવ.',
			'2) પાટણથી અંબાજી.',
			'(ક) નવસારીથી સાપુતારા.',
			'b) મહેસાણાથી ડીસા.'
		].join('\n');
		expect(story(text)).toEqual([
			'નવી બસો:',
			'સુરતથી ભુજ.',
			'વડોદરાથી દ્વારકા.',
			'રાજકોટથી દીવ.',
			'પાટણથી અંબાજી.',
			'નવસારીથી સાપુતારા.',
			'મહેસાણાથી ડીસા.'
		]);
		for (const s of storySentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
		// the line the bug was seen in
		expect(story('- પ્રથમ તબક્કો: ૨૦૨૧થી ૨૦૨૩.')).toEqual(['પ્રથમ તબક્કો: ૨૦૨૧થી ૨૦૨૩.']);
	});

	it('keeps a year, a minus sign or an initial that begins a sentence', () => {
		expect(story('૨૦૨૪. વર્ષ સારું ગયું.\n-૫ ડિગ્રી તાપમાન રહ્યું.\nર. દેસાઈએ સંસ્થા સ્થાપી.')).toEqual([
			'૨૦૨૪.',
			'વર્ષ સારું ગયું.',
			'-૫ ડિગ્રી તાપમાન રહ્યું.',
			'ર. દેસાઈએ સંસ્થા સ્થાપી.'
		]);
	});
});
