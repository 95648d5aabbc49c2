/**
 * True-or-false statements: the question's sentence as written is true; with every mention of
 * the answer swapped for a wrong option it is false. The sentence is the question's `statement`
 * when the bank gives one (written for this), else its quote. Gujarati glues case endings to a
 * name, so a swapped name takes the ending the answer had, in the form its own last letter needs
 * (શોઇગુએ, but પુતિને). A sentence that cannot take a clean swap gives no statement, and the
 * question is asked another way.
 */
import type { Question } from '../bank/schema';
import { toAsciiDigits, toGujaratiDigits } from '../text/normalize';
import { withEnding } from '../text/case-ending';

/** One mention of the answer: where the name stands and the ending glued after it. */
export type Mention = { start: number; end: number; ending: string };

/** A statement to judge, and whether it was made from the quote (not the bank's `statement`). */
export type Statement = { text: string; fromQuote: boolean };

/** Endings that may follow a name inside its word, longest first: નું, ને, માં, એ, the ે of મંગળવારે. */
const ENDINGS = ['સુધી', 'નાં', 'ના', 'ની', 'નું', 'નો', 'ને', 'માં', 'થી', 'એ', 'ે'];

/** A Gujarati letter, sign or digit, or a Latin letter or digit: part of a word. */
const isWordChar = (c: string | undefined) => c !== undefined && /[\u0A81-\u0AEF\w]/.test(c);

/** A consonant with no vowel sign after it ends in the sound "a": its એ is written as the sign ે. */
/** How Gujarati makes an adjective of a place name: રશિયન, ચીની, ભારતીય, યુક્રેનિયન, જાપાનીઝ. */
const DEMONYM_TAILS = ['ન', 'ી', 'ીય', 'ઈ', 'િયન', 'ીઝ'];

/**
 * An adjective made from the answer (રશિયા: રશિયન, ચીન: ચીની, યુક્રેન: યુક્રેનિયન): the name
 * cannot stand in its place. The answer itself is never one (પ્રિમોરી ends like ચીની).
 */
function isDemonym(word: string, answer: string): boolean {
	if (word === answer || answer.includes(' ')) return false;
	const stem = answer.replace(/[\u0ABE-\u0ACC]$/, '');
	return DEMONYM_TAILS.some((tail) => word === stem + tail || word === answer + tail);
}

/**
 * The claim in the digits of the text it replaces (2011ના becomes 2015ના, not ૨૦૧૫ના): a look-alike
 * in the other script would give the true sentence away. A Latin name (Tu-95) keeps its own digits.
 */
function inDigitsOf(claim: string, replaced: string): string {
	if (/[A-Za-z]/.test(claim)) return claim;
	const first = /[0-9\u0AE6-\u0AEF]/.exec(replaced)?.[0];
	if (first === undefined) return claim;
	return /[0-9]/.test(first) ? toAsciiDigits(claim) : toGujaratiDigits(claim);
}

/** `form` split into the name and a case ending it was written with (મંગળવારે: મંગળવાર, ે). */
function splitEnding(form: string): [string, string] {
	for (const ending of ENDINGS) {
		const stem = form.slice(0, -ending.length);
		if (form.endsWith(ending) && [...stem].length >= 2) return [stem, ending];
	}
	return [form, ''];
}

/**
 * The case ending after a name that stands at `at` in `text` as a word of its own ('' for none), or
 * undefined when the name is part of another word (ચીન in ચીની, 2022 in 20221).
 */
function endingAt(text: string, at: number, length: number): string | undefined {
	if (isWordChar(text[at - 1])) return undefined;
	const end = at + length;
	if (!isWordChar(text[end])) return '';
	return ENDINGS.find((e) => text.startsWith(e, end) && !isWordChar(text[end + e.length]));
}

/**
 * Whether `text` names `form` as a word of its own, a case ending allowed after it (કિમ જોંગ ઉનની
 * names કિમ જોંગ ઉન). Both are compared as given: key them alike first (normalizeForMatch).
 */
export function namesForm(text: string, form: string): boolean {
	if (form === '') return false;
	for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
		if (endingAt(text, at, form.length) !== undefined) return true;
	}
	return false;
}

/**
 * Every mention of the answer in `text`, in order: the answer or an accept form standing as a
 * word of its own (a case ending may follow, nothing may precede), the longest form where two
 * start together. Digits match in either script. Null when the answer is also named as an
 * adjective (રશિયન ટીવી): a swap would leave half the sentence about the old name.
 */
export function mentionsOf(question: Pick<Question, 'answer' | 'accept'>, text: string): Mention[] | null {
	const ascii = toAsciiDigits(text.normalize('NFC'));
	const words = ascii.split(/[\s\p{P}]+/u);
	if (words.some((w) => isDemonym(w, question.answer) || isDemonym(splitEnding(w)[0], question.answer))) return null;
	const found: Mention[] = [];
	for (const raw of [question.answer, ...question.accept]) {
		const form = toAsciiDigits(raw.normalize('NFC').trim());
		if (form === '') continue;
		for (let at = ascii.indexOf(form); at !== -1; at = ascii.indexOf(form, at + 1)) {
			const glued = endingAt(ascii, at, form.length);
			if (glued === undefined) continue;
			const [stem, own] = splitEnding(form);
			found.push({ start: at, end: at + stem.length, ending: own || glued });
		}
	}
	found.sort((a, b) => a.start - b.start || b.end - a.end);
	// a shorter form inside a longer one (પુતિન in વ્લાદિમીર પુતિન) is the same mention
	return found.filter((m, i) => !found.slice(0, i).some((o) => m.start < o.end + o.ending.length && m.start >= o.start));
}

/**
 * `text` with every mention of the answer taken out (each left a space): what the true and the false
 * statement made from it share. The text itself when the answer is also named as an adjective.
 */
export function withoutAnswer(question: Pick<Question, 'answer' | 'accept'>, text: string): string {
	const sentence = text.normalize('NFC');
	let rest = '';
	let from = 0;
	for (const m of mentionsOf(question, sentence) ?? []) {
		rest += `${sentence.slice(from, m.start)} `;
		from = m.end + m.ending.length;
	}
	return rest + sentence.slice(from);
}

/** The first mention of the answer in the quote, or null: where the quote marks the answer. */
export function locateAnswer(question: Pick<Question, 'answer' | 'accept' | 'quote'>): Mention | null {
	return mentionsOf(question, question.quote)?.[0] ?? null;
}

/**
 * The statement claiming `claim` as the answer: for the answer itself the sentence unchanged; for
 * anything else the sentence with every mention replaced, each with its ending and in the digits it
 * was written in. Null when the sentence names the answer nowhere it can be swapped: the question is
 * then not asked as true/false.
 */
export function statementFor(
	question: Pick<Question, 'answer' | 'accept' | 'quote' | 'statement'>,
	claim: string
): Statement | null {
	const fromQuote = question.statement === undefined;
	const sentence = (question.statement ?? question.quote).normalize('NFC');
	const mentions = mentionsOf(question, sentence);
	if (!mentions || mentions.length === 0) return null;
	if (claim === question.answer) return { text: sentence, fromQuote };
	let text = '';
	let from = 0;
	for (const m of mentions) {
		text += sentence.slice(from, m.start) + withEnding(inDigitsOf(claim, sentence.slice(m.start, m.end)), m.ending);
		from = m.end + m.ending.length;
	}
	return { text: text + sentence.slice(from), fromQuote };
}
