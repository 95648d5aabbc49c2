import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Question, QuestionSet } from '../bank/schema';
import { parseGift } from '../import/gift';
import { importText } from '../import/index';
import { escapeGift, toGift } from './gift-export';

const root = new URL('../../../questions/sets/', import.meta.url);
const builtin: QuestionSet[] = readdirSync(root).map((file) => {
	const set = JSON.parse(readFileSync(new URL(file, root), 'utf8')) as QuestionSet;
	return { ...set, articles: set.articles ?? [], questions: set.questions.map((q) => ({ ...q, accept: q.accept ?? [] })) };
});

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
			distractors: ['અમદાવાદ', 'સુરત'],
			en: 'Gandhinagar is the capital of Gujarat.',
			feedback: [
				{ option: 'ગાંધીનગર', text: 'બરાબર.' },
				{ option: 'અમદાવાદ', text: 'સૌથી મોટું શહેર, રાજધાની નહીં.' },
				{ option: 'Gandhinagar', text: 'Right, in English.' }
			],
			tags: ['ગુજરાત', 'ધોરણ 10', 'a]b']
		}),
		question({ id: 'first-pm', category: 'person', prompt: 'ભારતના પ્રથમ વડાપ્રધાન કોણ?', answer: 'જવાહરલાલ નેહરુ', accept: ['નેહરુ'] }),
		question({ id: 'founded', category: 'date', prompt: 'ગુજરાતની સ્થાપના કયા વર્ષે?', answer: '1960', explanation: '૧ મે ૧૯૬૦.' }),
		question({
			id: 'number-1-5',
			category: 'date',
			prompt: '1 અને 5 વચ્ચેની કોઈ સંખ્યા?',
			answer: '3',
			numeric: { min: 1, max: 5 },
			feedback: [{ option: '3', text: 'હા.' }]
		}),
		question({ id: 'range', category: 'date', prompt: 'બંધ કયા વર્ષોમાં બંધાયો?', answer: '1961–1966', numeric: { min: 1961, max: 1966 } }),
		question({
			id: 'lopsided',
			category: 'date',
			prompt: 'આશરે કયા વર્ષે?',
			answer: '૧૯૪૭',
			accept: ['1947'],
			numeric: { min: 1945, max: 1950 },
			feedback: [{ option: '૧૯૪૭', text: 'સાચું વર્ષ.' }]
		}),
		question({
			id: 'choice-range',
			category: 'date',
			prompt: 'કેટલા દિવસ?',
			answer: '6',
			distractors: ['4', '8'],
			numeric: { min: 5, max: 7 }
		}),
		question({
			id: 'special',
			category: 'date',
			prompt: 'Escapes: a~b = c#d {e} f: g\\h\nline two?',
			answer: '1:2 {x}',
			distractors: ['~y', '=z', '#w']
		}),
		question({
			id: 'sun',
			category: 'place',
			prompt: 'સૂર્ય પૂર્વમાં ઊગે છે.',
			answer: 'સાચું',
			distractors: ['ખોટું'],
			explanation: 'પૃથ્વી પશ્ચિમથી પૂર્વ તરફ ફરે છે.',
			feedback: [
				{ option: 'સાચું', text: 'હા.' },
				{ option: 'ખોટું', text: 'ના, પૂર્વમાં.' }
			]
		}),
		question({ id: 'moon', category: 'place', prompt: 'ચંદ્ર પશ્ચિમમાં ઊગે છે.', answer: 'ખોટું', distractors: ['સાચું'], feedback: [{ option: 'ખોટું', text: 'સાચું કહ્યું.' }] }),
		question({
			id: 'blank',
			category: 'place',
			kind: 'country',
			prompt: 'કિમ _____ ના નેતા છે.',
			answer: 'ઉત્તર કોરિયા',
			distractors: ['ચીન']
		}),
		question({ id: 'blank-end', category: 'person', prompt: 'પ્રથમ વડાપ્રધાન હતા _____', answer: 'નેહરુ' }),
		question({
			id: 'markup',
			category: 'person',
			prompt: 'Who wrote <b>this</b>? ![a](b.png)',
			answer: '<i>Tagore</i>',
			distractors: ['@@PLUGINFILE@@/x.mp3']
		})
	]
};

/** The answer blocks of the exported questions, by question id. */
function blocks(gift: string): Map<string, string> {
	const lines = gift.split('\n').filter((line) => line.startsWith('::'));
	return new Map(lines.map((line) => [line.slice(2, line.indexOf('::', 2)), line.slice(line.indexOf('{'), line.lastIndexOf('}') + 1)]));
}

/** What a round trip must keep of each question, with feedback in a fixed order. */
const kept = (q: Question) => ({
	id: q.id,
	prompt: q.prompt,
	answer: q.answer,
	accept: q.accept,
	distractors: q.distractors ?? [],
	category: q.category,
	kind: q.kind,
	en: q.en,
	explanation: q.explanation,
	statement: q.statement,
	numeric: q.numeric,
	feedback: [...(q.feedback ?? [])].sort((a, b) => a.option.localeCompare(b.option)),
	tags: q.tags ?? []
});

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
	const written = blocks(gift);

	it('opens with the set id and both titles as comments Moodle ignores', () => {
		expect(gift.split('\n').slice(0, 4)).toEqual([
			'// kasoti-set: gk',
			'// kasoti-title: સામાન્ય જ્ઞાન',
			'// kasoti-title-en: General knowledge',
			''
		]);
	});

	it('writes a $CATEGORY: block per category and place kind, and ::id:: titles', () => {
		const lines = gift.split('\n').filter((line) => line.startsWith('$CATEGORY:'));
		expect(lines).toEqual([
			'$CATEGORY: $course$/top/gk/dates',
			'$CATEGORY: $course$/top/gk/people',
			'$CATEGORY: $course$/top/gk/places',
			'$CATEGORY: $course$/top/gk/places/country',
			'$CATEGORY: $course$/top/gk/places/city'
		]);
	});

	it('writes choices with one = and the accept forms, English line, loose feedback and tags in comments', () => {
		const lines = gift.split('\n');
		const at = lines.findIndex((line) => line.startsWith('::capital::'));
		expect(lines.slice(at - 4, at + 1)).toEqual([
			'// kasoti-en: Gandhinagar is the capital of Gujarat.',
			'// kasoti-accept: Gandhinagar',
			'// kasoti-feedback: Gandhinagar | Right, in English.',
			'// [tag:ગુજરાત] [tag:ધોરણ 10] [tag:a\\]b]',
			'::capital:: ગુજરાતની રાજધાની કઈ છે? {=ગાંધીનગર#બરાબર. ~અમદાવાદ#સૌથી મોટું શહેર, રાજધાની નહીં. ~સુરત}'
		]);
	});

	it('writes a question without distractors as short answer, every accepted spelling at full marks', () => {
		expect(written.get('first-pm')).toBe('{=જવાહરલાલ નેહરુ =નેહરુ}');
		expect(written.get('founded')).toBe('{=1960 ####૧ મે ૧૯૬૦.}');
		expect(written.get('blank-end')).toBe('{=નેહરુ}');
	});

	it('writes a range as {#v:t} around a numeric answer, else {#min..max}, the answer as written in a comment', () => {
		expect(written.get('number-1-5')).toBe('{#3:2#હા.}');
		expect(written.get('range')).toBe('{#1961..1966}');
		expect(written.get('lopsided')).toBe('{#1945..1950#સાચું વર્ષ.}');
		expect(gift).toContain('// kasoti-answer: ૧૯૪૭\n// kasoti-accept: 1947\n::lopsided::');
		expect(written.get('choice-range')).toBe('{=6 ~4 ~8}');
		expect(gift).toContain('// kasoti-range: 5..7\n::choice-range::');
	});

	it('keeps true/false as {TRUE}/{FALSE}, the feedback for a wrong reply first, as Moodle writes it', () => {
		expect(written.get('sun')).toBe('{TRUE#ના, પૂર્વમાં.#હા. ####પૃથ્વી પશ્ચિમથી પૂર્વ તરફ ફરે છે.}');
		expect(written.get('moon')).toBe('{FALSE##સાચું કહ્યું.}');
	});

	it('escapes special characters and puts a missing-word block where its blank was', () => {
		expect(gift).toContain('::special:: Escapes\\: a\\~b \\= c\\#d \\{e\\} f\\: g\\\\h\\nline two? {=1\\:2 \\{x\\} ~\\~y ~\\=z ~\\#w}');
		expect(gift).toContain('::blank:: કિમ {=ઉત્તર કોરિયા ~ચીન} ના નેતા છે.');
	});

	it('marks a question whose text looks like markup as [plain], so Moodle shows it as written', () => {
		expect(gift).toContain('::markup:: [plain]Who wrote <b>this</b>? ![a](b.png) {=<i>Tagore</i> ~@@PLUGINFILE@@/x.mp3}');
	});

	it('writes exactly one = in every multiple-choice block', () => {
		for (const s of [set, ...builtin]) {
			for (const q of s.questions.filter((q) => (q.distractors ?? []).length > 1)) {
				const block = blocks(toGift(s)).get(q.id)!;
				expect(block.replace(/\\./g, '').match(/=/g), `${s.id}/${q.id}: ${block}`).toHaveLength(1);
			}
		}
	});
});

describe('toGift, then importText: the same set back', () => {
	for (const original of [set, ...builtin]) {
		it(`${original.id}: ids, texts, answers, accept forms, distractors, categories, statements, ranges, feedback, tags, titles`, () => {
			const result = importText(toGift(original), `${original.id}.gift.txt`);
			expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
			expect(result.set).toBeDefined();
			const back = result.set!;
			expect([back.id, back.title, back.title_en]).toEqual([original.id, original.title, original.title_en]);
			expect(back.questions.map(kept)).toEqual(original.questions.map(kept).sort(
				(a, b) => back.questions.findIndex((q) => q.id === a.id) - back.questions.findIndex((q) => q.id === b.id)
			));
		});
	}

	it('parseGift reads the header into setId, title and titleEn', () => {
		const { setId, title, titleEn } = parseGift(toGift(set), 'gk.gift');
		expect([setId, title, titleEn]).toEqual(['gk', 'સામાન્ય જ્ઞાન', 'General knowledge']);
	});
});
