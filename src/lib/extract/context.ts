/**
 * A question that points back to the sentence before it (તેઓ, તેમણે, તે દિવસે, "…," એમ તેમણે
 * ઉમેર્યું) is set after that sentence, or names the person it means, so it says who or what is meant.
 */
import { withEnding } from '../text/case-ending';
import { normalizeForMatch } from '../text/normalize';
import type { Sentence } from './types';

/** Words that open a sentence and point at someone or something named before it: તેઓ, તેમણે, તે દિવસે, આ કેસ. */
const OPENS_POINTING = new RegExp(
	'^(?:તેઓ|તેઓશ્રી|તેઓને|તેમણે|તેણે|તેમને|તેને|તેમનાં|તેમના|તેમની|તેમનું|તેનાં|તેના|તેની|તેનું|તેનો|તેનાથી|તેમાં|તેમાંથી|એમણે|તે|એ' +
		'|ત્યાં|ત્યાંથી|ત્યારે|ત્યારબાદ|બાદમાં|ત્યારથી|આ|આમાં|આમાંથી|અહીં|અહીંના|અહીંની|અહીંથી) ',
	'u'
);

/** A quotation said by someone named before it: "…," એમ તેમણે ઉમેર્યું. */
const SAID_AFTER_QUOTE = /["”],? એમ (?:તેમણે|તેણે|તેઓએ) /u;

/** Whether a sentence points back to someone or something named before it. */
const pointsBack = (text: string) => OPENS_POINTING.test(text) || SAID_AFTER_QUOTE.test(text);

/**
 * Openers that link on, or mean the time of the news (આ વર્ષે), rather than point at anyone or
 * anything named before: a question opening so still stands alone.
 */
const LINKS_ON = /^(?:આ (?:પ્રસંગે|અંગે|ઉપરાંત|દરમિયાન|સાથે|સિવાય|વર્ષે|વખતે)|એ જ રીતે|ત્યારે|ત્યારબાદ|બાદમાં|ત્યારથી) /u;

/**
 * Whether a finished prompt still opens by pointing back to someone or something it does not name
 * (તેમનાં પત્ની, આ કેસ): no sentence before could be set before it, so it cannot be answered alone.
 * A quotation's "એમ તેમણે" is not counted: the prompt most often names the speaker before it.
 */
export function pointsBackAlone(prompt: string): boolean {
	return OPENS_POINTING.test(prompt) && !LINKS_ON.test(prompt);
}

/**
 * A pronoun of a person inside a sentence (પોલીસે તેમની ધરપકડ કરી): it points back when no one
 * is named before it in the sentence. Not તે, તેના: they as often mean a thing named just before.
 */
const PERSON_PRONOUN = /(?:^|\s)(?:તેઓ|તેઓએ|તેઓને|તેઓની|તેઓના|તેમણે|તેણે|તેમને|તેમની|તેમના|તેમનાં|તેમનું|તેમનો|એમણે)(?=[\s,.?]|$)/u;

/**
 * «આ …» or «અહીં» inside a sentence, pointing at something the sentence before named (ગઈકાલે ૮૬
 * કિલો હેરોઈન પકડાયું. આ જથ્થો …); not the time of the news (આ વર્ષે), a link (આ અંગે), «આ જ»,
 * nor the news itself (આ સમાચાર).
 */
const NOT_POINTING = 'વર્ષે|વર્ષ|વખતે|વખત|પ્રસંગે|અંગે|ઉપરાંત|દરમિયાન|સાથે|સિવાય|જ|રીતે|સમાચાર|પ્રમાણે|મુજબ';
const POINTS_INSIDE = new RegExp(`\\s(?:આ (?!(?:${NOT_POINTING})(?=[\\s,.?]))|અહીં(?:ના|ની|નું|નો|નાં|થી)?(?=[\\s,.?]))`, 'u');

/** A word that describes the «આ …» after it, which then needs nothing before: તૈયાર થયેલો આ પુલ, ૧.૨ કિલોમીટર લાંબા આ પુલ. */
const DESCRIBES = /(?:ેલ[ોાીું]ં?|તા|તી|તો|તું|લાંબ[ોાી]|ના|ની|નો|નું|નાં)\s+આ\s/u;

/** Quoted words, where «આ …» means what the speaker means. */
const QUOTED = /“[^”]*”|"[^"]*"/gu;

/** Whether a prompt points, inside its sentence, at something named before it. */
function pointsInside(prompt: string): boolean {
	const said = ` ${prompt.replace(QUOTED, '')}`.replace(/^\s+\S+/u, '');
	const at = said.search(POINTS_INSIDE);
	return at >= 0 && !DESCRIBES.test(said.slice(Math.max(0, at - 30), at + 4));
}

/** The longest sentence set before a prompt, in characters: a longer one is more to read than the question. */
const CONTEXT_LENGTH = 150;

/** Where a prompt stands, to tell who or what it points back to. */
export type Setting = {
	text: string;
	/** The sentence before the prompt's, if any. */
	before: Sentence | undefined;
	sentence: Sentence;
	answer: string;
	/** Where someone is first named in the prompt's sentence, as an offset in the text. */
	firstPerson?: number;
	/** The one person the sentences just before, in the same paragraph, name, if only one. */
	named?: string;
};

/**
 * A prompt that opens by pointing back (તેઓ કઈ તારીખે શપથ લેશે?), or whose sentence has a person's
 * pronoun before anyone is named in it, with the sentence before it, if in its paragraph, which says
 * who or what is meant; not when that sentence names the answer, is long, or points back itself.
 * Then a pronoun that says who spoke gives way to the one person named just before, when that
 * sentence has them speak: "…," એમ તેમણે ઉમેર્યું -> એમ મિશ્રાએ ઉમેર્યું.
 */
export function withContext(prompt: string, setting: Setting): string {
	const { sentence, firstPerson = Infinity } = setting;
	const pointing = pointsBack(prompt) || pointsInside(prompt) || pronounFirst(sentence.text, firstPerson - sentence.start);
	if (!pointing) return prompt;
	const said = sentenceBefore(setting);
	if (said !== null) return `${said} ${prompt}`;
	return setting.named ? namedFor(prompt, setting.named, setting.answer) : prompt;
}

/** The sentence before, trimmed, when it may stand before the prompt: in its paragraph, short, not naming the answer. */
function sentenceBefore({ text, before, sentence, answer }: Setting): string | null {
	if (!before || text.slice(before.end, sentence.start).includes('\n')) return null;
	const said = before.text.trim();
	if (said.length > CONTEXT_LENGTH || normalizeForMatch(said).includes(normalizeForMatch(answer))) return null;
	// a sentence that points back itself names no one: લજાઈમાં તેમણે …
	if (pointsBack(said) || /(?:^|\s)(?:તેઓ|તેમણે|તેણે)\s/u.test(said)) return null;
	return said;
}

/**
 * Who said something, by a pronoun: "…," એમ તેમણે ઉમેર્યું; તેમણે કહ્યું; તેમના કહેવા મુજબ. The one
 * person named just before is who is meant; elsewhere a pronoun as often means the article's
 * subject, or people in the plural.
 */
const SAID_BY = /(^|\s)(તેમણે|એમણે|તેણે|તેમના|એમના)(?= (?:ઉમેર્યું|જણાવ્યું|કહ્યું|ઉમેર્યુ|કહેવા|જણાવ્યા)(?=[\s,.?]))/u;

/** The prompt with a pronoun that says who spoke written as `name`; unchanged when `name` is the answer. */
function namedFor(prompt: string, name: string, answer: string): string {
	const key = normalizeForMatch(name);
	const asked = normalizeForMatch(answer);
	if (key.includes(asked) || asked.includes(key)) return prompt;
	const m = SAID_BY.exec(prompt);
	if (!m) return prompt;
	const at = m.index + m[1]!.length;
	const ending = m[2]!.endsWith('ના') ? 'ના' : 'એ';
	return `${prompt.slice(0, at)}${withEnding(name, ending)}${prompt.slice(at + m[2]!.length)}`;
}

/** Whether a person's pronoun stands in a sentence before `named`, where someone is first named in it. */
function pronounFirst(sentence: string, named: number): boolean {
	const at = sentence.search(PERSON_PRONOUN);
	return at >= 0 && at < named;
}

/**
 * Whether the prompt's sentence has a person's pronoun outside a quotation before anyone is named
 * in it (૧૯૬૫માં તેમણે …): a prompt that is the sentence alone cannot say who is meant.
 */
export function pronounUnnamed({ sentence, firstPerson = Infinity }: Setting): boolean {
	// quotations blanked to spaces, so offsets stay: a speaker's «તેમણે» means whom the speaker means
	const said = sentence.text.replace(QUOTED, (quote) => ' '.repeat(quote.length));
	return pronounFirst(said, firstPerson - sentence.start);
}
