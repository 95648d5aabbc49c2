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

	it('gives nothing for blank text', () => {
		expect(splitSentences(' \n\n ')).toEqual([]);
	});
});
