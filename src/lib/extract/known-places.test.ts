import { describe, expect, it } from 'vitest';
import { findKnownPlaces, indexPlaces, isKnownPlace } from './known-places';
import { phraseKey, phraseName } from './place-key';
import { splitterFor, wordsOf } from './words';

/** The known places of a sentence, as "text kind". */
function places(text: string): string[] {
	const words = wordsOf(text);
	const split = splitterFor(words.map((w) => w.text));
	return findKnownPlaces(text, words, split).map((f) => `${text.slice(f.start, f.end)} ${f.kind}`);
}

describe('findKnownPlaces', () => {
	it('finds a place with its case ending left out, and a name of several words', () => {
		expect(places('અમદાવાદમાં બેઠક પછી તેઓ રાજકોટથી ઉત્તર પ્રદેશ ગયા.')).toEqual([
			'અમદાવાદ city',
			'રાજકોટ city',
			'ઉત્તર પ્રદેશ region'
		]);
	});

	it('finds a place the data gives in Latin letters only (Kaprada, Dharampur)', () => {
		expect(places('કપરાડા અને ધરમપુરમાં વરસાદ પડ્યો.')).toEqual(['કપરાડા region', 'ધરમપુર city']);
	});

	it('makes every place of a list before જિલ્લો or તાલુકો a region, and a place before શહેર a city', () => {
		expect(places('અમરેલી, ભાવનગર અને જૂનાગઢ જિલ્લામાં તથા કચ્છમાં એલર્ટ છે.')).toEqual([
			'અમરેલી region',
			'ભાવનગર region',
			'જૂનાગઢ region',
			'કચ્છ region'
		]);
		expect(places('વલસાડ શહેરમાં પાણી ભરાયાં.')).toEqual(['વલસાડ city']);
	});

	it('reads another spelling of a listed name (બ્રિસ્બેન, બ્રિસબેન; ઇરાન, ઈરાન)', () => {
		expect(places('બ્રિસ્બેનમાં અને ઈરાનમાં')).toEqual(['બ્રિસ્બેન city', 'ઈરાન country']);
	});

	it('takes no common word for a place, however a town or a far city is named', () => {
		expect(places('તે ગયા અથવા માત્ર મંડળના સભ્યો આવ્યા અને વાદળી જર્સી પહેરી.')).toEqual([]);
	});

	it('reads કતાર as a queue where the words around it say so, and as Qatar elsewhere', () => {
		expect(places('યાર્ડ બહાર ટ્રેક્ટરોની ત્રણ કિલોમીટર લાંબી કતાર જોવા મળી.')).toEqual([]);
		expect(places('બેંક આગળ સવારથી કતાર લાગી હતી.')).toEqual([]);
		expect(places('ખેડૂતો ખાતર લેવા કતારમાં ઊભા રહ્યા.')).toEqual([]);
		expect(places('રેશનની દુકાને કતારમાં ઉભેલી મહિલાઓ થાકી ગઈ.')).toEqual([]);
		expect(places('સવારથી પેટ્રોલ પંપ પર વાહનોની કતાર હતી.')).toEqual([]);
		expect(places('બેંકોની બહાર કતારો હતી.')).toEqual([]);
		expect(places('દર્દીઓ કલાકો સુધી કતારમાં રાહ જોતા રહ્યા.')).toEqual([]);
		expect(places('યાર્ડના દરવાજે ટ્રકોની કતાર જોવા મળી.')).toEqual([]);
		expect(places('કતારમાં યોજાયેલા વિશ્વકપમાં ભારતની ટીમ રમી નહોતી.')).toEqual(['કતાર country', 'ભારત country']);
		expect(places('ભારતે કતારને ૨-૧થી હરાવ્યું.')).toEqual(['ભારત country', 'કતાર country']);
		expect(places('કતારની રાજધાનીમાં બેઠક થઈ.')).toEqual(['કતાર country']);
		expect(places('મંત્રી કતાર અને ઓમાનની મુલાકાતે જશે.')).toEqual(['કતાર country', 'ઓમાન country']);
	});

	// regression: "ઇન્ડોર સ્ટેડિયમ" (an indoor stadium) was drafted as the city of Indore, and a list made "આઉટડોર" a place
	it('reads ઇન્ડોર and આઉટડોર as the English words they are, and ઇન્દોર as the city', () => {
		expect(places('સયાજીબાગ નજીક આવેલા ઇન્ડોર સ્ટેડિયમમાં સ્પર્ધા થઈ.')).toEqual([]);
		expect(places('હોસ્પિટલમાં ઇન્ડોર અને આઉટડોર બંને વિભાગ છે.')).toEqual([]);
		expect(places('ટીમ ઇન્દોરથી અમદાવાદ ગઈ.')).toEqual(['ઇન્દોર city', 'અમદાવાદ city']);
	});

	it('leaves out a place that begins the name of a body or a train', () => {
		expect(places('ગુજરાત હાઈકોર્ટે સુનાવણી કરી અને વંદે ભારત એક્સપ્રેસ દોડી.')).toEqual([]);
	});
});

describe('findKnownPlaces, names alike', () => {
	it('finds India’s city and the far one whose name reads alike, each by its own spelling (Jaipur, Jayapura)', () => {
		expect(places('જયપુરમાં મેળો ભરાયો અને જયાપુરામાં ભૂકંપ આવ્યો.')).toEqual(['જયપુર city', 'જયાપુરા city']);
	});
});

describe('findKnownPlaces, pilgrim towns and cities of Gujaratis abroad the data sources miss', () => {
	it('finds them by their Gujarati spelling', () => {
		expect(places('યાત્રીઓ અયોધ્યા અને શિરડીથી આવ્યા; સંઘ હ્યુસ્ટન, ડરબન અને ઓસાકામાં છે.')).toEqual([
			'અયોધ્યા city',
			'શિરડી city',
			'હ્યુસ્ટન city',
			'ડરબન city',
			'ઓસાકા city'
		]);
	});
});

describe('findKnownPlaces, a name of several words written as one', () => {
	it('finds it with its case ending, as the spaced name is found', () => {
		expect(places('ન્યૂયોર્કમાં બેઠક મળી અને મધ્યપ્રદેશથી ઉત્તરપ્રદેશ સુધી ઠંડી છે.')).toEqual([
			'ન્યૂયોર્ક city',
			'મધ્યપ્રદેશ region',
			'ઉત્તરપ્રદેશ region'
		]);
	});
});

describe('isKnownPlace', () => {
	it('knows a place written alone, and no first name or common word', () => {
		expect(['અમદાવાદ', 'બ્રિસ્બેન', 'કપરાડા', 'સચિન', 'ગયા', 'ભૂપેન્દ્ર'].map((stem) => isKnownPlace(stem))).toEqual([
			true,
			true,
			true,
			false,
			false,
			false
		]);
	});
});

describe('indexPlaces', () => {
	it('matches a Latin form on the key the data lists with it, and a Gujarati form on its spelling', () => {
		const index = indexPlaces({
			country: [],
			region: [`Kotda Nayani/${phraseKey('Kotda Nayani')}`],
			city: [`વડવાળા|Vadvala//${phraseName('Vadvala')}`],
			site: []
		});
		const text = 'કોટડા નાયાણીમાં વરસાદ, વડવાળામાં નહીં; વડવાળાના લોકો ખુશ.';
		const words = wordsOf(text);
		const found = findKnownPlaces(text, words, splitterFor(words.map((w) => w.text)), index);
		expect(found.map((f) => `${text.slice(f.start, f.end)} ${f.kind} ${f.forms?.join(',')}`)).toEqual([
			'કોટડા નાયાણી region Kotda Nayani',
			'વડવાળા city વડવાળા,Vadvala',
			'વડવાળા city વડવાળા,Vadvala'
		]);
	});
});
