import { describe, expect, it } from 'vitest';
import { proposeCategory } from './propose';

describe('proposeCategory', () => {
	it('proposes a date for an answer shaped like one, in either digit script', () => {
		expect(proposeCategory('કિમે ક્યારે સત્તા સંભાળી?', '૨૦૧૧')).toEqual({ category: 'date' });
		expect(proposeCategory('Anything at all', '1950-53')).toEqual({ category: 'date' });
		expect(proposeCategory('કયો?', 'મંગળવાર')).toEqual({ category: 'date' });
		expect(proposeCategory('કેટલા દિવસ?', 'છ દિવસ')).toEqual({ category: 'date' });
	});

	it('reads the noun after "which" for places and their kind, people and dates', () => {
		expect(proposeCategory('કિમ જોંગ ઉન કયા દેશના નેતા છે?', 'ઉત્તર કોરિયા')).toEqual({ category: 'place', kind: 'country' });
		expect(proposeCategory('કયા પૂર્વીય રશિયન શહેરમાં સમારંભ યોજાયો?', 'આર્ટિઓમ')).toEqual({ category: 'place', kind: 'city' });
		expect(proposeCategory('ઉત્તર કોરિયાની રાજધાની કઈ છે?', 'પ્યોંગયાંગ')).toEqual({ category: 'place', kind: 'city' });
		expect(proposeCategory('પુતિને કયા નેતાની સરકારનો આભાર માન્યો?', 'કિમ')).toEqual({ category: 'person' });
		expect(proposeCategory('Which country hosted it?', 'Vietnam')).toEqual({ category: 'place', kind: 'country' });
		expect(proposeCategory('In what year did it start?', 'the year of the war')).toEqual({ category: 'date' });
	});

	it('reads the question words કોણ, ક્યાં, ક્યારે and who, where, when', () => {
		expect(proposeCategory('પ્રથમ વડાપ્રધાન કોણ હતા?', 'નેહરુ')).toEqual({ category: 'person' });
		expect(proposeCategory('આમંત્રણ કોને આપ્યું?', 'પુતિન')).toEqual({ category: 'person' });
		expect(proposeCategory('બેઠક ક્યાં થઈ?', 'હનોઈ')).toEqual({ category: 'place' });
		expect(proposeCategory('Who wrote it?', 'Gandhi')).toEqual({ category: 'person' });
		expect(proposeCategory('When was it signed?', 'after the war')).toEqual({ category: 'date' });
	});

	it('matches whole words only, and proposes nothing when unsure', () => {
		expect(proposeCategory('ત્રિકોણના ખૂણા કેટલા?', 'ત્રણ')).toBeUndefined();
		expect(proposeCategory('Whoever said that?', 'nobody')).toBeUndefined();
		expect(proposeCategory('કઈ યુનિવર્સિટીમાં?', 'ફાર ઇસ્ટર્ન')).toBeUndefined();
	});
});
