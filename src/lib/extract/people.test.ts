import { describe, expect, it } from 'vitest';
import { findPeople } from './people';
import { splitEnding, splitterFor, wordsOf } from './words';

/** The people found in a sentence, as text; `places` are the words known to be places. */
function people(text: string, places: string[] = []): string[] {
	const context = { isPlace: (stem: string) => places.includes(stem), split: splitEnding };
	return findPeople(text, wordsOf(text), context).map((f) => text.slice(f.start, f.end));
}

describe('findPeople', () => {
	it.each([
		// takes the name after a title, up to a common word
		['સંરક્ષણ પ્રધાન રમણ જોશી અને અન્ય અધિકારીઓ હાજર હતા.', ['રમણ જોશી']],
		['વડાપ્રધાન મીના કપૂર આજે દિલ્હી પહોંચ્યા.', ['મીના કપૂર']],
		// ends a name at a case ending and leaves the ending out
		['પ્રવક્તા સુનીલ શાહે પત્રકારોને જણાવ્યું.', ['સુનીલ શાહ']],
		['ગવર્નર કોઠારીએ કહ્યું.', ['કોઠારી']],
		// keeps up to three words of a name whole
		['રાષ્ટ્રપતિ લુઇઝ ઇનાસિઓ લુલાએ નિવેદન આપ્યું.', ['લુઇઝ ઇનાસિઓ લુલા']],
		// follows a chain of titles to the name
		['લેફ્ટનન્ટ જનરલ અરવિંદ રાવે પુષ્ટિ કરી.', ['અરવિંદ રાવ']],
		// stops at a verb, a known place (a third column lists the words known to be places), a date or punctuation
		['રાષ્ટ્રપતિ બાઇડન પહોંચ્યા જાપાન.', ['બાઇડન']],
		['નેતા કિરણ પટેલ કેનેડાથી પરત ફર્યા.', ['કિરણ પટેલ'], ['કેનેડા']],
		['મંત્રી ભાવિન દવે સોમવારે આવશે.', ['ભાવિન દવે']],
		['ફોર્સના કમાન્ડર, રાણા અને બીજા.', []],
		// finds a first name joined to ભાઈ or બેન, with the surname after it
		['ગઈકાલે હંસાબેન પંડ્યાએ ભાષણ આપ્યું.', ['હંસાબેન પંડ્યા']],
		['રમેશભાઈ આવ્યા.', ['રમેશભાઈ']],
		// proposes no one after a title that is not followed by a name
		['બંને નેતાઓએ હાથ મિલાવ્યા, મંત્રી તરીકે તેમણે કામ કર્યું.', []],
		['મંત્રીએ જણાવ્યું કે રાષ્ટ્રપતિ ભવન ખુલ્લું છે.', []]
	])('finds %j in %s', (text, found, places?: string[]) => {
		expect(people(text, places)).toEqual(found);
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
