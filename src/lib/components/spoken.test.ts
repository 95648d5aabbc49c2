import { describe, expect, it } from 'vitest';
import { spokenSentences } from './spoken';

describe('spokenSentences', () => {
	it('ends each part as a sentence, so an answer is not read into the count after it', () => {
		expect(spokenSentences('Wrong.', 'The answer: 2022', '0 of 27 mastered')).toBe('Wrong. The answer: 2022. 0 of 27 mastered.');
		expect(spokenSentences('ભૂલ થઈ.', 'સાચો જવાબ: ૧૯૫૦-૫૩', '૨૭માંથી ૦ પાકા')).toBe('ભૂલ થઈ. સાચો જવાબ: ૧૯૫૦-૫૩. ૨૭માંથી ૦ પાકા.');
	});

	it('keeps an end of its own, and leaves out parts with nothing to say', () => {
		expect(spokenSentences('Right!', '', '  ', 'Is it so?', 'એ સાચું છે।')).toBe('Right! Is it so? એ સાચું છે।');
	});
});
