import { describe, expect, it } from 'vitest';
import { findPlaces } from './places';
import { wordsOf } from './words';

/** The places found in a sentence, as "text kind". */
function places(text: string): string[] {
	return findPlaces(text, wordsOf(text)).map((f) => `${text.slice(f.start, f.end)} ${f.kind}`);
}

describe('findPlaces', () => {
	it('finds a city before શહેર, or after a bare શહેર or રાજધાની', () => {
		expect(places('મેળો ભુજ શહેરમાં યોજાયો.')).toEqual(['ભુજ city']);
		expect(places('પૂર્વીય શહેર નાસિકના સ્ટેશન પર.')).toEqual(['નાસિક city']);
		expect(places('તે દેશની રાજધાની કાઠમંડુ પરત ફર્યા.')).toEqual(['કાઠમંડુ city']);
	});

	it('finds a hotel with its name, and takes no bare હોટલ before ખાતે for a town', () => {
		expect(places('વાર્ષિક બેઠક ગ્રાન્ડ ભગવતી હોટલ ખાતે યોજાઈ.')).toEqual(['ગ્રાન્ડ ભગવતી હોટલ site']);
		expect(places('લગ્ન સાસણના ગીર જંગલ રિસોર્ટમાં થયાં.')).toEqual(['ગીર જંગલ રિસોર્ટ site']);
		expect(places('ખેલાડીઓ હોટલ ખાતે રોકાયા.')).toEqual([]);
	});

	it('takes no verb after a bare શહેર or ગામ for a name: શહેર ડૂબે છે', () => {
		expect(places('દર ચોમાસે શહેર ડૂબે છે, ગામ ભીંજાય છે.')).toEqual([]);
		expect(places('આખું શહેર પાણીમાં હતું, પણ ગામ ઝીંઝુવાડા બચ્યું.')).toEqual(['ઝીંઝુવાડા city']);
	});

	it('finds a school or a hall with the words of its name, and stops at a participle', () => {
		expect(places('પરીક્ષા ડી. એન. વ્યાસ હાઇસ્કૂલ અને ગ્રીનફિલ્ડ ઇન્ટરનેશનલ સ્કૂલમાં લેવાઈ.')).toEqual([
			'ડી. એન. વ્યાસ હાઇસ્કૂલ site',
			'ગ્રીનફિલ્ડ ઇન્ટરનેશનલ સ્કૂલ site'
		]);
		expect(places('સભા ઠક્કરબાપા ટાઉન હોલમાં મળી.')).toEqual(['ઠક્કરબાપા ટાઉન હોલ site']);
		// an event held there is no part of its name
		expect(places('ઇનામ વિતરણ ઠક્કરબાપા ટાઉન હોલમાં થશે.')).toEqual(['ઠક્કરબાપા ટાઉન હોલ site']);
		expect(places('દીવડાથી સજાવેલા રામજી મંદિરમાં આરતી થઈ.')).toEqual(['રામજી મંદિર site']);
	});

	it('takes no verb or unit before શહેર or a site for a name: લાલચ આપી શહેરના, ૫૨ ટકા ધાનપુર', () => {
		expect(places('લાલચ આપી શહેરના લોકોને છેતર્યા.')).toEqual([]);
		expect(places('સૌથી ઓછું ૫૨ ટકા ધાનપુર કેન્દ્રનું પરિણામ.')).toEqual([]);
	});

	it('finds a region before પંથક', () => {
		expect(places('ઘેડ પંથકમાં પાણી ભરાયાં.')).toEqual(['ઘેડ region']);
	});

	it('finds a district, an island and a named region', () => {
		expect(places('ભરૂચ જિલ્લાના ગામોમાં વરસાદ પડ્યો.')).toEqual(['ભરૂચ region']);
		expect(places('તે દીવ ટાપુ પર રહે છે.')).toEqual(['દીવ region']);
		expect(places('ઉત્તર પ્રદેશમાં ચૂંટણી છે અને રોબેન આઇલેન્ડમાં જેલ હતી.')).toEqual([
			'ઉત્તર પ્રદેશ region',
			'રોબેન આઇલેન્ડ region'
		]);
	});

	it('finds a site with the words of its name, and the city its airport or station belongs to', () => {
		expect(places('અમદાવાદના સરદાર પટેલ એરપોર્ટ પર સ્વાગત થયું.')).toEqual([
			'સરદાર પટેલ એરપોર્ટ site',
			'અમદાવાદ city'
		]);
		// every town has a railway station: the town is what the sentence names
		expect(places('રાજકોટના રેલવે સ્ટેશન પર ભીડ હતી.')).toEqual(['રાજકોટ city']);
		expect(places('તેમણે એક એરક્રાફ્ટ પ્લાન્ટની મુલાકાત લીધી.')).toEqual(['એરક્રાફ્ટ પ્લાન્ટ site']);
	});

	it('finds a place before ખાતે or નજીક', () => {
		expect(places('સભા ગાંધીનગર ખાતે મળી.')).toEqual(['ગાંધીનગર city']);
		expect(places('તે વલસાડ નજીકના બંદરે ગયા.')).toEqual(['વલસાડ city']);
	});

	it('finds the place whose ruler a title names, with a compass word before it', () => {
		expect(places('દક્ષિણ આફ્રિકાના રાષ્ટ્રપતિ બોલ્યા અને સુરતના મેયર આવ્યા.')).toEqual([
			'દક્ષિણ આફ્રિકા country',
			'સુરત city'
		]);
	});

	it('finds a place "-માં આવેલું", but not a verb in the passive', () => {
		expect(places('કચ્છમાં આવેલું રણ જોવા જેવું છે.')).toEqual(['કચ્છ city']);
		expect(places('તેમને દર્શાવવામાં આવેલા વિમાનો નવા હતા.')).toEqual([]);
	});

	it('finds the West as a party, not as a direction', () => {
		expect(places('પશ્ર્ચિમે પ્રતિબંધો મૂક્યા અને પશ્ચિમ સાથે મડાગાંઠ છે.')).toEqual(['પશ્ર્ચિમ region', 'પશ્ચિમ region']);
		expect(places('રાજ્યના પશ્ચિમ ભાગમાં અને પશ્ચિમી પવનથી વરસાદ પડ્યો.')).toEqual([]);
	});

	it('finds a region named with English East or West after a word', () => {
		expect(places('રશિયાના ફાર ઇસ્ટનું પ્રતિનિધિમંડળ અને મિડલ ઈસ્ટમાં તણાવ.')).toEqual(['ફાર ઇસ્ટ region', 'મિડલ ઈસ્ટ region']);
	});

	it('finds a site with two words before સ્થળ or કેન્દ્ર, and none after a word that ends the name', () => {
		expect(places('સમિટ રશિયાના મુખ્ય અવકાશ પ્રક્ષેપણ સ્થળ પર યોજાઈ.')).toEqual(['અવકાશ પ્રક્ષેપણ સ્થળ site']);
		// સ્થિત ends the site's name, and says the word before it is a place
		expect(places('આ એક જાણીતું પ્રવાસન સ્થળ છે અને અમદાવાદ સ્થિત હવામાન કેન્દ્રએ આગાહી કરી.')).toEqual(['અમદાવાદ city']);
	});

	it('finds a place by what is said of it: an area, a home, a constituency, a gate or junction', () => {
		expect(places('બેડી વિસ્તારમાં રહેતા યુવાનને ઈજા થઈ, ગ્રામ્ય વિસ્તારમાં વરસાદ પડ્યો.')).toEqual(['બેડી region']);
		expect(places('૩૫,૦૦૦ ચોરસ કિલોમીટર વિસ્તારમાં ગણતરી થઈ.')).toEqual([]);
		expect(places('લાઠીના વતની પાર્થ ગુલાબનગરમાં રહેતા હતા.')).toEqual(['લાઠી city', 'ગુલાબનગર city']);
		expect(places('જાલોરના સાંસદ અને ધોરાજીના ધારાસભ્ય આવ્યા.')).toEqual(['જાલોર city', 'ધોરાજી city']);
		expect(places('ખંભાળિયા ગેટ અને માધાપર ચોકડી પર ભીડ હતી.')).toEqual(['ખંભાળિયા ગેટ site', 'માધાપર ચોકડી site']);
	});

	it('finds a village whose name begins with its size, a place come from, a river, and one known as a home', () => {
		expect(places('માંડવી તાલુકાના નાના આસંબિયા ગામના વતની દીક્ષા લેશે.')).toEqual(['માંડવી region', 'નાના આસંબિયા city']);
		expect(places('સિરોહીથી આવેલા ભક્તો અને દૂરથી આવેલા લોકો જોડાયા.')).toEqual(['સિરોહી city']);
		// home and the in-laws' are no places; the village before ગામેથી is
		expect(places('સોજિત્રા ગામેથી આવેલા સ્વજનો, વતનથી આવેલા લોકો અને સાસરેથી આવેલી દીકરી.')).toEqual(['સોજિત્રા city']);
		expect(places('સોનરખ નદીનાં પૂર, પાલી જિલ્લાના સાદડીના મૂળ વતની.')).toEqual(['સોનરખ region', 'પાલી region', 'સાદડી city']);
		// a name that ends like an adjective (-ીયા) is a town's all the same
		expect(places('સાવરકુંડલા અને લીલીયા પંથકમાં વરસાદ.')).toEqual(['લીલીયા region']);
	});

	it('finds sites with a title, a police station, a sanctuary and a Jain hall; a road is no site', () => {
		const text = 'શેઠ કે. એમ. દેસાઈ હાઈસ્કૂલ, ઇડર પોલીસ સ્ટેશન, ખીજડિયા પક્ષી અભયારણ્ય, અમૃત વિહાર ઉપાશ્રય અને સર્વિસ રોડ.';
		expect(places(text)).toEqual([
			'શેઠ કે. એમ. દેસાઈ હાઈસ્કૂલ site',
			'ઇડર પોલીસ સ્ટેશન site',
			'ખીજડિયા પક્ષી અભયારણ્ય site',
			'અમૃત વિહાર ઉપાશ્રય site'
		]);
	});

	it('takes a procession, a vehicle or an adverb before a site for no part of its name', () => {
		expect(places('યાત્રા શિશુવિહાર સર્કલ થઈને ગઈ, સ્વજનો તુરંત હોસ્પિટલે દોડ્યા.')).toEqual(['શિશુવિહાર સર્કલ site']);
		expect(places('ડૉ. ત્રિવેદીના નેતૃત્વમાં આવેલી ટીમ.')).toEqual([]);
	});

	it('takes words every such site has for no site’s name: the police station, the civil hospital', () => {
		expect(places('સ્થાનિક પોલીસ સ્ટેશનમાં ફરિયાદ થઈ, તેને સિવિલ હોસ્પિટલમાં ખસેડાયો.')).toEqual([]);
		expect(places('મેઈન ગેટ પાસે, હાઉસિંગ સોસાયટીમાં, પક્ષી અભયારણ્યમાં અને જૈન ઉપાશ્રયમાં.')).toEqual([]);
		expect(places('ગીર નેશનલ પાર્ક અને વંથલી સામૂહિક આરોગ્ય કેન્દ્ર.')).toEqual([
			'ગીર નેશનલ પાર્ક site',
			'વંથલી સામૂહિક આરોગ્ય કેન્દ્ર site'
		]);
		expect(places('ગાંભોઈ પોલીસ સ્ટેશનના પીએસઆઈ આવ્યા.')).toEqual(['ગાંભોઈ પોલીસ સ્ટેશન site']);
	});

	it('takes no ordinal, verb, participle or pronoun before a site or a town’s noun for a name', () => {
		expect(places('સાયખા જીઆઈડીસી ખાતે ત્રીજો પ્લાન્ટ ઊભો કરાશે.')).toEqual(['સાયખા જીઆઈડીસી site']);
		expect(places('તે ઢોર ચરાવવા ડુંગરે દોડતો, આજે આખું ગામ એના નામે ઓળખાય છે.')).toEqual([]);
		expect(places('બનાવ નજરે જોનાર ગામના ચોકીદારે જુબાની આપી, દીપડા અવારનવાર ગામ તરફ આવે છે.')).toEqual([]);
		expect(places('ટીમે દરિયામાં આવેલા ટાપુ પર ગણતરી કરી, દૂતાવાસના રાજદૂત આવ્યા.')).toEqual([]);
		expect(places('પોલીસ આવતાં ગામ ખાલી થયું.')).toEqual([]);
	});

	it('finds a site named after a person, with an adjective of its name: the airport of Ahmedabad', () => {
		expect(places('હૃદય સરદાર વલ્લભભાઈ પટેલ આંતરરાષ્ટ્રીય એરપોર્ટ પર પહોંચ્યું.')).toEqual([
			'સરદાર વલ્લભભાઈ પટેલ આંતરરાષ્ટ્રીય એરપોર્ટ site'
		]);
	});

	it('finds a site named with common words and initials: ક્રિકેટ ગ્રાઉન્ડ, યુ. આર. રાવ', () => {
		expect(places('ટેસ્ટ મેલબોર્ન ક્રિકેટ ગ્રાઉન્ડ પર રમાશે.')).toEqual(['મેલબોર્ન ક્રિકેટ ગ્રાઉન્ડ site']);
		expect(places('માળખું બેંગલુરુના યુ. આર. રાવ સેટેલાઇટ સેન્ટરમાં જોડાયું.')).toEqual(['યુ. આર. રાવ સેટેલાઇટ સેન્ટર site']);
	});

	it('finds a site named by initials alone, two or more: જે. જે. હોસ્પિટલ, not a lone બી. હોલ', () => {
		expect(places('દર્દીને જે. જે. હોસ્પિટલમાં ખસેડાયો.')).toEqual(['જે. જે. હોસ્પિટલ site']);
		expect(places('પરીક્ષા પી. ટી. સી. કોલેજમાં લેવાઈ.')).toEqual(['પી. ટી. સી. કોલેજ site']);
		// the name the extractor missed
		expect(places('પદવીદાન એમ. એસ. યુનિવર્સિટીમાં થયું.')).toEqual(['એમ. એસ. યુનિવર્સિટી site']);
		expect(places('સભા બી. હોલમાં મળી.')).toEqual([]);
	});

	it('proposes no adjective, state media, council or bare noun as a place', () => {
		expect(places('ચીની રાજ્ય મીડિયા અનુસાર રાષ્ટ્રીય સુરક્ષા પરિષદના પ્રવક્તા બોલ્યા.')).toEqual([]);
		expect(places('ભારતના સૌથી મોટા ટાપુના એક્વેરિયમ ખાતે અને નજીકના એરપોર્ટ પર.')).toEqual([]);
		expect(places('બંને દેશો વચ્ચે, આ દેશ અને તેમનો દેશ.')).toEqual([]);
	});
});
