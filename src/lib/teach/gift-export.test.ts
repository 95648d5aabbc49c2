import { describe, expect, it } from 'vitest';
import type { Question, QuestionSet } from '../bank/schema';
import { parseGift } from '../import/gift';
import { escapeGift, toGift } from './gift-export';

const question = (q: Partial<Question> & Pick<Question, 'id' | 'category' | 'prompt' | 'answer'>): Question => ({
	accept: [],
	article: 'gk.txt',
	quote: `${q.prompt} ${q.answer}`,
	en: 'gloss',
	...q
});

const set: QuestionSet = {
	id: 'gk',
	title: 'સામાન્ય જ્ઞાન',
	title_en: 'General knowledge',
	lang: 'gu',
	articles: [],
	questions: [
		question({
			id: 'capital',
			category: 'place',
			kind: 'city',
			prompt: 'ગુજરાતની રાજધાની કઈ છે?',
			answer: 'ગાંધીનગર',
			accept: ['Gandhinagar'],
			distractors: ['અમદાવાદ', 'સુરત']
		}),
		question({ id: 'first-pm', category: 'person', prompt: 'ભારતના પ્રથમ વડાપ્રધાન કોણ?', answer: 'જવાહરલાલ નેહરુ', accept: ['નેહરુ'] }),
		question({ id: 'founded', category: 'date', prompt: 'ગુજરાતની સ્થાપના કયા વર્ષે?', answer: '1960', explanation: '૧ મે ૧૯૬૦.' }),
		question({
			id: 'special',
			category: 'date',
			prompt: 'Escapes: a~b = c#d {e} f: g\\h\nline two?',
			answer: '1:2 {x}',
			distractors: ['~y', '=z', '#w']
		}),
		question({ id: 'sun', category: 'place', prompt: 'સૂર્ય પૂર્વમાં ઊગે છે.', answer: 'સાચું', distractors: ['ખોટું'] }),
		question({
			id: 'blank',
			category: 'place',
			kind: 'country',
			prompt: 'કિમ _____ ના નેતા છે.',
			answer: 'ઉત્તર કોરિયા',
			distractors: ['ચીન']
		}),
		question({ id: 'blank-end', category: 'person', prompt: 'પ્રથમ વડાપ્રધાન હતા _____', answer: 'નેહરુ' })
	]
};

describe('escapeGift', () => {
	it('escapes GIFT special characters and writes newlines as \\n', () => {
		expect(escapeGift('a~b=c#d{e}f:g\\h\ni')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni');
	});

	it('keeps a leading [html] as text by putting [plain] before it', () => {
		expect(escapeGift('[html] is a tag')).toBe('[plain][html] is a tag');
	});
});

describe('toGift', () => {
	const gift = toGift(set);

	it('writes a $CATEGORY: block per category and place kind, and ::id:: titles', () => {
		const lines = gift.split('\n').filter((line) => line.startsWith('$CATEGORY:') || line.startsWith('::'));
		expect(lines).toEqual([
			'$CATEGORY: $course$/top/gk/dates',
			'::founded:: ગુજરાતની સ્થાપના કયા વર્ષે? {#1960 ####૧ મે ૧૯૬૦.}',
			'::special:: Escapes\\: a\\~b \\= c\\#d \\{e\\} f\\: g\\\\h\\nline two? {=1\\:2 \\{x\\} ~\\~y ~\\=z ~\\#w}',
			'$CATEGORY: $course$/top/gk/people',
			'::first-pm:: ભારતના પ્રથમ વડાપ્રધાન કોણ? {=જવાહરલાલ નેહરુ =નેહરુ}',
			'::blank-end:: પ્રથમ વડાપ્રધાન હતા _____ {=નેહરુ}',
			'$CATEGORY: $course$/top/gk/places',
			'::sun:: સૂર્ય પૂર્વમાં ઊગે છે. {TRUE}',
			'$CATEGORY: $course$/top/gk/places/country',
			'::blank:: કિમ {=ઉત્તર કોરિયા ~ચીન} ના નેતા છે.',
			'$CATEGORY: $course$/top/gk/places/city',
			'::capital:: ગુજરાતની રાજધાની કઈ છે? {=ગાંધીનગર =Gandhinagar ~અમદાવાદ ~સુરત}'
		]);
	});

	it('reads back as the same questions', () => {
		const { drafts, problems } = parseGift(gift, 'gk.gift');
		expect(problems).toEqual([]);
		const back = new Map(drafts.map((d) => [d.id, d]));
		for (const q of set.questions) {
			const d = back.get(q.id)!;
			expect([d.prompt, d.answer, d.accept, d.distractors, d.category, d.kind, d.explanation]).toEqual([
				q.prompt,
				q.answer,
				q.accept,
				q.distractors ?? [],
				q.category,
				q.kind,
				q.explanation
			]);
		}
	});

	it('writes numbers in numerical answers in ASCII digits, so they come back in ASCII', () => {
		const gujarati = { ...set, questions: [question({ id: 'y', category: 'date', prompt: 'Year?', answer: '૧૯૬૦' })] };
		expect(toGift(gujarati)).toContain('::y:: Year? {#1960}');
		expect(parseGift(toGift(gujarati), 'y.gift').drafts[0]!.answer).toBe('1960');
	});
});
