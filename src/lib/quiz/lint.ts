/**
 * What a student must never see in a dealt quiz: a malformed Gujarati statement, two options that
 * are one, an option that is also right, an option of another sort or shape than the answer, a
 * false statement that still names the answer, a prompt or statement that says "today", a question
 * whose answer an earlier question already named. The quiz engine is built not to make these; a test
 * deals the whole bank in every mode and runs this.
 */
import type { PlaceKind } from '../bank/schema';
import { normalizeForMatch } from '../text/normalize';
import type { BankQuestion, PreparedBank } from './bank-index';
import type { QuizItem } from './build-quiz';
import { classifyDate } from './date-kinds';
import { shapeOf } from './distractors';
import { mentionsOf, namesForm, withoutAnswer } from './true-false';
import { answerKeys, matchKeys } from './typed';

/** Times that mean something only on the day the article came out: આજે, તાજેતરમાં, ગયા મંગળવારે. */
const RELATIVE_TIME = /(?<![\u0A80-\u0AFF])(?:આજે|ગઈકાલે|તાજેતર\S*|ગયા (?:\S+વારે|અઠવાડિયે|મહિને|વર્ષે))(?![\u0A80-\u0AFF])/u;

const wordsOf = (text: string) => text.normalize('NFC').split(/[\s\p{P}]+/u).filter(Boolean);

/** Gujarati vowel signs (matras), which only ever follow a consonant. */
const VOWEL_SIGN = '[\\u0ABE-\\u0AC5\\u0AC7-\\u0AC9\\u0ACB\\u0ACC\\u0AE2\\u0AE3]';
/** A consonant as written with its inherent vowel: no sign, no virama after it. */
const CONSONANT = '[\\u0A95-\\u0AB9]';

/**
 * Why a Gujarati text is not well formed, or undefined when it is: two vowel signs in a row
 * (શોઇગુે), a vowel sign with no letter before it, or a consonant followed inside a word by the
 * vowel letter એ where the sign ે belongs (ચીનએ).
 */
export function malformedGujarati(text: string): string | undefined {
	const t = text.normalize('NFC');
	if (new RegExp(`${VOWEL_SIGN}${VOWEL_SIGN}`, 'u').test(t)) return 'two vowel signs in a row';
	if (new RegExp(`(^|[\\s\\p{P}])${VOWEL_SIGN}`, 'u').test(t)) return 'a vowel sign after a space';
	if (new RegExp(`${CONSONANT}\\u0A8F(?![\\u0A81-\\u0AEF])`, 'u').test(t)) return 'એ where the sign ે belongs';
	return undefined;
}

const placeKinds = new WeakMap<PreparedBank, Map<string, Set<PlaceKind>>>();

/** Normalised place name -> the kinds of place the bank gives it, as an answer or a hand-picked option. */
function kindsOfPlace(bank: PreparedBank): Map<string, Set<PlaceKind>> {
	let kinds = placeKinds.get(bank);
	if (kinds) return kinds;
	kinds = new Map();
	for (const q of bank.questions) {
		if (q.category !== 'place' || !q.kind) continue;
		for (const name of [q.answer, ...q.accept, ...(q.distractors ?? [])]) {
			const form = normalizeForMatch(name);
			kinds.set(form, (kinds.get(form) ?? new Set()).add(q.kind));
		}
	}
	placeKinds.set(bank, kinds);
	return kinds;
}

/** The sort of thing an answer is, to compare an option with it: a date's kind, a place's kind. */
function sortOf(bank: PreparedBank, question: BankQuestion, text: string): string | undefined {
	if (question.category === 'date') return `date:${classifyDate(text)}`;
	const form = normalizeForMatch(text);
	// a name the bank knows in another category (a place offered for a person) is of another sort
	for (const category of ['person', 'place', 'date'] as const) {
		if (category !== question.category && bank.groupOfForm.has(`${category}|${form}`)) return category;
	}
	if (question.category === 'place' && question.kind) {
		const kinds = kindsOfPlace(bank).get(form);
		if (kinds && !kinds.has(question.kind)) return `place:${[...kinds].join('|')}`;
	}
	return question.category === 'place' && question.kind ? `place:${question.kind}` : question.category;
}

/** Everything wrong with one dealt item, in words for a test's failure message. */
export function lintItem(bank: PreparedBank, item: QuizItem): string[] {
	const q = item.question;
	const problems: string[] = [];
	const keys = answerKeys(q);
	const own = q.category === 'date' ? `date:${classifyDate(q.answer)}` : sortOf(bank, q, q.answer);
	const checkOption = (text: string) => {
		if (matchKeys(keys, text) === 'right') problems.push(`"${text}" is also right`);
		const sort = sortOf(bank, q, text);
		if (sort !== own) problems.push(`"${text}" is a ${sort}, the answer a ${own}`);
	};
	if (item.mode === 'choice') {
		const forms = item.options.map(normalizeForMatch);
		if (new Set(forms).size !== forms.length) problems.push(`options repeat: ${item.options.join(' / ')}`);
		if (item.options[item.correct] !== q.answer) problems.push('the right option is not the answer');
		item.options.forEach((option, i) => i !== item.correct && checkOption(option));
		const shapes = item.options.map(shapeOf);
		const answerShape = shapes[item.correct];
		// full names beside full names; an answer alone in its shape gives itself away
		if (q.category === 'person' && shapes.some((s) => s !== answerShape))
			problems.push(`full names mixed with single names: ${item.options.join(' / ')}`);
		if (q.category === 'place' && shapes.filter((s) => s === answerShape).length === 1 && shapes.length > 2)
			problems.push(`the answer is the only ${answerShape}-word name: ${item.options.join(' / ')}`);
	}
	const shown = item.mode === 'tf' ? item.statement : q.prompt;
	const relative = RELATIVE_TIME.exec(shown);
	if (relative) problems.push(`"${relative[0]}" says when only to a reader of that day's paper: ${shown}`);
	if (item.mode === 'tf') {
		// the source's own words are as the paper printed them: judge only what the swap wrote
		const source = new Set(wordsOf(q.statement ?? q.quote));
		const written = wordsOf(item.statement).filter((w) => !source.has(w));
		const bad = malformedGujarati(written.join(' '));
		if (bad) problems.push(`${bad}: ${item.statement}`);
		// a swapped-in number in the other script than the sentence tells a false statement from the true one
		const script = (text: string) => (/[0-9]/.test(text) ? 'latin' : '') + (/[\u0AE6-\u0AEF]/.test(text) ? 'gujarati' : '');
		const sourceDigits = script([...source].join(' '));
		const writtenDigits = script(written.filter((w) => !/[A-Za-z]/.test(w)).join(' '));
		if (writtenDigits !== '' && sourceDigits !== '' && !sourceDigits.includes(writtenDigits))
			problems.push(`digits in ${writtenDigits} script in a sentence written in ${sourceDigits}: ${item.statement}`);
		if (!item.truth) {
			checkOption(item.claim);
			if (mentionsOf(q, item.statement)?.length !== 0) problems.push(`the answer is still named: ${item.statement}`);
		}
	}
	return problems.map((p) => `${q.id} (${item.mode}): ${p}`);
}

/**
 * Every item of a dealt quiz whose answer (or an accept form, a case ending allowed after it) an
 * earlier item's prompt, true/false statement or feedback quote named, in words for a test's failure
 * message. The wrong name of a false statement counts; the answer of a true one, in its own place, does not.
 */
export function lintOrder(items: readonly QuizItem[]): string[] {
	// a true statement names its own answer: that is its fact, not another question's (two may share an answer)
	const text = (item: QuizItem) =>
		item.mode !== 'tf' ? item.question.prompt : item.truth ? withoutAnswer(item.question, item.statement) : item.statement;
	const shown = items.map((item) => normalizeForMatch(`${text(item)}\n${withoutAnswer(item.question, item.question.quote)}`));
	const problems: string[] = [];
	items.forEach((item, i) => {
		const q = item.question;
		const forms = [q.answer, ...q.accept].map(normalizeForMatch);
		for (let j = 0; j < i; j++) {
			const form = forms.find((f) => namesForm(shown[j]!, f));
			const earlier = items[j]!;
			if (form !== undefined)
				problems.push(`${q.id} (${item.mode}): "${form}" was named by ${earlier.question.id} (${earlier.mode}), asked before it`);
		}
	});
	return problems;
}
