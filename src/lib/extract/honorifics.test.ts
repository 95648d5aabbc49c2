import { describe, expect, it } from 'vitest';
import { draftSet } from './draft-set';
import { extract } from './extract';
import { EMPTY_GAZETTEER } from './gazetteer';
import { personForms } from './honorifics';

describe('personForms', () => {
	it.each([
		// -જી after a surname is respect: the answer is the surname, the written name accepted
		['પટેલજી', 'પટેલ', ['પટેલજી']],
		['અરવિંદ ત્રિવેદીજી', 'અરવિંદ ત્રિવેદી', ['અરવિંદ ત્રિવેદીજી']],
		// -જી that ends a first name is the name
		['રાઘવજી પટેલ', 'રાઘવજી પટેલ', []],
		['દેવવ્રતજી', 'દેવવ્રતજી', []],
		// -ભાઈ and -બેન stay, the bare first name and surname accepted
		['હંસાબેન પંડ્યા', 'હંસાબેન પંડ્યા', ['હંસા પંડ્યા']],
		['જગદીશભાઈ રાવલ', 'જગદીશભાઈ રાવલ', ['જગદીશ રાવલ']],
		['પ્રવીણ ભાઈ શાહ', 'પ્રવીણ ભાઈ શાહ', ['પ્રવીણ શાહ']],
		// a first name alone, or with a father's name after it, is not cut
		['રમેશભાઈ', 'રમેશભાઈ', []],
		['રમેશભાઈ નાનજીભાઈ સાવલિયા', 'રમેશભાઈ નાનજીભાઈ સાવલિયા', []],
		// the names the bug was seen with
		['મોદીજી', 'મોદી', ['મોદીજી']],
		['મીનાબેન દેસાઈ', 'મીનાબેન દેસાઈ', ['મીના દેસાઈ']]
	])('%s -> %s, also %j', (written, answer, forms) => {
		expect(personForms(written)).toEqual({ answer, forms });
	});
});

describe('extract and draftSet, honorifics', () => {
	it('asks for the surname without -જી and accepts both forms of a name with -બેન', () => {
		const text = 'સભામાં શાહજી અને ગીતાબેન જોશી હાજર રહ્યાં.';
		const proposals = extract(text, EMPTY_GAZETTEER);
		const questions = draftSet('a.txt', text, proposals).questions;
		expect(questions.map((q) => [q.answer, q.accept])).toEqual([
			['શાહ', ['શાહજી']],
			['ગીતાબેન જોશી', ['ગીતા જોશી']]
		]);
		// the blank still takes the name as written
		expect(proposals[0]!.prompt).toBe('સભામાં _____ અને ગીતાબેન જોશી હાજર રહ્યાં.');
	});
});
