import { describe, expect, it } from 'vitest';
import { toGujaratiDigits } from '$lib/text/normalize';
import { langOf, minutesSeconds, safeFileTitle, shortMoment, signedIndex, wholePercent } from './report-view';

describe('report figures', () => {
	it('marks Gujarati text as Gujarati and leaves other text alone', () => {
		expect(langOf('મીરા પટેલ')).toBe('gu');
		expect(langOf('Meera Patel')).toBeUndefined();
	});

	it('writes a discrimination index with its sign, in the chosen digits', () => {
		expect(signedIndex(0.4444, String)).toBe('+0.44');
		expect(signedIndex(-0.2, (n) => toGujaratiDigits(String(n)))).toBe('\u2212૦.૨૦');
		expect(signedIndex(-0.001, String)).toBe('0.00');
	});

	it('rounds shares and times for the tables', () => {
		expect(wholePercent(2 / 3)).toBe(67);
		expect(minutesSeconds(225_600)).toEqual({ minutes: 3, seconds: 46 });
		expect(minutesSeconds(59_600)).toEqual({ minutes: 1, seconds: 0 });
	});

	it('writes a hand-in time as day/month/year and the 24-hour clock, in the chosen digits', () => {
		// 14 March 2025, 16:35 UTC is 22:05 in India and 04:35 on the 15th in Fiji
		const at = Date.UTC(2025, 2, 14, 16, 35);
		expect(shortMoment(at, 330, String)).toBe('14/3/25 22:05');
		expect(shortMoment(at, 720, (n) => toGujaratiDigits(String(n)))).toBe('૧૫/૩/૨૫ ૦૪:૩૫');
	});

	it('makes a file name of any title', () => {
		expect(safeFileTitle('ધોરણ ૧૦: કસોટી / ભાગ ૧')).toBe('ધોરણ ૧૦- કસોટી - ભાગ ૧');
		expect(safeFileTitle(' ?? ')).toBe('-');
		expect(safeFileTitle('   ')).toBe('kasoti');
	});
});
