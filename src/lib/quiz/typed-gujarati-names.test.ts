import { describe, expect, it } from 'vitest';
import { checkTyped } from './typed';

/** Gujarati names and places with the English spelling a student types, as a tester reported them wrong. */
const REPORTED: readonly (readonly [string, string])[] = [
	['જીવરાજ મહેતા', 'Jivraj Mehta'],
	['જામનગર', 'Jamnagar'],
	['ભાવનગર', 'Bhavnagar'],
	['મહેસાણા', 'Mehsana'],
	['કચ્છ', 'Kutch'],
	['હંસા મહેતા', 'Hansa Mehta']
];

/**
 * Kept apart: written before the rules for the reported names were changed, and not tuned on.
 * People with dropped vowels and common surnames, Gujarat's towns and districts, -nagar, -pur and -abad.
 */
const HELD_OUT: readonly (readonly [string, string])[] = [
	['મોરારજી દેસાઈ', 'Morarji Desai'],
	['ઝવેરચંદ મેઘાણી', 'Zaverchand Meghani'],
	['કનૈયાલાલ મુનશી', 'Kanaiyalal Munshi'],
	['ઉમાશંકર જોશી', 'Umashankar Joshi'],
	['વિક્રમ સારાભાઈ', 'Vikram Sarabhai'],
	['ધીરુભાઈ અંબાણી', 'Dhirubhai Ambani'],
	['આનંદીબેન પટેલ', 'Anandiben Patel'],
	['કેશુભાઈ પટેલ', 'Keshubhai Patel'],
	['શંકરસિંહ વાઘેલા', 'Shankersinh Vaghela'],
	['માધવસિંહ સોલંકી', 'Madhavsinh Solanki'],
	['ચીમનભાઈ પટેલ', 'Chimanbhai Patel'],
	['વિજય રૂપાણી', 'Vijay Rupani'],
	['મનસુખ માંડવિયા', 'Mansukh Mandaviya'],
	['પરષોત્તમ રૂપાલા', 'Parshottam Rupala'],
	['હાર્દિક પંડ્યા', 'Hardik Pandya'],
	['ચેતેશ્વર પૂજારા', 'Cheteshwar Pujara'],
	['પાર્થિવ પટેલ', 'Parthiv Patel'],
	['અક્ષર પટેલ', 'Axar Patel'],
	['રવીન્દ્ર જાડેજા', 'Ravindra Jadeja'],
	['જિજ્ઞેશ મેવાણી', 'Jignesh Mevani'],
	['અલ્પેશ ઠાકોર', 'Alpesh Thakor'],
	['અનિલ ત્રિવેદી', 'Anil Trivedi'],
	['ભાવેશ ભટ્ટ', 'Bhavesh Bhatt'],
	['નીલેશ જોશી', 'Nilesh Joshi'],
	['ધર્મેશ પંડ્યા', 'Dharmesh Pandya'],
	['ચિરાગ દવે', 'Chirag Dave'],
	['પ્રકાશ વ્યાસ', 'Prakash Vyas'],
	['રાજેશ પરમાર', 'Rajesh Parmar'],
	['કમલેશ શાહ', 'Kamlesh Shah'],
	['હસમુખ અઢિયા', 'Hasmukh Adhia'],
	['જમશેદજી ટાટા', 'Jamshedji Tata'],
	['શહેઝાદ પૂનાવાલા', 'Shehzad Poonawalla'],
	['રહેમાન', 'Rehman'],
	['મહેમૂદ', 'Mehmood'],
	['સુરેશ દલાલ', 'Suresh Dalal'],
	['અમરસિંહ ચૌધરી', 'Amarsinh Chaudhary'],
	['નરહરિ અમીન', 'Narhari Amin'],
	['ગુણવંત શાહ', 'Gunvant Shah'],
	['ઈશ્વર પરમાર', 'Ishwar Parmar'],
	['વલસાડ', 'Valsad'],
	['નવસારી', 'Navsari'],
	['ગોધરા', 'Godhra'],
	['પાલનપુર', 'Palanpur'],
	['સુરેન્દ્રનગર', 'Surendranagar'],
	['જૂનાગઢ', 'Junagadh'],
	['પોરબંદર', 'Porbandar'],
	['અમરેલી', 'Amreli'],
	['ભરૂચ', 'Bharuch'],
	['આણંદ', 'Anand'],
	['ખેડા', 'Kheda'],
	['દાહોદ', 'Dahod'],
	['બોટાદ', 'Botad'],
	['હિંમતનગર', 'Himmatnagar'],
	['વિસનગર', 'Visnagar'],
	['વડનગર', 'Vadnagar'],
	['સિદ્ધપુર', 'Sidhpur'],
	['જેતપુર', 'Jetpur'],
	['વેરાવળ', 'Veraval'],
	['બારડોલી', 'Bardoli'],
	['અંકલેશ્વર', 'Ankleshwar'],
	['વાપી', 'Vapi'],
	['લીંબડી', 'Limbdi'],
	['રાધનપુર', 'Radhanpur'],
	['વિરમગામ', 'Viramgam'],
	['પાલીતાણા', 'Palitana'],
	['બનાસકાંઠા', 'Banaskantha'],
	['સાબરકાંઠા', 'Sabarkantha'],
	['પંચમહાલ', 'Panchmahal'],
	['મહીસાગર', 'Mahisagar'],
	['છોટા ઉદેપુર', 'Chhota Udepur'],
	['અંબાજી', 'Ambaji'],
	['પાવાગઢ', 'Pavagadh'],
	['શામળાજી', 'Shamlaji'],
	['સાબરમતી', 'Sabarmati'],
	['ઉદયપુર', 'Udaipur'],
	['જોધપુર', 'Jodhpur'],
	['નાગપુર', 'Nagpur'],
	['શ્રીનગર', 'Srinagar'],
	['ફરીદાબાદ', 'Faridabad'],
	['ગાઝિયાબાદ', 'Ghaziabad'],
	['ઔરંગાબાદ', 'Aurangabad'],
	['અહમદનગર', 'Ahmednagar'],
	['વલ્લભ વિદ્યાનગર', 'Vallabh Vidyanagar'],
	['ધોળકા', 'Dholka'],
	['ગોંડલ', 'Gondal'],
	['મહેમદાવાદ', 'Mehmedabad'],
	['ખંભાત', 'Khambhat'],
	['ઊંઝા', 'Unjha'],
	['કરમસદ', 'Karamsad'],
	['તાપી', 'Tapi'],
	['ડાંગ', 'Dang']
];

/**
 * Written when Jignesh and Himmatnagar above were still wrong, to see how far a rule for જ્ઞ and one for
 * an anusvara before મ go; the rules were made on these (53 of 62 before, 62 after).
 */
const SPOKEN_CLUSTERS: readonly (readonly [string, string])[] = [
	['ઇન્દુલાલ યાજ્ઞિક', 'Indulal Yagnik'],
	['પ્રજ્ઞા', 'Pragna'],
	['વિજ્ઞાન', 'Vigyan'],
	['હિંમત', 'Himmat'],
	['સંમેલન', 'Sammelan'],
	['સંમતિ', 'Sammati'],
	['અંબિકા', 'Ambika'],
	['શંભુ', 'Shambhu'],
	['ચંપા', 'Champa'],
	['સંઘવી', 'Sanghvi'],
	['ઉમંગ', 'Umang'],
	['મનમોહન સિંહ', 'Manmohan Singh'],
	['જ્યોતિ', 'Jyoti'],
	['દ્વારકા', 'Dwarka'],
	['સોમનાથ', 'Somnath'],
	['મોડાસા', 'Modasa'],
	['ગઢડા', 'Gadhada'],
	['ધ્રાંગધ્રા', 'Dhrangadhra'],
	['કેશોદ', 'Keshod'],
	['માંડવી', 'Mandvi'],
	['ઓખા', 'Okha'],
	['થરાદ', 'Tharad'],
	['ડીસા', 'Deesa'],
	['પાટણ', 'Patan'],
	['ઇડર', 'Idar'],
	['લુણાવાડા', 'Lunawada'],
	['ઝાલોદ', 'Jhalod'],
	['સંતરામપુર', 'Santrampur'],
	['રાજુલા', 'Rajula'],
	['મહુવા', 'Mahuva'],
	['ઉપલેટા', 'Upleta'],
	['ધોરાજી', 'Dhoraji'],
	['વાંકાનેર', 'Wankaner'],
	['મોરબી', 'Morbi'],
	['હળવદ', 'Halvad'],
	['જસદણ', 'Jasdan'],
	['સાવરકુંડલા', 'Savarkundla'],
	['તળાજા', 'Talaja'],
	['નરસિંહ મહેતા', 'Narsinh Mehta'],
	['પ્રેમાનંદ', 'Premanand'],
	['દલપતરામ', 'Dalpatram'],
	['કલાપી', 'Kalapi'],
	['રવિશંકર મહારાજ', 'Ravishankar Maharaj'],
	['ઠક્કર બાપા', 'Thakkar Bapa'],
	['ભૂપેન્દ્ર પટેલ', 'Bhupendra Patel'],
	['નરેશ કનોડિયા', 'Naresh Kanodia'],
	['ફાલ્ગુની પાઠક', 'Falguni Pathak'],
	['કિંજલ દવે', 'Kinjal Dave'],
	['ગીતા રબારી', 'Geeta Rabari'],
	['ઇરફાન પઠાણ', 'Irfan Pathan'],
	['જસપ્રીત બુમરાહ', 'Jasprit Bumrah'],
	['શુભમન ગિલ', 'Shubman Gill'],
	['સ્મૃતિ ઈરાની', 'Smriti Irani'],
	['ઊર્જિત પટેલ', 'Urjit Patel'],
	['અઝીમ પ્રેમજી', 'Azim Premji'],
	['ગૌતમ અદાણી', 'Gautam Adani'],
	['કરસનભાઈ પટેલ', 'Karsanbhai Patel'],
	['સંજીવ કુમાર', 'Sanjeev Kumar'],
	['પરેશ રાવલ', 'Paresh Rawal'],
	['યજ્ઞેશ', 'Yagnesh'],
	['સંમાન', 'Samman'],
	['કુંભારિયા', 'Kumbhariya']
];

/** Kept apart: written before those rules, and not tuned on (38 of 45 before, 44 after). */
const HELD_OUT_CLUSTERS: readonly (readonly [string, string])[] = [
	['જ્ઞાનેશ', 'Gyanesh'],
	['અજ્ઞા', 'Agna'],
	['રાજ્ઞી', 'Ragni'],
	['સંજ્ઞા', 'Sangna'],
	['ચિંતન', 'Chintan'],
	['કુંભ', 'Kumbh'],
	['સંપૂર્ણ', 'Sampurna'],
	['સિંહ', 'Singh'],
	['યુવરાજ સિંહ', 'Yuvraj Singh'],
	['ભગતસિંહ', 'Bhagat Singh'],
	['ગુરમીત', 'Gurmeet'],
	['રંભા', 'Rambha'],
	['બિંબ', 'Bimb'],
	['સુમન', 'Suman'],
	['જશવંતસિંહ', 'Jaswantsinh'],
	['કાંકરિયા', 'Kankaria'],
	['લાલ દરવાજા', 'Lal Darwaja'],
	['ભદ્રનો કિલ્લો', 'Bhadra no Killo'],
	['અડાલજ', 'Adalaj'],
	['લોથલ', 'Lothal'],
	['ધોળાવીરા', 'Dholavira'],
	['ચાંપાનેર', 'Champaner'],
	['નળ સરોવર', 'Nal Sarovar'],
	['સાપુતારા', 'Saputara'],
	['સાસણ ગીર', 'Sasan Gir'],
	['તુલસીશ્યામ', 'Tulsishyam'],
	['બહુચરાજી', 'Bahucharaji'],
	['ડાકોર', 'Dakor'],
	['ઝૂલતા મિનારા', 'Jhulta Minara'],
	['ગિરનાર', 'Girnar'],
	['મનુભાઈ પંચોળી', 'Manubhai Pancholi'],
	['ઉમાશંકર', 'Umashankar'],
	['પન્નાલાલ પટેલ', 'Pannalal Patel'],
	['રઘુવીર ચૌધરી', 'Raghuveer Chaudhari'],
	['ધ્રુવ ભટ્ટ', 'Dhruv Bhatt'],
	['ચંદ્રકાંત બક્ષી', 'Chandrakant Bakshi'],
	['સુરેશ જોશી', 'Suresh Joshi'],
	['બળવંતરાય મહેતા', 'Balwantrai Mehta'],
	['ઇન્દુમતી શેઠ', 'Indumati Sheth'],
	['મૃણાલિની સારાભાઈ', 'Mrinalini Sarabhai'],
	['મલ્લિકા સારાભાઈ', 'Mallika Sarabhai'],
	['હોમી ભાભા', 'Homi Bhabha'],
	['સંજય', 'Sanjay'],
	['અંજલિ', 'Anjali'],
	['પ્રિયંકા', 'Priyanka']
];

/** Another person, place, weekday or month that sounds close: each must stay wrong. */
const NEGATIVE: readonly (readonly [string, string])[] = [
	['જામનગર', 'Jamner'],
	['ભાવનગર', 'Bhavnath'],
	['હંસા મહેતા', 'Hansa Mahato'],
	['મહેતા', 'Mahto'],
	['મહેતા', 'Mehra'],
	['સરદાર પટેલ', 'Sardar Patil'],
	['પટેલ', 'Patil'],
	['સુરત', 'Surendranagar'],
	['સુરેન્દ્રનગર', 'Surat'],
	['ગાંધીનગર', 'Gandhidham'],
	['ગાંધીધામ', 'Gandhinagar'],
	['જામનગર', 'Junagadh'],
	['જૂનાગઢ', 'Jamnagar'],
	['મહેસાણા', 'Mahisagar'],
	['મહીસાગર', 'Mehsana'],
	['કચ્છ', 'Kutiyana'],
	['જીવરાજ મહેતા', 'Jivraj Patel'],
	['જીવરાજ મહેતા', 'Jayraj Mehta'],
	['ભાવનગર', 'Bhavanipur'],
	['પાલનપુર', 'Palitana'],
	['રાજકોટ', 'Rajpipla'],
	['રાજપીપળા', 'Rajkot'],
	['નડિયાદ', 'Nadia'],
	['આણંદ', 'Anandpur'],
	['વડનગર', 'Vadodara'],
	['વિસનગર', 'Visavadar'],
	['ભરૂચ', 'Bhuj'],
	['ભુજ', 'Bharuch'],
	['દાહોદ', 'Dahej'],
	['દહેજ', 'Dahod'],
	['હિંમતનગર', 'Hamirpur'],
	['શ્રીનગર', 'Shrirampur'],
	['નાગપુર', 'Nagaur'],
	['જોધપુર', 'Jaipur'],
	['ઉદયપુર', 'Udupi'],
	['મોરારજી દેસાઈ', 'Morarji Dave'],
	['ઉમાશંકર જોશી', 'Ravishankar Joshi'],
	['અમિત શાહ', 'Amit Shaw'],
	['ત્રિવેદી', 'Dwivedi'],
	['ત્રિવેદી', 'Chaturvedi'],
	['ભટ્ટ', 'Bhatia'],
	['પંડ્યા', 'Pandey'],
	['દેસાઈ', 'Desale'],
	['જોશી', 'Joshua'],
	['જાડેજા', 'Jadhav'],
	['અમરેલી', 'Amroli'],
	['અમરોલી', 'Amreli'],
	['હાર્દિક પંડ્યા', 'Krunal Pandya'],
	['વિજય રૂપાણી', 'Vijay Rupala'],
	['પરષોત્તમ રૂપાલા', 'Parshottam Rupani'],
	['કમલ', 'Kamla'],
	['કમલા', 'Kamal'],
	['સોમનાથ', 'Somvar'],
	['સોમવાર', 'Sunday'],
	['શનિવાર', 'Sunday'],
	['ગુરુવાર', 'Tuesday'],
	['બુધવાર', 'Monday'],
	['જાન્યુઆરી', 'June'],
	['જુલાઈ', 'January'],
	['ઓક્ટોબર', 'August'],
	['સપ્ટેમ્બર', 'November'],
	['ડિસેમ્બર', 'September'],
	// near the spoken clusters' names
	['જિજ્ઞેશ', 'Jignasha'],
	['પ્રજ્ઞા', 'Pragati'],
	['વિજ્ઞાન', 'Vijayan'],
	['હિંમતનગર', 'Himmatpur'],
	['સંમતિ', 'Samiti'],
	['યાજ્ઞિક', 'Yadav'],
	['મોરબી', 'Morvi Patel'],
	['ઉમંગ', 'Umesh'],
	['સંમેલન', 'Samvedan'],
	['જ્ઞાનેશ', 'Ganesh'],
	['સંજ્ઞા', 'Sanjana'],
	['કુંભ', 'Kumar'],
	['ભગતસિંહ', 'Bhagwant Singh'],
	['સિંહ', 'Sing Sing'],
	['રંભા', 'Rama']
];

const graded = (rows: readonly (readonly [string, string])[]) =>
	rows.map(([answer, typed]) => ({ answer, typed, verdict: checkTyped({ answer, accept: [] }, typed) }));

describe('checkTyped on Gujarati names and places typed in English', () => {
	it.each(REPORTED)('reported: %s typed as %s is right', (answer, typed) => {
		expect(checkTyped({ answer, accept: [] }, typed)).toBe('right');
	});

	// an English name, not a spelling: no rule reads અમદાવાદ so; it is a row of SHORT_FORMS
	it('reported: અમદાવાદ typed as Ahmedabad is right, and Ahmednagar is not', () => {
		expect(checkTyped({ answer: 'અમદાવાદ', accept: [] }, 'Ahmedabad')).toBe('right');
		expect(checkTyped({ answer: 'અમદાવાદ', accept: [] }, 'Ahmednagar')).not.toBe('right');
		expect(checkTyped({ answer: 'વડોદરા', accept: [] }, 'baroda')).toBe('right');
	});

	// 79 of the 91 before the rules for the reported names, 88 after, 90 with જ્ઞ and the anusvara before મ
	// (Jignesh and Himmatnagar, seen wrong here before those rules); the figure may rise, never fall
	it('reads the names kept apart as measured', () => {
		expect(graded(HELD_OUT).filter((row) => row.verdict === 'right').length).toBeGreaterThanOrEqual(90);
	});

	it.each(SPOKEN_CLUSTERS)('spoken clusters: %s typed as %s is right', (answer, typed) => {
		expect(checkTyped({ answer, accept: [] }, typed)).toBe('right');
	});

	it('reads the names kept apart from the rules for spoken clusters as measured', () => {
		expect(graded(HELD_OUT_CLUSTERS).filter((row) => row.verdict === 'right').length).toBeGreaterThanOrEqual(44);
	});

	it('calls no other person, place, weekday or month right', () => {
		expect(graded(NEGATIVE).filter((row) => row.verdict === 'right')).toEqual([]);
	});
});
