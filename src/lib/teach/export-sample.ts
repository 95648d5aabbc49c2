/** A set for the export tests: what a round trip could lose, in a teacher's Gujarati. */
import type { QuestionSet } from '../bank/schema';

/** A teacher's set with what a round trip can lose: tags, numbers, distractors, accept forms, quotes and commas. */
export const TEACHERS_SET: QuestionSet = {
	id: 'gk-class-10',
	title: 'સામાન્ય જ્ઞાન, ધોરણ ૧૦',
	title_en: 'General knowledge, class 10',
	lang: 'gu',
	articles: [],
	questions: [
		{
			id: 'gk-class-10-capital',
			category: 'place',
			kind: 'city',
			prompt: 'ગુજરાતની રાજધાની, ૧૯૭૦થી, કઈ છે?',
			answer: 'ગાંધીનગર',
			accept: ['Gandhinagar'],
			article: 'gk-class-10.txt',
			quote: 'ગુજરાતની રાજધાની ગાંધીનગર છે.',
			en: 'Gandhinagar is the capital of Gujarat.',
			distractors: ['અમદાવાદ', 'સુરત'],
			tags: ['ગુજરાત', 'રાજ્ય સરકાર']
		},
		{
			id: 'gk-class-10-quit-india',
			category: 'date',
			prompt: 'ગાંધીજીએ "હિંદ છોડો" આંદોલન\nકયા વર્ષે શરૂ કર્યું?',
			answer: '૧૯૪૨',
			accept: ['1942'],
			article: 'gk-class-10.txt',
			quote: 'ગાંધીજીએ "હિંદ છોડો" આંદોલન ૧૯૪૨માં શરૂ કર્યું.',
			en: 'Gandhi began Quit India in 1942.',
			numeric: { min: 1942, max: 1942 },
			explanation: 'મુંબઈના ગોવાલિયા ટેન્ક મેદાનથી; #ઇતિહાસ',
			tags: ['ઇતિહાસ']
		},
		{
			id: 'gk-class-10-pm',
			category: 'person',
			prompt: 'ભારતના પ્રથમ વડાપ્રધાન કોણ હતા?',
			answer: 'જવાહરલાલ નેહરુ',
			accept: [],
			article: 'gk-class-10.txt',
			quote: 'ભારતના પ્રથમ વડાપ્રધાન કોણ હતા? — જવાહરલાલ નેહરુ',
			en: 'ભારતના પ્રથમ વડાપ્રધાન કોણ હતા? — જવાહરલાલ નેહરુ'
		}
	]
};
