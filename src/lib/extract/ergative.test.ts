import { describe, expect, it } from 'vitest';
import { ergativeNe, intransitiveAfter } from './ergative';
import { extract } from './extract';
import { EMPTY_GAZETTEER } from './gazetteer';

/** Whether the name `name` of `text` is read as the subject of the verb after its -ને. */
function ergative(text: string, name: string): boolean {
	const at = text.indexOf(name);
	return ergativeNe(text, at, at + name.length);
}

/** The people proposed for a text with no gazetteer: answer, accepted forms and prompt. */
const people = (text: string) =>
	extract(text, EMPTY_GAZETTEER)
		.filter((p) => p.category === 'person')
		.map((p) => [p.answer, p.forms, p.prompt]);

describe('ergativeNe', () => {
	it('reads a name after its title alone, before a past transitive verb, as the subject', () => {
		expect(ergative('બેંકના ગવર્નર ડૉ. કે. રામનને કહ્યું કે દર યથાવત્ રહેશે.', 'કે. રામન')).toBe(true);
		expect(ergative('બીજી તરફ, સમિતિના અધ્યક્ષ શ્રીનિવાસને ઉમેર્યું કે કામ ચાલુ છે.', 'શ્રીનિવાસ')).toBe(true);
	});

	it('reads -ને as the object where a subject stands before, or no verb follows, or no title', () => {
		expect(ergative('મંત્રીએ ડૉ. રમેશ પટેલને જણાવ્યું કે બેઠક થશે.', 'રમેશ પટેલ')).toBe(false);
		expect(ergative('કોચ અમિત દવેને ઇનામ આપ્યું.', 'અમિત દવે')).toBe(false);
		expect(ergative('ગઈકાલે રમેશ પટેલને કહ્યું હતું.', 'રમેશ પટેલ')).toBe(false);
	});
});

describe('extract, a subject written with -ને', () => {
	it('asks the subject, and accepts the name with and without the ન the ending may hold', () => {
		expect(people('બેંકના ગવર્નર ડૉ. કે. શ્રીનિવાસને કહ્યું કે દર યથાવત્ રહેશે.')).toEqual([
			['કે. શ્રીનિવાસ', ['કે. શ્રીનિવાસન'], 'બેંકના કયા ગવર્નરે કહ્યું કે દર યથાવત્ રહેશે?']
		]);
		// the sentence the bug was seen in
		expect(people('ઇસરોના અધ્યક્ષ ડૉ. વી. નારાયણને જણાવ્યું કે મિશન સફળ રહ્યું.')).toEqual([
			['વી. નારાયણ', ['વી. નારાયણન'], 'ઇસરોના કયા અધ્યક્ષે જણાવ્યું કે મિશન સફળ રહ્યું?']
		]);
	});

	it('keeps કોને for the one told', () => {
		expect(people('મંત્રીએ ડૉ. રમેશ પટેલને જણાવ્યું કે બેઠક થશે.')).toEqual([
			['રમેશ પટેલ', [], 'મંત્રીએ કોને જણાવ્યું કે બેઠક થશે?']
		]);
	});
});

describe('intransitiveAfter: a clause whose main verb is of going or coming takes no ergative', () => {
	const after = (sentence: string, name: string) => intransitiveAfter(sentence, sentence.indexOf(name) + name.length);

	it('reads the main verb, past a participle and the auxiliary', () => {
		expect(after('કલેક્ટર યોગેશ નિરગુડે રણિયારમાં પહોંચ્યા હતા.', 'નિરગુડે')).toBe(true);
		expect(after('મંત્રી સુનીલ તટકરે આજે સુરત આવ્યા.', 'તટકરે')).toBe(true);
		expect(after('ધારાસભ્ય પટેલે હોસ્પિટલ પહોંચી સાંત્વના આપી હતી.', 'પટેલે')).toBe(false);
		expect(after('મુખ્યમંત્રી પટેલે ગાંધીનગરમાં બેઠક યોજી હતી.', 'પટેલે')).toBe(false);
	});

	it('stops at કે and at a mark, and takes a participle after the name as done by it', () => {
		expect(after('રાજ્યમંત્રી સિંહે કહ્યું કે આ વર્ષ ઐતિહાસિક બન્યું છે.', 'સિંહે')).toBe(false);
		expect(after('ભટ્ટે ઉમેર્યું, "બીજ આજે વટવૃક્ષ બન્યું."', 'ભટ્ટે')).toBe(false);
		expect(after('ડીસીપી ગિલે ગોઠવેલા કોરિડોરથી એમ્બ્યુલન્સ એરપોર્ટ પહોંચી હતી.', 'ગિલે')).toBe(false);
	});
});

describe('a name whose ે is its own', () => {
	it('keeps it before a verb of going or coming, and reads it as the ergative before a transitive one', () => {
		const names = (text: string) => extract(text, EMPTY_GAZETTEER).filter((p) => p.category === 'person').map((p) => p.answer);
		expect(names('કલેક્ટર યોગેશ નિરગુડે રણિયારમાં પહોંચ્યા હતા.')).toEqual(['યોગેશ નિરગુડે']);
		expect(names('કલેક્ટર યોગેશ પટેલે બેઠક બોલાવી હતી.')).toEqual(['યોગેશ પટેલ']);
	});
});
