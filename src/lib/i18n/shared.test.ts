import { describe, expect, it } from 'vitest';
import { en } from './en';
import { gu } from './gu';

describe('a new version of a set on the phone, in words', () => {
	it('says one question in the singular, in both languages', () => {
		expect(gu.sharedEarlier('GK', '૧', 1)).toBe(
			'આ સેટનું જૂનું રૂપ આ ફોન પર પહેલેથી છે: “GK” (૧ પ્રશ્ન). આ લિંકમાં તેનું નવું રૂપ છે.'
		);
		expect(gu.sharedEarlierMine('GK', '૨', 2)).toBe(
			'આ ફોન પર બનેલો સેટ “GK” (૨ પ્રશ્નો) આ જ સેટ છે, અને આ લિંકમાં તેનું બીજું રૂપ છે.'
		);
		expect(gu.sharedConfirmReplace('GK', '૧', 1)).toBe('“GK”ની જગ્યાએ આ નવું રૂપ (૧ પ્રશ્ન) મૂકીએ?');
		expect(en.sharedEarlier('GK', '1', 1)).toBe(
			'An earlier version of this set is already on this phone: “GK” (1 question). This link holds a new version.'
		);
		expect(en.sharedEarlierMine('GK', '1', 1)).toMatch(/^“GK” \(1 question\), made on this phone/);
		expect(en.sharedConfirmReplace('GK', '2', 2)).toBe('Put this version (2 questions) in place of “GK”?');
	});

	// the id a set was stored under was shown to the student: “gujarat-day-2”
	it('never shows the id a set kept beside another was stored under', () => {
		expect(gu.setRenamed('gujarat-day-2')).not.toContain('gujarat-day-2');
		expect(en.setRenamed('gujarat-day-2')).not.toContain('gujarat-day-2');
	});
});
