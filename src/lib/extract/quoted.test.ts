import { describe, expect, it } from 'vitest';
import { EMPTY_GAZETTEER, extract } from '.';

const SAID = 'નાયબ પોલીસ કમિશનર વિક્રમસિંહ ઝાલાએ પત્રકાર પરિષદમાં જણાવ્યું હતું કે, ';
const FIRST = 'બંને આરોપીઓ ખાસ કરીને વહેલી સવારે મંદિરે જતી કે બગીચામાં ચાલવા નીકળતી વૃદ્ધ મહિલાઓને જ નિશાન બનાવતા હતા.';
const SECOND = 'ગુનો કર્યા બાદ તેઓ તરત જ શહેર છોડીને જૂનાગઢ તરફ નાસી જતા હતા.';
const THIRD = 'પોલીસે શહેરના તમામ સોની વેપારીઓને સાવચેત રહેવા અને શંકાસ્પદ ગ્રાહકની જાણ કરવા પણ સૂચના આપી છે.';

/** The prompts drafted for `answer` from `text`. */
const prompts = (text: string, answer: string) =>
	extract(text, EMPTY_GAZETTEER)
		.filter((p) => p.answer === answer)
		.map((p) => p.prompt);

describe('a fact inside a long quotation of several sentences', () => {
	// the bug: the question word stood inside the quotation, as if the speaker asked it («… કયા શહેર તરફ …?"»)
	it('is asked by the blank in the quoted sentence that holds it, after who said it, the quotation closed', () => {
		const text = `${SAID}"${FIRST} ${SECOND} ${THIRD}"`;
		expect(prompts(text, 'જૂનાગઢ')).toEqual([`${SAID}"… ગુનો કર્યા બાદ તેઓ તરત જ શહેર છોડીને _____ તરફ નાસી જતા હતા."`]);
	});

	it('ends the blank in the quotation’s last sentence with the closing mark after the full stop', () => {
		const text = `${SAID}"${FIRST} ${THIRD} ${SECOND}"`;
		expect(prompts(text, 'જૂનાગઢ')).toEqual([`${SAID}"… ગુનો કર્યા બાદ તેઓ તરત જ શહેર છોડીને _____ તરફ નાસી જતા હતા."`]);
	});

	it('but a short sentence is asked whole', () => {
		const text = `${SAID}"વહેલી સવારે નિશાન બનાવતા. ${SECOND}"`;
		expect(prompts(text, 'જૂનાગઢ')[0]).toContain('વહેલી સવારે નિશાન બનાવતા. ગુનો');
	});
});
