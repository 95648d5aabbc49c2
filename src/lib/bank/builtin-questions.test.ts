import { describe, expect, it } from 'vitest';
import { statementFor } from '$lib/quiz/true-false';
import { checkTyped } from '$lib/quiz/typed';
import { builtinSets } from './builtin';

const questions = builtinSets.flatMap((set) => set.questions);
const byId = new Map(questions.map((q) => [q.id, q]));

describe('the built-in bank’s typed answers', () => {
	it('take a person’s name typed one way on every question about that person, if any question takes it', () => {
		const inconsistent: string[] = [];
		for (const q of questions.filter((q) => q.category === 'person'))
			for (const other of questions.filter((o) => o.category === 'person' && o.answer === q.answer))
				for (const form of other.accept) if (checkTyped(q, form) !== 'right') inconsistent.push(`${q.id}: ${form}`);
		expect(inconsistent).toEqual([]);
	});
});

describe('the built-in bank’s true-or-false statements', () => {
	it('stand on their own where the article’s sentence is garbled or points back to what it does not name', () => {
		const said = (id: string, claim?: string) => statementFor(byId.get(id)!, claim ?? byId.get(id)!.answer)?.text;
		expect(said('krt-date-trip-six-days', 'ચાર દિવસ')).toBe(
			'ઉત્તર કોરિયાના નેતા કિમ જોંગ ઉનની સપ્ટેમ્બર ૨૦૨૩ની રશિયા યાત્રા ચાર દિવસની હતી.'
		);
		expect(said('krt-person-putin-met-kim')).toBe(
			'સપ્ટેમ્બર ૨૦૨૩માં રશિયામાં થયેલી બેઠક કિમ જોંગ ઉનની વ્લાદિમીર પુતિન સાથેની બીજી શિખર બેઠક હતી.'
		);
		expect(said('krt-place-vladivostok-frigate', 'નાખોદકા')).toBe(
			'શનિવારે એરપોર્ટની મુલાકાત પછી કિમ અને સંરક્ષણ પ્રધાન શોઇગુ નાખોદકા ગયા, ' +
				'જ્યાં તેમણે એડમિરલ શાપોશ્નિકોવ ફ્રિગેટનું નિરીક્ષણ કર્યું.'
		);
		expect(said('krt-date-power-2011', '૨૦૧૫')).toBe(
			'કિમ જોંગ ઉનની સપ્ટેમ્બર ૨૦૨૩ની રશિયા યાત્રા, ૨૦૧૫ના અંતમાં તેમણે સત્તા સંભાળી ત્યારથી તેમની સૌથી લાંબી વિદેશ યાત્રા હતી.'
		);
		expect(said('pnk-date-first-visit-24-years', '૩૦ વર્ષ')).toBe(
			'જૂન ૨૦૨૪માં પુતિનની ઉત્તર કોરિયાની મુલાકાત ૩૦ વર્ષમાં ત્યાંની તેમની પહેલી મુલાકાત હતી.'
		);
		const garbled = ['krt-place-russia-trip-country', 'krt-place-west-standoff', 'krt-date-airport-saturday'];
		for (const id of garbled) expect(said(id), id).not.toMatch(/સમાપ્ત થાય છે|નજર નાખી/);
	});
});
