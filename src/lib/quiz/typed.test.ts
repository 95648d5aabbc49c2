import { describe, expect, it } from 'vitest';
import { checkTyped, withinOneEdit } from './typed';

const putin = { answer: 'પુતિન', accept: ['પુટિન', 'વ્લાદિમીર પુતિન'] };
const pyongyang = { answer: 'પ્યોંગયાંગ', accept: [] };
const kozhemyako = { answer: 'કોઝેમ્યાકો', accept: ['ઓલેગ કોઝેમ્યાકો'] };
const vladivostok = { answer: 'વ્લાદિવોસ્તોક', accept: [] };
const year = { answer: '૨૦૨૨', accept: [] };
const tuesday = { answer: 'મંગળવાર', accept: [] };
const sixDays = { answer: 'છ દિવસ', accept: ['6 દિવસ'] };

describe('checkTyped', () => {
	it('accepts the answer and accept forms, with untidy spacing and punctuation', () => {
		expect(checkTyped(putin, 'પુતિન')).toBe('right');
		expect(checkTyped(putin, '  વ્લાદિમીર   પુતિન। ')).toBe('right');
		expect(checkTyped(putin, 'પુટિન')).toBe('right');
	});

	it('accepts Latin spellings of Gujarati answers', () => {
		expect(checkTyped(putin, 'putin')).toBe('right');
		expect(checkTyped(putin, 'Vladimir Putin')).toBe('right');
		expect(checkTyped(pyongyang, 'pyongyang')).toBe('right');
		expect(checkTyped(kozhemyako, 'kozhemyako')).toBe('right');
		expect(checkTyped(kozhemyako, 'Oleg Kozhemyako')).toBe('right');
		expect(checkTyped(vladivostok, 'vladivostok')).toBe('right');
		expect(checkTyped(tuesday, 'mangalvar')).toBe('right');
	});

	it('accepts either digit script', () => {
		expect(checkTyped(year, '2022')).toBe('right');
		expect(checkTyped(year, '૨૦૨૨')).toBe('right');
		expect(checkTyped({ answer: '2011', accept: [] }, '૨૦૧૧')).toBe('right');
		expect(checkTyped(sixDays, '૬ દિવસ')).toBe('right');
	});

	it('tolerates a case ending glued to the typed name', () => {
		expect(checkTyped(putin, 'પુતિનને')).toBe('right');
		expect(checkTyped(putin, 'પુતિને')).toBe('right');
		expect(checkTyped(tuesday, 'મંગળવારે')).toBe('right');
		expect(checkTyped({ answer: 'રશિયા', accept: [] }, 'રશિયાના')).toBe('right');
	});

	it('calls a one-letter slip almost', () => {
		expect(checkTyped(putin, 'પુતન')).toBe('almost');
		expect(checkTyped(pyongyang, 'pyongyan')).toBe('almost');
		expect(checkTyped(vladivostok, 'vladivostock')).toBe('right');
		expect(checkTyped(vladivostok, 'vladivastok')).toBe('almost');
	});

	it('never calls a different number almost', () => {
		expect(checkTyped(year, '2021')).toBe('wrong');
		expect(checkTyped(year, '૨૦૨૩')).toBe('wrong');
		expect(checkTyped(sixDays, '૭ દિવસ')).toBe('wrong');
	});

	it('does not call a slip on a short answer almost', () => {
		expect(checkTyped({ answer: 'કિમ', accept: [] }, 'કિર')).toBe('wrong');
	});

	it('marks a clearly different answer wrong', () => {
		expect(checkTyped(putin, 'કિમ જોંગ ઉન')).toBe('wrong');
		expect(checkTyped(putin, 'xi jinping')).toBe('wrong');
		expect(checkTyped(pyongyang, 'સિઓલ')).toBe('wrong');
		expect(checkTyped(tuesday, 'બુધવાર')).toBe('wrong');
		expect(checkTyped(putin, '')).toBe('wrong');
		expect(checkTyped(putin, ' ! ')).toBe('wrong');
	});
});

describe('withinOneEdit', () => {
	it('counts one insertion, deletion or substitution, and no more', () => {
		expect(withinOneEdit('putin', 'putin')).toBe(true);
		expect(withinOneEdit('putin', 'putn')).toBe(true);
		expect(withinOneEdit('putn', 'putin')).toBe(true);
		expect(withinOneEdit('putin', 'pután')).toBe(true);
		expect(withinOneEdit('putin', 'ptn')).toBe(false);
		expect(withinOneEdit('putin', 'nitup')).toBe(false);
	});
});
