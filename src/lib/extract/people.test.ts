import { describe, expect, it } from 'vitest';
import { findPeople } from './people';
import { splitEnding, splitterFor, wordsOf } from './words';

/** The people found in a sentence, as text; `places` are the words known to be places. */
function people(text: string, places: string[] = []): string[] {
	const context = { isPlace: (stem: string) => places.includes(stem), split: splitEnding };
	return findPeople(text, wordsOf(text), context).map((f) => text.slice(f.start, f.end));
}

describe('findPeople', () => {
	it('takes the name after a title, up to a common word', () => {
		expect(people('સંરક્ષણ પ્રધાન રમણ જોશી અને અન્ય અધિકારીઓ હાજર હતા.')).toEqual(['રમણ જોશી']);
		expect(people('વડાપ્રધાન મીના કપૂર આજે દિલ્હી પહોંચ્યા.')).toEqual(['મીના કપૂર']);
	});

	it('ends a name at a case ending and leaves the ending out', () => {
		expect(people('પ્રવક્તા સુનીલ શાહે પત્રકારોને જણાવ્યું.')).toEqual(['સુનીલ શાહ']);
		expect(people('ગવર્નર કોઠારીએ કહ્યું.')).toEqual(['કોઠારી']);
	});

	it('keeps up to three words of a name whole', () => {
		expect(people('રાષ્ટ્રપતિ લુઇઝ ઇનાસિઓ લુલાએ નિવેદન આપ્યું.')).toEqual(['લુઇઝ ઇનાસિઓ લુલા']);
	});

	it('follows a chain of titles to the name', () => {
		expect(people('લેફ્ટનન્ટ જનરલ અરવિંદ રાવે પુષ્ટિ કરી.')).toEqual(['અરવિંદ રાવ']);
	});

	it('stops at a verb, a known place, a date or punctuation', () => {
		expect(people('રાષ્ટ્રપતિ બાઇડન પહોંચ્યા જાપાન.')).toEqual(['બાઇડન']);
		expect(people('નેતા કિરણ પટેલ કેનેડાથી પરત ફર્યા.', ['કેનેડા'])).toEqual(['કિરણ પટેલ']);
		expect(people('મંત્રી ભાવિન દવે સોમવારે આવશે.')).toEqual(['ભાવિન દવે']);
		expect(people('ફોર્સના કમાન્ડર, રાણા અને બીજા.')).toEqual([]);
	});

	it('finds a first name joined to ભાઈ or બેન, with the surname after it', () => {
		expect(people('ગઈકાલે હંસાબેન પંડ્યાએ ભાષણ આપ્યું.')).toEqual(['હંસાબેન પંડ્યા']);
		expect(people('રમેશભાઈ આવ્યા.')).toEqual(['રમેશભાઈ']);
	});

	it('proposes no one after a title that is not followed by a name', () => {
		expect(people('બંને નેતાઓએ હાથ મિલાવ્યા, મંત્રી તરીકે તેમણે કામ કર્યું.')).toEqual([]);
		expect(people('મંત્રીએ જણાવ્યું કે રાષ્ટ્રપતિ ભવન ખુલ્લું છે.')).toEqual([]);
	});
});

describe('findPeople, first names that end like a verb', () => {
	it('keeps a first name ending in ્યા after a title, and stops a surname at a comma', () => {
		const text = 'મંત્રી દિવ્યા શાહ આવ્યાં. રમેશભાઈ, આજે આવ્યા.';
		const context = { isPlace: () => false, split: splitEnding };
		expect(findPeople(text, wordsOf(text), context).map((f) => text.slice(f.start, f.end))).toEqual([
			'દિવ્યા શાહ',
			'રમેશભાઈ'
		]);
	});
});

describe('findPeople, case endings read from the whole text', () => {
	it('reads બાઇડને as બાઇડન + ે where the text also says બાઇડનની', () => {
		const text = 'પ્રમુખ બાઇડને ભાષણ આપ્યું. બાઇડનની મુલાકાત લાંબી હતી. મંત્રી શાહને એવોર્ડ મળ્યો.';
		const words = wordsOf(text);
		const context = { isPlace: () => false, split: splitterFor(words.map((w) => w.text)) };
		expect(findPeople(text, words, context).map((f) => text.slice(f.start, f.end))).toEqual(['બાઇડન', 'શાહ']);
	});
});
