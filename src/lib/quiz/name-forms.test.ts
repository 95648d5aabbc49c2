import { describe, expect, it } from 'vitest';
import { aliasNames, nameForms, withoutHonorifics } from './name-forms';

describe('withoutHonorifics', () => {
	it('drops an honorific joined to a first name or written apart, and a title before the name', () => {
		expect(withoutHonorifics('હર્ષદભાઈ પટેલ')).toBe('હર્ષદ પટેલ');
		expect(withoutHonorifics('નીતાબેન ત્રિવેદી')).toBe('નીતા ત્રિવેદી');
		expect(withoutHonorifics('નરેન્દ્ર ભાઈ મોદી')).toBe('નરેન્દ્ર મોદી');
		expect(withoutHonorifics('ડૉ સુનંદા ગામીત')).toBe('સુનંદા ગામીત');
		expect(withoutHonorifics('શ્રી રમેશ ઓઝા')).toBe('રમેશ ઓઝા');
	});

	it('leaves a name that only looks like one, and the honorific alone, as they are', () => {
		expect(withoutHonorifics('ભાઈલાલ પટેલ')).toBe('ભાઈલાલ પટેલ');
		expect(withoutHonorifics('ભાઈ')).toBe('ભાઈ');
		expect(withoutHonorifics('અમદાવાદ')).toBe('અમદાવાદ');
	});
});

describe('aliasNames and nameForms', () => {
	it('gives each name of an alias with the rest of the name', () => {
		expect(aliasNames('વિજય ઉર્ફે લાલો મકવાણા')).toEqual(['વિજય મકવાણા', 'લાલો મકવાણા']);
		expect(aliasNames('સલીમ ઉર્ફે બબલુ')).toEqual(['સલીમ', 'બબલુ']);
		expect(aliasNames('રમેશ પટેલ')).toEqual([]);
		expect(aliasNames('ઉર્ફે લાલો')).toEqual([]);
	});

	it('gives every other form once, without the name itself', () => {
		expect(nameForms('હાર્દિક ઉર્ફે હેરી મનસુખભાઈ સુતરિયા')).toEqual([
			'હાર્દિક ઉર્ફે હેરી મનસુખ સુતરિયા',
			'હાર્દિક મનસુખભાઈ સુતરિયા',
			'હાર્દિક મનસુખ સુતરિયા',
			'હેરી મનસુખભાઈ સુતરિયા',
			'હેરી મનસુખ સુતરિયા'
		]);
		expect(nameForms('ભુજ')).toEqual([]);
	});
});
