/**
 * A question that points back to the sentence before it (તેઓ, તેમણે, તે દિવસે, "…," એમ તેમણે
 * ઉમેર્યું) is set after that sentence, so it says who or what is meant.
 */
import { normalizeForMatch } from '../text/normalize';
import type { Sentence } from './types';

/** Words that open a sentence and point at someone or something named before it: તેઓ, તેમણે, તે દિવસે. */
const POINTS_BACK = new RegExp(
	'^(?:તેઓ|તેઓશ્રી|તેઓને|તેમણે|તેણે|તેમને|તેને|તેમનાં|તેમના|તેમની|તેમનું|તેનાં|તેના|તેની|તેનું|તેનો|તેનાથી|તેમાં|તેમાંથી|એમણે|તે|એ|ત્યાં|ત્યાંથી|ત્યારે|ત્યારબાદ|બાદમાં) ' +
		// a quotation said by someone named before it: "…," એમ તેમણે ઉમેર્યું
		'|["”],? એમ (?:તેમણે|તેણે|તેઓએ) ',
	'u'
);

/**
 * A pronoun of a person inside a sentence (પોલીસે તેમની ધરપકડ કરી): it points back when no one
 * is named before it in the sentence. Not તે, તેના: they as often mean a thing named just before.
 */
const PERSON_PRONOUN = /(?:^|\s)(?:તેઓ|તેઓએ|તેઓને|તેઓની|તેઓના|તેમણે|તેણે|તેમને|તેમની|તેમના|તેમનાં|તેમનું|તેમનો|એમણે)(?=[\s,.?]|$)/u;

/** The longest sentence set before a prompt, in characters: a longer one is more to read than the question. */
const CONTEXT_LENGTH = 150;

/**
 * A prompt that opens by pointing back (તેઓ કઈ તારીખે શપથ લેશે?), or whose sentence has a person's
 * pronoun before `firstPerson`, where a person is first named in it, with the sentence `before` it,
 * if in its paragraph, which says who or what is meant; not when that sentence names the answer,
 * is long, or points back itself.
 */
export function withContext(
	text: string,
	before: Sentence | undefined,
	sentence: Sentence,
	prompt: string,
	answer: string,
	firstPerson = Infinity
): string {
	if (!POINTS_BACK.test(prompt) && !pronounFirst(sentence.text, firstPerson - sentence.start)) return prompt;
	if (!before || text.slice(before.end, sentence.start).includes('\n')) return prompt;
	const said = before.text.trim();
	if (said.length > CONTEXT_LENGTH || normalizeForMatch(said).includes(normalizeForMatch(answer))) return prompt;
	// a sentence that points back itself names no one: લજાઈમાં તેમણે …
	if (POINTS_BACK.test(said) || /(?:^|\s)(?:તેઓ|તેમણે|તેણે)\s/u.test(said)) return prompt;
	return `${said} ${prompt}`;
}

/** Whether a person's pronoun stands in a sentence before `named`, where someone is first named in it. */
function pronounFirst(sentence: string, named: number): boolean {
	const at = sentence.search(PERSON_PRONOUN);
	return at >= 0 && at < named;
}
