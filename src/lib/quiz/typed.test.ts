import { describe, expect, it } from 'vitest';
import { checkTyped, withinOneEdit } from './typed';

const putin = { answer: 'પુતિન', accept: ['પુટિન', 'વ્લાદિમીર પુતિન'] };
const pyongyang = { answer: 'પ્યોંગયાંગ', accept: [] };
const kozhemyako = { answer: 'કોઝેમ્યાકો', accept: ['ઓલેગ કોઝેમ્યાકો'] };
const vladivostok = { answer: 'વ્લાદિવોસ્તોક', accept: [] };
const year = { answer: '૨૦૨૨', accept: [] };
const tuesday = { answer: 'મંગળવાર', accept: [] };
const sixDays = { answer: 'છ દિવસ', accept: ['6 દિવસ'] };
const year2011 = { answer: '2011', accept: [] };
const russia = { answer: 'રશિયા', accept: [] };
const kim = { answer: 'કિમ', accept: [] };

describe('checkTyped', () => {
	it.each([
		// accepts the answer and accept forms, with untidy spacing and punctuation
		{ typed: 'પુતિન', question: putin, verdict: 'right' },
		{ typed: '  વ્લાદિમીર   પુતિન। ', question: putin, verdict: 'right' },
		{ typed: 'પુટિન', question: putin, verdict: 'right' },
		// accepts Latin spellings of Gujarati answers
		{ typed: 'putin', question: putin, verdict: 'right' },
		{ typed: 'Vladimir Putin', question: putin, verdict: 'right' },
		{ typed: 'pyongyang', question: pyongyang, verdict: 'right' },
		{ typed: 'kozhemyako', question: kozhemyako, verdict: 'right' },
		{ typed: 'Oleg Kozhemyako', question: kozhemyako, verdict: 'right' },
		{ typed: 'vladivostok', question: vladivostok, verdict: 'right' },
		{ typed: 'mangalvar', question: tuesday, verdict: 'right' },
		// accepts either digit script
		{ typed: '2022', question: year, verdict: 'right' },
		{ typed: '૨૦૨૨', question: year, verdict: 'right' },
		{ typed: '૨૦૧૧', question: year2011, verdict: 'right' },
		{ typed: '૬ દિવસ', question: sixDays, verdict: 'right' },
		// tolerates a case ending glued to the typed name
		{ typed: 'પુતિનને', question: putin, verdict: 'right' },
		{ typed: 'પુતિને', question: putin, verdict: 'right' },
		{ typed: 'મંગળવારે', question: tuesday, verdict: 'right' },
		{ typed: 'રશિયાના', question: russia, verdict: 'right' },
		// calls a one-letter slip almost
		{ typed: 'પુતન', question: putin, verdict: 'almost' },
		{ typed: 'pyongyan', question: pyongyang, verdict: 'almost' },
		{ typed: 'vladivostock', question: vladivostok, verdict: 'right' },
		{ typed: 'vladivastok', question: vladivostok, verdict: 'almost' },
		// never calls a different number almost
		{ typed: '2021', question: year, verdict: 'wrong' },
		{ typed: '૨૦૨૩', question: year, verdict: 'wrong' },
		{ typed: '૭ દિવસ', question: sixDays, verdict: 'wrong' },
		// does not call a slip on a short answer almost
		{ typed: 'કિર', question: kim, verdict: 'wrong' },
		// marks a clearly different answer wrong
		{ typed: 'કિમ જોંગ ઉન', question: putin, verdict: 'wrong' },
		{ typed: 'xi jinping', question: putin, verdict: 'wrong' },
		{ typed: 'સિઓલ', question: pyongyang, verdict: 'wrong' },
		{ typed: 'બુધવાર', question: tuesday, verdict: 'wrong' },
		{ typed: '', question: putin, verdict: 'wrong' },
		{ typed: ' ! ', question: putin, verdict: 'wrong' }
	])('$typed for $question.answer is $verdict', ({ question, typed, verdict }) => {
		expect(checkTyped(question, typed)).toBe(verdict);
	});
});

describe('withinOneEdit', () => {
	it.each([
		['putin', 'putin', true],
		['putin', 'putn', true],
		['putn', 'putin', true],
		['putin', 'pután', true],
		['putin', 'ptn', false],
		['putin', 'nitup', false]
	])('counts one insertion, deletion or substitution, and no more: %s and %s, %s', (a, b, within) => {
		expect(withinOneEdit(a, b)).toBe(within);
	});
});
