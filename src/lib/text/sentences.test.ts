import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
	it('gives trimmed sentences whose offsets slice the text exactly', () => {
		const text = 'પહેલું વાક્ય છે.  બીજું વાક્ય?\n\nમથાળું વિના પૂર્ણવિરામ\nછેલ્લું.';
		const sentences = splitSentences(text);
		expect(sentences.map((s) => s.text)).toEqual([
			'પહેલું વાક્ય છે.',
			'બીજું વાક્ય?',
			'મથાળું વિના પૂર્ણવિરામ',
			'છેલ્લું.'
		]);
		for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
	});

	it('does not end a sentence at the dots of an abbreviation glued to a word (યુ.કે.ની)', () => {
		const text = 'ભારતે યુ.કે.ની આગેવાની હેઠળની દુશ્મનાવટનો ઉલ્લેખ કર્યો. બીજું વાક્ય.';
		expect(splitSentences(text).map((s) => s.text)).toEqual([
			'ભારતે યુ.કે.ની આગેવાની હેઠળની દુશ્મનાવટનો ઉલ્લેખ કર્યો.',
			'બીજું વાક્ય.'
		]);
	});

	it('does not end a sentence at the dot of initials, a title or an age (ડૉ. વી. નારાયણન, ઉં.વ. ૧૮)', () => {
		const text =
			'ઇસરોના અધ્યક્ષ ડૉ. વી. નારાયણને કહ્યું. ભાજપ પ્રમુખ સી.આર. પાટીલ આવ્યા. સ્વ. ઇન્દિરા ગાંધી.\nડૉ.\nછેલ્લું. ' +
			'પુત્ર ધવલ (ઉં.વ. ૧૮) ઘાયલ થયો.';
		expect(splitSentences(text).map((s) => s.text)).toEqual([
			'ઇસરોના અધ્યક્ષ ડૉ. વી. નારાયણને કહ્યું.',
			'ભાજપ પ્રમુખ સી.આર. પાટીલ આવ્યા.',
			'સ્વ. ઇન્દિરા ગાંધી.',
			'ડૉ.',
			'છેલ્લું.',
			'પુત્ર ધવલ (ઉં.વ. ૧૮) ઘાયલ થયો.'
		]);
	});

	it('does not end a sentence at the dots of a degree (પીએચ.ડી., બી.એડ., એલએલ.બી.)', () => {
		const text = 'મીરાંએ પીએચ.ડી. પૂરું કર્યું. ભાઈએ બી.એડ. અને એલએલ.બી. કર્યું છે. છેલ્લું.';
		expect(splitSentences(text).map((s) => s.text)).toEqual([
			'મીરાંએ પીએચ.ડી. પૂરું કર્યું.',
			'ભાઈએ બી.એડ. અને એલએલ.બી. કર્યું છે.',
			'છેલ્લું.'
		]);
	});

	it('does not end a sentence at the dots of a unit (મિ.મી., કિ.મી.), where a rainfall report was cut', () => {
		const text = 'કડાણામાં ૧૬૫ મિ.મી. (સાડા છ ઇંચ) વરસાદ પડ્યો. શહેર ૧૨ કિ.મી. દૂર છે. છેલ્લું.';
		expect(splitSentences(text).map((s) => s.text)).toEqual([
			'કડાણામાં ૧૬૫ મિ.મી. (સાડા છ ઇંચ) વરસાદ પડ્યો.',
			'શહેર ૧૨ કિ.મી. દૂર છે.',
			'છેલ્લું.'
		]);
	});

	it('does not end a sentence at a father’s initial in Gujarati letters, but does at છ, ન and જ', () => {
		const text = 'મંત્રી મનહરલાલ ર. દેસાઈ આવ્યા. સંખ્યા છ. આવું ન. બીજું.';
		expect(splitSentences(text).map((s) => s.text)).toEqual([
			'મંત્રી મનહરલાલ ર. દેસાઈ આવ્યા.',
			'સંખ્યા છ.',
			'આવું ન.',
			'બીજું.'
		]);
	});

	it('does not end a sentence inside a quotation or brackets, which close within their paragraph', () => {
		const text = 'અધ્યક્ષે કહ્યું, "મિશન સફળ છે. ચકાસણી ચાલશે." મૃતકોમાં રમેશ (૪૨, રહે. શાપુર) છે. “હા.\n\nબીજો ફકરો.';
		const company = 'તેઓ ઓમ સિરામિક્સ પ્રા. લિ.ના સ્થાપક હતા. ટ્રક શ્રીજી પ્રા. લિ. કંપનીની હતી. બીજું.';
		expect(splitSentences(company).map((s) => s.text)).toEqual([
			'તેઓ ઓમ સિરામિક્સ પ્રા. લિ.ના સ્થાપક હતા.',
			'ટ્રક શ્રીજી પ્રા. લિ. કંપનીની હતી.',
			'બીજું.'
		]);
		expect(splitSentences(text).map((s) => s.text)).toEqual([
			'અધ્યક્ષે કહ્યું, "મિશન સફળ છે. ચકાસણી ચાલશે."',
			'મૃતકોમાં રમેશ (૪૨, રહે. શાપુર) છે.',
			'“હા.',
			'બીજો ફકરો.'
		]);
	});

	it('gives nothing for blank text', () => {
		expect(splitSentences(' \n\n ')).toEqual([]);
	});
});
