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
		['મંત્રીએ જણાવ્યું કે રાષ્ટ્રપતિ ભવન ખુલ્લું છે.', []],
		// nor before English's "of" in a title, nor before a participle
		['ત્યારબાદ કમિશનર ઓફ મેટ્રો રેલ સેફ્ટીની મંજૂરી મળશે.', []],
		['બેંકના કોઈ અધિકારી કે ડિરેક્ટર સંડોવાયેલા છે કે કેમ, તે તપાસાશે.', []]
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

	it('keeps one after a role when a known surname follows, where it took the first name alone', () => {
		const text = 'ખેલાડી કાવ્યા પટેલે સ્પર્ધા જીતી. ખેલાડી ભાગ્યા નહીં.';
		const context = { isPlace: () => false, split: splitEnding };
		expect(findPeople(text, wordsOf(text), context).map((f) => text.slice(f.start, f.end))).toEqual(['કાવ્યા પટેલ']);
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

describe('findPeople, honorifics joined to the first name or written apart', () => {
	it.each([
		['વિજયભાઈ રૂપાણીએ બેઠક બોલાવી.', ['વિજયભાઈ રૂપાણી']],
		['વિજય ભાઈ રૂપાણી અને નીતિન પટેલ આવ્યા.', ['વિજય ભાઈ રૂપાણી', 'નીતિન પટેલ']],
		['પ્રદીપસિંહ જાડેજાએ જવાબ આપ્યો.', ['પ્રદીપસિંહ જાડેજા']],
		['હીરાબાનું સો વર્ષની વયે અવસાન થયું.', ['હીરાબા']],
		['ગાંધીજીના વિચારો આજે પણ જીવંત છે.', ['ગાંધીજી']],
		['સ્વામી વિવેકસાગરદાસજીએ કથા કરી.', ['વિવેકસાગરદાસજી']],
		// the split that keeps the honorific whole: રમીલાબેન + ે, not રમીલાબે + ને
		['દર્દીના સગાં રમીલાબેને ફરિયાદ કરી.', ['રમીલાબેન']],
		['નરેન્દ્ર ભાઈએ કહ્યું.', ['નરેન્દ્ર ભાઈ']]
	])('finds %j in %s', (text, found) => {
		expect(people(text)).toEqual(found);
	});

	it('proposes no relative, god, dance or place that ends like an honorific', () => {
		expect(people('પિતાજી અને માતાજીની આરતી પછી ગરબા થયા, મોટાભાઈ અને નાનાભાઈ નાચ્યા.')).toEqual([]);
		expect(people('ભારતીય ટીમ બ્રિસ્બેન પહોંચી.')).toEqual([]);
	});

	it('regression: does not take the word after the honorific as a surname when it is not one', () => {
		expect(people('હીરાબા છેલ્લાં કેટલાંક વર્ષોથી પંકજભાઈ સાથે રહેતાં હતાં.')).toEqual(['હીરાબા', 'પંકજભાઈ']);
		expect(people('તેમના પિતા ગોવિંદભાઈ અને માતા શારદાબેન ખેતી કરે છે.')).toEqual(['ગોવિંદભાઈ', 'શારદાબેન']);
		expect(people('ખેડૂત રમેશભાઈ સોરઠિયા ટ્રેક્ટરમાં મગફળી લાવ્યા.')).toEqual(['રમેશભાઈ સોરઠિયા']);
	});
});

describe('findPeople, શ્રી, શ્રીમતી, સ્વ., સ્વર્ગસ્થ, પૂ. and ડૉ. before a name', () => {
	it.each([
		['વડાપ્રધાન શ્રી નરેન્દ્ર મોદીનાં માતા', ['નરેન્દ્ર મોદી']],
		['શ્રીમતી ઇન્દિરા ગાંધીની યાદમાં', ['ઇન્દિરા ગાંધી']],
		['સ્વ. રાજીવ ગાંધીની જન્મજયંતી', ['રાજીવ ગાંધી']],
		['સ્વર્ગસ્થ કેશુભાઈ પટેલને શ્રદ્ધાંજલિ', ['કેશુભાઈ પટેલ']],
		['પૂ. મોરારીબાપુએ કથા કરી.', ['મોરારીબાપુ']],
		['ઇસરોના અધ્યક્ષ ડૉ. વી. નારાયણને કહ્યું.', ['વી. નારાયણ']],
		['ડૉ.રમેશ ચૌહાણ અને સ્વ.ઇન્દિરાબેન શાહ.', ['રમેશ ચૌહાણ', 'ઇન્દિરાબેન શાહ']],
		['મુખ્યમંત્રીશ્રી ભૂપેન્દ્રભાઈ પટેલે બેઠક યોજી.', ['ભૂપેન્દ્રભાઈ પટેલ']]
	])('finds %j in %s', (text, found) => {
		expect(people(text)).toEqual(found);
	});

	it('proposes no god named after શ્રી, but a person who bears a god\'s name', () => {
		expect(people('જય શ્રી રામના નારા લાગ્યા અને શ્રી ગણેશની પૂજા થઈ.')).toEqual([]);
		expect(people('શ્રી ગણેશ પટેલે પૂજા કરી.')).toEqual(['ગણેશ પટેલ']);
	});

	it('regression: a title before a verb proposes no one (વડાપ્રધાન બન્યા)', () => {
		expect(people('મોરારજી દેસાઈ વડાપ્રધાન બન્યા હતા.')).toEqual(['મોરારજી દેસાઈ']);
		expect(people('ધ્રુવીએ કહ્યું કે તે ડૉક્ટર બનવા માગે છે.')).toEqual([]);
	});

	it('takes no neuter word after a title for a name (પ્રમુખ સાચું બોલે છે)', () => {
		expect(people('મંડળના પ્રમુખ સાચું બોલે છે એમ સભ્યો કહે છે.')).toEqual([]);
		expect(people('સમિતિના અધ્યક્ષ ખોટું નિવેદન આપતા નથી.')).toEqual([]);
		expect(people('કલેક્ટર નવું કામ શરૂ કરાવશે અને મેયર હિના દેસાઈ હાજર રહેશે.')).toEqual(['હિના દેસાઈ']);
	});
});

describe('findPeople, names listed after a plural title', () => {
	it.each([
		[
			'બેઠક બાદ મંત્રીઓ ઋષિકેશ પટેલ, કુંવરજી બાવળિયા અને હર્ષ સંઘવીએ વિગતો આપી.',
			['ઋષિકેશ પટેલ', 'કુંવરજી બાવળિયા', 'હર્ષ સંઘવી']
		],
		['ખેલાડીઓ રોહિત શર્મા અને વિરાટ કોહલી મેદાન પર ઉતર્યા.', ['રોહિત શર્મા', 'વિરાટ કોહલી']],
		[
			'સાંસદો મનસુખ વસાવા, ગીતાબેન રાઠવા તથા જશવંતસિંહ ભાભોરે રજૂઆત કરી.',
			['મનસુખ વસાવા', 'ગીતાબેન રાઠવા', 'જશવંતસિંહ ભાભોર']
		],
		[
			'સર્વશ્રી અરવિંદ લાડાણી, સી. જે. ચાવડા, અને અર્જુન મોઢવાડિયા હાજર હતા.',
			['અરવિંદ લાડાણી', 'સી. જે. ચાવડા', 'અર્જુન મોઢવાડિયા']
		]
	])('regression: finds every name after the plural in %s', (text, found) => {
		expect(people(text)).toEqual(found);
	});

	it('proposes no one after a plural that is not followed by names', () => {
		expect(people('નેતાઓએ હાથ મિલાવ્યા અને મંત્રીઓ મોડા પહોંચ્યા.')).toEqual([]);
		expect(people('અધિકારીઓ હાજર રહ્યા, ધારાસભ્યો વિવિધ વિભાગોની મુલાકાતે ગયા.')).toEqual([]);
		expect(people('ખેલાડીઓ મેદાન પર ઉતર્યા.')).toEqual([]);
	});
});

describe('findPeople, a role after the name', () => {
	it.each([
		['હિરોશી તનાકા, જાપાનના રાજદૂત, પણ હાજર હતા.', ['હિરોશી તનાકા']],
		['હિરોશી તનાકા (રાજદૂત) પણ હાજર હતા.', ['હિરોશી તનાકા']],
		['પિયુષ ગોસાઈ, જેઓ ક્રિકેટ સંઘના પ્રમુખ છે, તેમણે ટીમ જાહેર કરી.', ['પિયુષ ગોસાઈ']],
		[
			'રાજ્યપાલ આચાર્ય દેવવ્રતજી, ભૂપેન્દ્ર પટેલ, મુખ્યમંત્રી, અને સી. આર. પાટીલ, પ્રદેશ ભાજપ પ્રમુખ, આવ્યા.',
			['આચાર્ય દેવવ્રતજી', 'ભૂપેન્દ્ર પટેલ', 'સી. આર. પાટીલ']
		],
		['અનિલ મુકીમ, મુખ્ય સચિવ, બેઠકમાં હતા.', ['અનિલ મુકીમ']]
	])('finds %j in %s', (text, found) => {
		expect(people(text)).toEqual(found);
	});

	it('takes no place or common word for the name a title after the comma belongs to', () => {
		expect(people('ગાંધીનગર, મુખ્યમંત્રી ભૂપેન્દ્ર પટેલે બેઠક યોજી.')).toEqual(['ભૂપેન્દ્ર પટેલ']);
		expect(people('રાજ્યમાં વરસાદ, મુખ્યમંત્રીએ સમીક્ષા કરી.')).toEqual([]);
	});

	it('finds a person by the age in brackets or by નામના, but no party by its seats', () => {
		expect(people('પુત્ર ધવલ (ઉં.વ. ૧૮) અને મહેશભાઈ (૪૫) ઘાયલ થયા.')).toEqual(['ધવલ', 'મહેશભાઈ']);
		expect(people('જયંત ખાખરિયા નામના ખેડૂતે ફરિયાદ કરી.')).toEqual(['જયંત ખાખરિયા']);
		expect(people('આમ આદમી પાર્ટી (૫) અને અપક્ષ (૨) જીત્યા.')).toEqual([]);
	});
});

describe('findPeople, a common surname after a first name', () => {
	it.each([
		['રોહિત શર્માએ ટોસ જીત્યો.', ['રોહિત શર્મા']],
		['નરેન્દ્ર દામોદરદાસ મોદીએ શપથ લીધા.', ['નરેન્દ્ર દામોદરદાસ મોદી']],
		['સરદાર વલ્લભભાઈ પટેલની જન્મજયંતી છે.', ['સરદાર વલ્લભભાઈ પટેલ']],
		['સુખબીર સિંહ બાદલે કહ્યું.', ['સુખબીર સિંહ બાદલ']],
		['ભાજપના સી. આર. પાટીલ અને સી.આર.પાટીલ એક જ છે.', ['સી. આર. પાટીલ', 'સી.આર.પાટીલ']],
		['પ્રિયંકા ગાંધી અને ગૌતમ ગંભીર આવ્યાં.', ['પ્રિયંકા ગાંધી', 'ગૌતમ ગંભીર']],
		// a surname that is also a common word ends no name after a full one
		['મનમોહન સિંહ સરકારે અને નરેન્દ્ર મોદી સરકારે કાયદા કર્યા.', ['મનમોહન સિંહ', 'નરેન્દ્ર મોદી']]
	])('finds %j in %s', (text, found) => {
		expect(people(text)).toEqual(found);
	});

	it('takes a name with its alias whole, the first name before ઉર્ફે included', () => {
		expect(people('પોલીસે વિજય ઉર્ફે લાલો મકવાણાને પકડ્યો.')).toEqual(['વિજય ઉર્ફે લાલો મકવાણા']);
		expect(people('સંચાલક હાર્દિક ઉર્ફે હેરી મનસુખભાઈ સુતરિયાને ઝડપી પાડ્યો.')).toEqual(['હાર્દિક ઉર્ફે હેરી મનસુખભાઈ સુતરિયા']);
		// a word with a case ending before ઉર્ફે is no first name
		expect(people('શહેરના ઉર્ફે લાલો મકવાણા આવ્યા.')).toEqual(['લાલો મકવાણા']);
	});

	it('regression: a place after the name is not part of it (ભૂપેન્દ્ર પટેલ અમદાવાદ)', () => {
		expect(people('ભૂપેન્દ્ર પટેલ અમદાવાદ આવ્યા હતા.')).toEqual(['ભૂપેન્દ્ર પટેલ']);
		expect(people('મુખ્યમંત્રી ભૂપેન્દ્ર પટેલ અમદાવાદ પહોંચ્યા.')).toEqual(['ભૂપેન્દ્ર પટેલ']);
		expect(people('અમદાવાદ ભૂપેન્દ્ર પટેલ માટે જાણીતું છે.', ['અમદાવાદ'])).toEqual(['ભૂપેન્દ્ર પટેલ']);
	});

	it('takes no common word, adjective, number, date, verb or place for the first name', () => {
		const text = [
			'લેઉવા પટેલ સમાજ, એશિયાઈ સિંહ, નર સિંહ, સરકારી વકીલ, સ્થિતિ ગંભીર,',
			'ત્રણ પટેલ, સોમવાર પટેલ, રાષ્ટ્રીય પટેલ, જોકે પટેલે, આવેલા શાહ.'
		].join(' ');
		expect(people(text)).toEqual([]);
		expect(people('સુરત પટેલ', ['સુરત'])).toEqual([]);
		expect(people('અમદાવાદ પહોંચ્યા અમિત શાહ.')).toEqual(['અમિત શાહ']);
	});
});

describe('findPeople, a common first name, initials or a role', () => {
	it.each([
		['ધારાસભ્ય નહીં એવા જિગ્નેશ મેવાણીએ કહ્યું.', ['જિગ્નેશ મેવાણી']],
		['શુભમન ગિલ અને કેએલ રાહુલ ફોર્મમાં છે.', ['શુભમન ગિલ', 'કેએલ રાહુલ']],
		['એમ.એસ. ધોની અને પી. વી. સિંધુ આવ્યા.', ['એમ.એસ. ધોની', 'પી. વી. સિંધુ']],
		['ખેડૂત આગેવાન પાલ આંબલિયાએ આક્ષેપ કર્યો.', ['પાલ આંબલિયા']],
		['પુત્રી સુહાના ખાન પણ ફિલ્મમાં છે.', ['સુહાના ખાન']],
		['પ્રમુખ ઉર્સુલા વોન ડેર લેયેન પણ હાજર હતાં.', ['ઉર્સુલા વોન ડેર લેયેન']]
	])('finds %j in %s', (text, found) => {
		expect(people(text)).toEqual(found);
	});

	it('proposes no first name that is also a word, no acronym and no scheme named after an office', () => {
		expect(people('વિજય સરઘસ નીકળ્યું અને રમેશ સાથે એસટી બસો ગઈ.')).toEqual([]);
		expect(people('પ્રધાનમંત્રી આવાસ યોજના અને મુખ્યમંત્રી અમૃતમ યોજના ચાલે છે.')).toEqual([]);
		expect(people('શિક્ષક ભરતી પ્રક્રિયા શરૂ થઈ.')).toEqual([]);
		// ભૂમિકા is a role as often as a name; a school is no one's surname
		expect(people('તેમણે દાદીની ભૂમિકા ભજવી છે અને રીના શાળાની પહેલી દીકરી છે.')).toEqual([]);
	});

	it('keeps a first name before a father’s name when either is known: Christian, Muslim, Parsi and Sikh names', () => {
		expect(people('હાઇસ્કૂલની ક્રિસ્ટીના જ્હોન મેકવાને બાજી મારી.')).toEqual(['ક્રિસ્ટીના જ્હોન મેકવાન']);
		expect(people('ફોરમેન ઝેવિયર ફ્રાન્સિસ મેકવાને કહ્યું.')).toEqual(['ઝેવિયર ફ્રાન્સિસ મેકવાન']);
		expect(people('શાળાની હુસૈના મુર્તઝા લોખંડવાલાએ પ્રથમ ક્રમ મેળવ્યો.')).toEqual(['હુસૈના મુર્તઝા લોખંડવાલા']);
		expect(people('કોંગ્રેસના ઇમરાનખાન યુસુફખાન પઠાણને હરાવ્યા.')).toEqual(['ઇમરાનખાન યુસુફખાન પઠાણ']);
		expect(people('ગુરપ્રીત સંધુ અને રુસ્તમ ફિરોઝ કોન્ટ્રાક્ટર આવ્યા.')).toEqual(['ગુરપ્રીત સંધુ', 'રુસ્તમ ફિરોઝ કોન્ટ્રાક્ટર']);
		// a daughter's name with her father's: ખુશી is a word too, but not before a father's -ભાઈ name
		expect(people('સાત વર્ષની ખુશી ચંદ્રેશભાઈ નકુમના ગાલ પર દોરી ઘસાઈ.')).toEqual(['ખુશી ચંદ્રેશભાઈ નકુમ']);
	});

	it('takes a trade or office before a name for no part of it', () => {
		const text = [
			'ઇએમટી ભાવેશ ગોહિલ અને પાઇલટ કિશોરસિંહ જાડેજા પહોંચ્યા,',
			'ગામના ચોકીદાર વેલજી ડાભીની જુબાની, સાહિત્યના અભ્યાસી કાંતિલાલ વસાવા,',
			'જનરલ મેનેજર વિવેક કુમાર ગુપ્તાએ કહ્યું.'
		].join(' ');
		expect(people(text)).toEqual(['ભાવેશ ગોહિલ', 'કિશોરસિંહ જાડેજા', 'વેલજી ડાભી', 'કાંતિલાલ વસાવા', 'વિવેક કુમાર ગુપ્તા']);
	});

	it('takes a driver joined to his vehicle, every and a pilgrim’s title for no part of a name', () => {
		expect(people('ટ્રેક્ટરચાલક હુસેન ઇસ્માઇલ સમા ઘાયલ થયા.')).not.toContainEqual(expect.stringContaining('ટ્રેક્ટરચાલક'));
		expect(people('ધર્મેશભાઈ દર દિવાળીએ વતન આવે છે.')).toEqual(['ધર્મેશભાઈ']);
		expect(people('વહાણના માલિક હાજી ઇબ્રાહિમ ઓસમાણ ભાયાએ જણાવ્યું.')).toEqual(['ઇબ્રાહિમ ઓસમાણ ભાયા']);
	});

	it('finds the names of Jain monks and nuns, a name with -દેવી, and a surname before a surname', () => {
		expect(people('આચાર્ય વિજય કીર્તિશેખરસૂરીશ્વરજી મહારાજના હસ્તે સાધ્વી હેમપ્રભાશ્રીજીએ દીક્ષા આપી.')).toEqual([
			'વિજય કીર્તિશેખરસૂરીશ્વરજી',
			'હેમપ્રભાશ્રીજી'
		]);
		expect(people('માતા પુષ્પાદેવીએ કુળદેવીની પૂજા કરી.')).toEqual(['પુષ્પાદેવી']);
		expect(people('કોંગ્રેસના ઇમ્તિયાઝ હુસેન પઠાણને હરાવ્યા, ખલાસી જુસબ ઇસ્માઇલ સંઘાર લાપતા છે.')).toEqual([
			'ઇમ્તિયાઝ હુસેન પઠાણ',
			'જુસબ ઇસ્માઇલ સંઘાર'
		]);
	});

	it('takes a school’s kind for no part of its founder’s name, and a tribal first name in -સિંગ before a father’s', () => {
		expect(people('શ્રી એમ. કે. ભાભોર સાર્વજનિક માધ્યમિક શાળાની ટીમ જીતી.')).toEqual(['એમ. કે. ભાભોર']);
		expect(people('રેઇડર કલસિંગ નરસિંગભાઈ ડામોરે ૧૪ પોઇન્ટ મેળવ્યા.')).toEqual(['કલસિંગ નરસિંગભાઈ ડામોર']);
	});

	it('takes no medal, last or silver for a surname', () => {
		expect(people('રોહિતે રજત ચંદ્રક જીત્યો અને કોચે કહ્યું કે રોહિત અંતિમ ૧૦૦ મીટરમાં ઝડપ વધારે છે.')).toEqual([]);
	});

	it('regression: a role before a verb and its object proposes no one (પતિ શાકભાજી લેવા)', () => {
		expect(people('તેમના પતિ શાકભાજી લેવા ગયા ત્યારે ઘટના બની.')).toEqual([]);
	});
});

describe('findPeople, where a name stops', () => {
	it('never runs a name across a comma, a quote or a line break', () => {
		expect(people('મંત્રી રમેશ, પટેલ સમાજ')).toEqual(['રમેશ']);
		expect(people('મંત્રી રમેશ "ચાવડા" આવ્યા')).toEqual(['રમેશ']);
		expect(people('મંત્રી રમેશ\nચાવડા આવ્યા')).toEqual(['રમેશ']);
	});

	it('proposes no known place as a person, nor a word with a place ending', () => {
		expect(people('વડાપ્રધાન અમદાવાદ પહોંચ્યા.', ['અમદાવાદ'])).toEqual([]);
		expect(people('વડાપ્રધાન દિલ્હીથી અમદાવાદ આવ્યા.')).toEqual([]);
		expect(people('રાજ્યપાલ આચાર્ય દેવવ્રતજી, મુખ્યમંત્રી સાથે આવ્યા.')).toEqual(['આચાર્ય દેવવ્રતજી']);
	});
});

describe('findPeople, longer and less common names', () => {
	it('keeps a father’s name with its ભાઈ between a first name and the surname', () => {
		expect(people('ગામના મગનભાઈ છગનભાઈ ધોરાજીયાએ ફરિયાદ નોંધાવી.')).toEqual(['મગનભાઈ છગનભાઈ ધોરાજીયા']);
		expect(people('મૃતક વતની નિર્મળાબેન હરેશભાઈ ભંડેરીનો મૃતદેહ મળ્યો.')).toEqual(['નિર્મળાબેન હરેશભાઈ ભંડેરી']);
		// or a father's name without one, after a first name with its honorific
		expect(people('ગામનાં કમળાબેન ભીખા પરમારે ફરિયાદ કરી.')).toEqual(['કમળાબેન ભીખા પરમાર']);
		// a first name with ભાઈ still ends after the word that follows it
		expect(people('રમેશભાઈ સોરઠિયા ટ્રેક્ટરમાં આવ્યા.')).toEqual(['રમેશભાઈ સોરઠિયા']);
	});

	it('lets each particle of an Arabic name in one more word (બિન, અલ)', () => {
		expect(people('સાઉદીના વિદેશ મંત્રી ફૈઝલ બિન ફરહાન અલ સઉદે કહ્યું.')).toEqual(['ફૈઝલ બિન ફરહાન અલ સઉદ']);
		expect(people('અમીરાતના રાષ્ટ્રપતિ શેખ મોહમ્મદ બિન ઝાયેદ અલ નાહયાનની મુલાકાત થઈ.')).toEqual([
			'શેખ મોહમ્મદ બિન ઝાયેદ અલ નાહયાન'
		]);
	});

	it('takes two initials with their dots as a person’s whatever the name after them', () => {
		expect(people('બેઠકમાં જે. એન. ગોરસિયાએ રજૂઆત કરી.')).toEqual(['જે. એન. ગોરસિયા']);
		// one initial needs a known name: કે is also "that"
		expect(people('તેમણે કહ્યું કે. ગોરસિયા આવ્યા.')).toEqual([]);
	});

	it('begins no name with a participle, and ends one at ભાગ, મુખ્ય and મહેમાન', () => {
		expect(people('ટીમમાંથી બહાર ચાલી રહેલા ઐયરની બેટિંગ જોવા લોકો આવ્યા.')).toEqual([]);
		expect(people('રાજદૂત એરિક ગાર્સેટી ભાગ લેશે.')).toEqual(['એરિક ગાર્સેટી']);
		expect(people('પ્રોફેસર ડૉ. આર. એમ. ઠાકર મુખ્ય મહેમાન હતા.')).toEqual(['આર. એમ. ઠાકર']);
		expect(people('ડૉ. નીતા ગોરસિયા મહેમાન તરીકે આવ્યાં.')).toEqual(['નીતા ગોરસિયા']);
	});
});

describe('findPeople, names news of Gujarat gives', () => {
	it('takes -બાનુ and -કુમાર joined to a first name as an honorific', () => {
		expect(people('વિજેતા શબનમબાનુને ઇનામ મળ્યું.')).toEqual(['શબનમબાનુ']);
		expect(people('ગઈકાલે દિલીપકુમાર ઓરાંવે ફરિયાદ કરી.')).toEqual(['દિલીપકુમાર ઓરાંવ']);
	});

	it('knows Muslim, Parsi, Christian and tribal surnames of Gujarat', () => {
		expect(people('ગામના આયશા મલેક અને જોસેફ મેકવાન આવ્યા.')).toEqual(['આયશા મલેક', 'જોસેફ મેકવાન']);
		expect(people('સભામાં પરવેઝ બાટલીવાલા અને સુનિલ ભગોરાએ ભાષણ આપ્યું.')).toEqual(['પરવેઝ બાટલીવાલા', 'સુનિલ ભગોરા']);
	});

	it('takes a father’s initial in Gujarati letters into the name', () => {
		expect(people('ટ્રસ્ટી નટવરલાલ મ. ભટ્ટે માહિતી આપી.')).toEqual(['નટવરલાલ મ. ભટ્ટ']);
		// આયોજક, an organiser, is a role and no first name
		expect(people('આયોજક નટવરલાલ મ. ભટ્ટે માહિતી આપી.')).toEqual(['નટવરલાલ મ. ભટ્ટ']);
	});

	it('begins no name with રહેતા, a resident', () => {
		expect(people('હાલ નડિયાદમાં રહેતા મુકેશ વર્માએ ફરિયાદ કરી.', ['નડિયાદ'])).toEqual(['મુકેશ વર્મા']);
		expect(people('ત્યાં રહેતા વર્માએ ફરિયાદ કરી.')).toEqual([]);
	});
});

describe('findPeople, verbs before an auxiliary', () => {
	it('reads a verb stem with its ending before છે, હતા or નથી as no name, though માન is a surname', () => {
		expect(people('સંઘના પ્રમુખ માને છે કે ભાવ વધશે.')).toEqual([]);
		expect(people('તે સમયે મંત્રી માનતા હતા કે યોજના સફળ થશે.')).toEqual([]);
		expect(people('ટીમના કોચ જાણતા નથી કે કોણ રમશે.')).toEqual([]);
		// the sentences the bug was seen in
		expect(people('૧૯૮૩ પછી આ સૌથી ભારે વરસાદ હોવાનું નિષ્ણાતો માને છે.')).toEqual([]);
		expect(people('આ વર્ષે ગરમી વધુ પડશે એવું નિષ્ણાતો માને છે.')).toEqual([]);
	});

	it('keeps a whole name before the auxiliary', () => {
		expect(people('બોર્ડના અધ્યક્ષ ભરત દવે છે.')).toEqual(['ભરત દવે']);
		expect(people('ટીમના કોચ ગીતા હતા.')).toEqual(['ગીતા']);
	});
});
