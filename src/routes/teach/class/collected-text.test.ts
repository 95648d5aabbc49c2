import { describe, expect, it } from 'vitest';
import type { Collected } from '$lib/class/collect';
import type { ClassResult } from '$lib/class/types';
import { enTeach } from '$lib/i18n/teach-en';
import { guTeach } from '$lib/i18n/teach-gu';
import { toGujaratiDigits } from '$lib/text/normalize';
import { collectedText } from './collected-text';

const none: Collected = { added: [], already: 0, broken: [], unknown: [], wrongQuestions: [], wrongClock: [], found: 1 };
const results = (n: number) => Array.from({ length: n }, () => ({}) as ClassResult);
const gu = (n: number) => toGujaratiDigits(String(n));
const en = (n: number) => String(n);

describe('what the class page says after collecting', () => {
	// "1 new results added.", "1 links were changed or cut", "1 results were already here"
	it('says one result or link in the singular and more in the plural, in English', () => {
		expect(collectedText(enTeach, { ...none, added: results(1), already: 1 }, en).said).toBe(
			'1 new result added. 1 result was already here: not counted again.'
		);
		expect(collectedText(enTeach, { ...none, added: results(3), already: 2 }, en).said).toBe(
			'3 new results added. 2 results were already here: not counted again.'
		);
		expect(collectedText(enTeach, { ...none, unknown: ['Chirag'], wrongClock: ['Ben', 'Dev'] }, en).problems).toEqual([
			'1 result (Chirag) answers an assignment not made on this phone: not added.',
			'2 results (Ben, Dev) were taken on phones with a wrong date: not added. ' +
				'Ask those students to set their phone’s date and take the quiz again.'
		]);
	});

	it('agrees its verbs with one result or more, in Gujarati', () => {
		expect(collectedText(guTeach, { ...none, added: results(1), already: 1 }, gu).said).toBe(
			'૧ નવું પરિણામ ઉમેર્યું. ૧ પરિણામ પહેલેથી હતું: ફરી ગણ્યું નથી.'
		);
		expect(collectedText(guTeach, { ...none, added: results(2), already: 3 }, gu).said).toBe(
			'૨ નવાં પરિણામ ઉમેર્યાં. ૩ પરિણામ પહેલેથી હતાં: ફરી ગણ્યાં નથી.'
		);
	});

	// "⚠ 1 links were changed or cut: ask the student to send it again", without saying which
	it('names each broken link by the name before it, its line or its start, in both languages', () => {
		const broken: Collected['broken'] = [{ name: 'આરવ' }, { line: 4 }, { start: 'r1.deadbeef.abcd…' }];
		expect(collectedText(enTeach, { ...none, broken: broken.slice(0, 1) }, en).problems).toEqual([
			'1 link was changed or cut (આરવ): ask the student to send it again.'
		]);
		expect(collectedText(enTeach, { ...none, broken }, en).problems).toEqual([
			'3 links were changed or cut (આરવ, line 4, r1.deadbeef.abcd…): ask those students to send them again.'
		]);
		expect(collectedText(guTeach, { ...none, broken }, gu).problems).toEqual([
			'૩ લિંક બદલાઈ કે કપાઈ ગઈ છે (આરવ, લીટી ૪, r1.deadbeef.abcd…): એ વિદ્યાર્થીઓ પાસે ફરી મંગાવો.'
		]);
	});
});
