import { describe, expect, it } from 'vitest';
import { isAge } from './ages';
import { EMPTY_GAZETTEER } from './gazetteer';
import { extract } from './extract';

/** Whether the first `years` of `text` is read as an age; `person` names someone found there. */
function age(text: string, years: string, person?: string): boolean {
	const start = text.indexOf(years);
	return isAge(text, start, start + years.length, person ? [text.indexOf(person)] : []);
}

describe('isAge', () => {
	it('reads an age before a person’s name, a word for a person, or a word of age', () => {
		expect(age('બેડીમાં રહેતા ૩૪ વર્ષના અસલમ સમા ઘાયલ થયા.', '૩૪ વર્ષ', 'અસલમ સમા')).toBe(true);
		expect(age('૬૨ વર્ષના નિવૃત્ત શિક્ષક રમણલાલ દવે હાજર હતા.', '૬૨ વર્ષ', 'રમણલાલ દવે')).toBe(true);
		expect(age('૫૨ વર્ષના ખેડૂત ઘાયલ થયા.', '૫૨ વર્ષ')).toBe(true);
		expect(age('તેમની ૧૯ વર્ષની દીકરી સાધ્વી બની.', '૧૯ વર્ષ')).toBe(true);
		expect(age('કંસારાનું ૯૧ વર્ષની વયે નિધન.', '૯૧ વર્ષ')).toBe(true);
		expect(age('૩૮ વર્ષીય ડ્રાઇવર ફરાર છે.', '૩૮ વર્ષ')).toBe(true);
		expect(age('તેઓ ૧૦૦ વર્ષનાં હતાં.', '૧૦૦ વર્ષ')).toBe(true);
	});

	it('leaves a span of years a date, and a name past a comma or far away', () => {
		expect(age('રોહિતે ૧૪ વર્ષની કારકિર્દીમાં ૧૦૬ ટેસ્ટ રમી.', '૧૪ વર્ષ')).toBe(false);
		expect(age('યોજના પાંચ વર્ષની છે.', 'પાંચ વર્ષ')).toBe(false);
		expect(age('૨૪ વર્ષમાં પહેલી મુલાકાત.', '૨૪ વર્ષ')).toBe(false);
		expect(age('પાંચ વર્ષના ગાળા પછી, પટેલ પાછા આવ્યા.', 'પાંચ વર્ષ', 'પટેલ')).toBe(false);
		expect(age('પાંચ વર્ષના ગાળામાં ગામના લોકો અને સરપંચ પટેલ બદલાયા.', 'પાંચ વર્ષ', 'પટેલ')).toBe(false);
		expect(age('કાર્યક્રમ ૧૨ જુલાઈએ હતો.', '૧૨ જુલાઈ')).toBe(false);
	});
});

describe('extract proposes no age as a date', () => {
	it('asks the person, not their age', () => {
		const text = 'જામનગરમાં રહેતા ૭૪ વર્ષના વલ્લભભાઈ પટેલે ૧૨ જુલાઈએ અરજી કરી હતી.';
		const dates = extract(text, EMPTY_GAZETTEER).filter((p) => p.category === 'date');
		expect(dates.map((p) => p.answer)).toEqual(['૧૨ જુલાઈ']);
	});
});
