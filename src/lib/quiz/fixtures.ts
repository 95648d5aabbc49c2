/**
 * A small hand-made bank for the quiz tests: two sets, two articles, every date kind,
 * people with aliases, places of each kind. Test-only; the app never imports it.
 */
import type { QuestionSet } from '../bank/schema';
import { bankQuestions, prepareBank, type BankQuestion, type PreparedBank } from './bank-index';

type Draft = Partial<BankQuestion> & Pick<BankQuestion, 'id' | 'category' | 'answer' | 'quote'>;

/** A question with dull defaults for the fields a test does not care about. */
export function question(draft: Draft): BankQuestion {
	return {
		prompt: `${draft.id}?`,
		accept: [],
		article: 'a.txt',
		en: 'gloss',
		setId: 'visit',
		...draft
	};
}

const VISIT: Draft[] = [
	{ id: 'd-year', category: 'date', answer: '૨૦૨૨', accept: ['2022'], quote: 'રશિયાએ ૨૦૨૨માં યુક્રેન પર હુમલો કર્યો.' },
	{ id: 'd-range', category: 'date', answer: '૧૯૫૦-૫૩', accept: ['1950-53'], quote: '૧૯૫૦-૫૩ના કોરિયન યુદ્ધ પછી સરહદ બની.' },
	{ id: 'd-weekday', category: 'date', answer: 'મંગળવાર', accept: ['મંગળવારે'], quote: 'પુતિન મંગળવારે પહોંચ્યા.' },
	{ id: 'd-month', category: 'date', answer: 'સપ્ટેમ્બર', quote: 'કિમ સપ્ટેમ્બરમાં રશિયા ગયા.' },
	{ id: 'd-day-month', category: 'date', answer: '૨૫ નવેમ્બર', quote: 'બેઠક ૨૫ નવેમ્બરે થઈ.' },
	{ id: 'd-days', category: 'date', answer: 'છ દિવસ', accept: ['6 દિવસ', '૬ દિવસ'], quote: 'કિમની છ દિવસની સફર પૂરી થઈ.' },
	{ id: 'd-years', category: 'date', answer: '૨૪ વર્ષ', accept: ['24 વર્ષ'], quote: '૨૪ વર્ષમાં પુતિનની આ પહેલી મુલાકાત છે.' },
	{ id: 'd-other', category: 'date', answer: 'વહેલી સવાર', accept: ['વહેલી સવારે'], quote: 'પુતિન વહેલી સવારે પહોંચ્યા.' },
	{
		id: 'p-putin',
		category: 'person',
		answer: 'પુતિન',
		accept: ['પુટિન', 'વ્લાદિમીર પુતિન', 'Putin'],
		distractors: ['શી જિનપિંગ', 'સર્ગેઈ લવરોવ', 'દિમિત્રી મેદવેદેવ'],
		quote: 'કિમે પ્યોંગયાંગ એરપોર્ટ પર પુતિનનું સ્વાગત કર્યું.'
	},
	{ id: 'p-putin-full', category: 'person', answer: 'વ્લાદિમીર પુતિન', accept: ['પુતિન'], quote: 'રશિયાના રાષ્ટ્રપતિ વ્લાદિમીર પુતિન આવ્યા.' },
	{ id: 'p-kim', category: 'person', answer: 'કિમ જોંગ ઉન', accept: ['કિમ'], quote: 'ઉત્તર કોરિયાના નેતા કિમ જોંગ ઉન ટ્રેનમાં ગયા.' },
	{ id: 'p-kirby', category: 'person', answer: 'જ્હોન કિર્બી', accept: ['કિર્બી'], quote: 'પ્રવક્તા જ્હોન કિર્બીએ ચિંતા દર્શાવી.' },
	{ id: 'c-pyongyang', category: 'place', kind: 'city', answer: 'પ્યોંગયાંગ', accept: ['Pyongyang'], quote: 'પુતિન પ્યોંગયાંગ પહોંચ્યા.' },
	{ id: 'n-north-korea', category: 'place', kind: 'country', answer: 'ઉત્તર કોરિયા', quote: 'પુતિન ઉત્તર કોરિયા પહોંચ્યા.' },
	{ id: 'n-russia', category: 'place', kind: 'country', answer: 'રશિયા', accept: ['રશિયન'], quote: 'રશિયન ટીવીએ સ્વાગત બતાવ્યું.' },
	{ id: 'r-border', category: 'place', kind: 'region', answer: 'સરહદ', accept: ['સીમા'], quote: 'સૈનિકોએ સરહદ પાર કરી.' }
];

const TRIP: Draft[] = [
	{ id: 't-year', category: 'date', answer: '2011', accept: ['૨૦૧૧'], quote: '2011ના અંતમાં કિમે સત્તા સંભાળી.' },
	{ id: 't-weekday', category: 'date', answer: 'રવિવાર', quote: 'કિમ રવિવારે પાછા ફર્યા.' },
	{ id: 't-months', category: 'date', answer: 'બે મહિના', accept: ['2 મહિના'], quote: 'બેઠકના બે મહિના પછી.' },
	{ id: 't-kozhemyako', category: 'person', answer: 'ઓલેગ કોઝેમ્યાકો', accept: ['કોઝેમ્યાકો'], quote: 'ગવર્નર ઓલેગ કોઝેમ્યાકોએ વિદાય આપી.' },
	{ id: 't-shoigu', category: 'person', answer: 'શોઇગુ', accept: ['સેરગેઈ શોઇગુ'], quote: 'શોઇગુએ બોમ્બર બતાવ્યા.' },
	{ id: 't-vladivostok', category: 'place', kind: 'city', answer: 'વ્લાદિવોસ્તોક', accept: ['Vladivostok'], quote: 'ટ્રેન વ્લાદિવોસ્તોક પહોંચી.' },
	{ id: 't-moscow', category: 'place', kind: 'city', answer: 'મોસ્કો', quote: 'મોસ્કોએ આરોપ નકાર્યો.' },
	{ id: 't-ukraine', category: 'place', kind: 'country', answer: 'યુક્રેન', quote: 'યુક્રેન પર હુમલો ચાલુ છે.' },
	{ id: 't-primorye', category: 'place', kind: 'region', answer: 'પ્રિમોરી', quote: 'પ્રિમોરીના ગવર્નર હાજર હતા.' },
	{ id: 't-station', category: 'place', kind: 'site', answer: 'રેલવે સ્ટેશન', quote: 'રેલવે સ્ટેશન પર વિદાય થઈ.' }
];

/** Two sets: `visit` from a.txt (16 questions) and `trip` from b.txt (10 questions). */
export function fixtureSets(): QuestionSet[] {
	const set = (id: string, article: string, drafts: Draft[]): QuestionSet => ({
		id,
		title: id,
		title_en: id,
		lang: 'gu',
		articles: [{ file: article, headline: id, headline_en: id }],
		questions: drafts.map((d) => {
			const { setId: _, ...plain } = question({ ...d, article });
			return plain;
		})
	});
	return [set('visit', 'a.txt', VISIT), set('trip', 'b.txt', TRIP)];
}

/** The fixture sets, prepared. */
export function fixtureBank(): PreparedBank {
	return prepareBank(bankQuestions(fixtureSets()));
}

/** The fixture question with this id. */
export function fixtureQuestion(bank: PreparedBank, id: string): BankQuestion {
	const index = bank.byId.get(id);
	if (index === undefined) throw new RangeError(`no fixture question ${id}`);
	return bank.questions[index]!;
}
