import { describe, expect, it } from 'vitest';
import { builtinSets } from '$lib/bank/builtin';
import type { QuestionSet } from '$lib/bank/schema';
import { makeAssignment } from './assignment';
import { dealAssignment } from './deal-assignment';

const NOW = Date.UTC(2026, 11, 6, 9, 30);

/** A short set as a teacher imports it from a two-column file: one person, one place, two dates. */
const question = (id: string, category: 'date' | 'person' | 'place', prompt: string, answer: string) => ({
	id,
	category,
	prompt,
	answer,
	accept: [],
	article: 'quizlet-tab.txt',
	quote: `${prompt} ${answer}`,
	en: `${prompt} ${answer}`
});
const set: QuestionSet = {
	id: 'current-affairs-week-1',
	title: 'સામાન્ય જ્ઞાન: અઠવાડિયું ૧',
	title_en: 'General knowledge: week 1',
	lang: 'gu',
	articles: [],
	questions: [
		question('cw-chandrayaan', 'date', 'ચંદ્રયાન-૩ ચંદ્ર પર ક્યારે ઊતર્યું?', '૨૩ ઓગસ્ટ ૨૦૨૩'),
		question('cw-president', 'person', 'ભારતના રાષ્ટ્રપતિ કોણ છે?', 'દ્રૌપદી મુર્મુ'),
		question('cw-g20', 'place', 'G20 શિખર સંમેલન ૨૦૨૩ ક્યાં યોજાયું?', 'નવી દિલ્હી'),
		question('cw-ayodhya', 'date', 'અયોધ્યામાં પ્રાણ પ્રતિષ્ઠા ક્યારે થઈ?', '૨૨ જાન્યુઆરી ૨૦૨૪')
	]
};

/** Every answer of the built-in bank and the set, by category. */
const answers = (category: string) =>
	new Set([...builtinSets, set].flatMap((s) => s.questions.filter((q) => q.category === category).map((q) => q.answer)));

describe('dealAssignment', () => {
	it('offers a short set’s person and place questions other people and places, never a date or a place for a person', () => {
		const assignment = makeAssignment(set, { title: 'અઠવાડિયું ૧', mode: 'choice', length: 4 }, 'k7m2p9qrst', NOW);
		const quiz = dealAssignment(assignment, 'આશા', 'aaaa', NOW)!;
		const byId = new Map(quiz.items.map((item) => [item.question.id, item]));
		for (const [id, category] of [
			['cw-president', 'person'],
			['cw-g20', 'place']
		] as const) {
			const item = byId.get(id)!;
			expect(item.mode).toBe('choice');
			if (item.mode !== 'choice') continue;
			expect(item.options.length).toBe(4);
			for (const option of item.options) expect(answers(category).has(option), `${id}: ${option}`).toBe(true);
		}
		const president = byId.get('cw-president')!;
		if (president.mode === 'choice') for (const option of president.options) expect(answers('date').has(option)).toBe(false);
	});
});
