/**
 * Generated GIFT files for the import benchmark and the tests that need a large file.
 */
import { toGujaratiDigits } from '../text/normalize';

/** A GIFT file of `count` questions, with feedback, tags and ranges; the shapes repeat, the wording never does. */
export function syntheticGift(count: number): string {
	const folders = ['dates', 'people', 'places'];
	const out: string[] = [];
	for (let i = 0; i < count; i++) {
		if (i % 1000 === 0) out.push(`$CATEGORY: $course$/top/bench/${folders[(i / 1000) % 3]}`, '');
		const n = toGujaratiDigits(String(i));
		const shape = i % 4;
		if (shape === 0)
			out.push(
				`// [tag:bench] [tag:રાજધાની]\n::q-${i}:: પ્રશ્ન ${n}: ગુજરાતની રાજધાની કઈ છે? {=ગાંધીનગર ${n}#હા ~અમદાવાદ ~સુરત ~વડોદરા#ના}`
			);
		else if (shape === 1) out.push(`::q-${i}:: પ્રશ્ન ${n}: ભારતના પ્રથમ વડાપ્રધાન કોણ હતા? {=જવાહરલાલ નેહરુ ${n} =નેહરુ ${n}}`);
		else if (shape === 2)
			out.push(
				i % 8 === 2
					? `::q-${i}:: પ્રશ્ન ${n}: ગુજરાતની સ્થાપના કયા વર્ષે થઈ? {#${toGujaratiDigits(String(1000 + i))}:1}`
					: `::q-${i}:: પ્રશ્ન ${n}: બંધ કયા વર્ષોમાં બંધાયો? {#${1000 + i}..${1005 + i}}`
			);
		else out.push(`// સાચું કે ખોટું\n::q-${i}:: વિધાન ${n}: સૂર્ય પૂર્વમાં ઊગે છે. {TRUE#ના#હા####સમજૂતી ${n}}`);
		out.push('');
	}
	return out.join('\n');
}
