/**
 * Dealing so that no question gives another's answer away before it is asked: a question whose
 * shown text (its prompt, or its true/false sentence, and the quote its feedback shows) names the
 * answer of another dealt question comes after that question, where seeing the answer tells nothing.
 * Questions made from one sentence of several facts name each other's answers in their quotes, so a
 * quiz that need not ask them all asks one of them, as Anki buries a note's sibling cards. Two questions that name each
 * other's answers (or a longer loop: A names B's, B names C's, C names A's) cannot both be put in
 * such an order, so the question that would close the loop waits while the next one drawn takes its
 * place; only a quiz the draw cannot fill without it ("all") asks it, last.
 */
import { normalizeForMatch } from '../text/normalize';
import type { PreparedBank } from './bank-index';
import type { QuizMode } from './build-quiz';
import { namesForm, statementFor, withoutAnswer } from './true-false';

/**
 * Longest quiz that is checked and ordered: the work grows with the square of the quiz length (each
 * question's texts against every other's answers), so "all" of a large set is dealt as drawn.
 */
export const ORDER_LIMIT = 300;

/**
 * The texts a question may show in a quiz of `mode`, keyed with normalizeForMatch: the prompt for
 * choice and typed items, the true/false sentence (the bank's `statement`, else the quote) without
 * its own answer for one that can be asked so, both in a mixed quiz, where the mode is drawn later;
 * and in every mode the quote without its own answer, which the feedback shows.
 * A question can be asked as true/false when it has hand-picked options and its sentence names the
 * answer (buildQuiz's rule).
 * Options and the wrong name of a false statement are not looked at: they are offered, not stated.
 * Without a mode (a caller that only selects) it may be asked either way: as in a mixed quiz.
 */
export function shownTexts(bank: PreparedBank, index: number, mode: QuizMode | undefined): string[] {
	const q = bank.questions[index]!;
	const prompt = normalizeForMatch(q.prompt);
	// the feedback shows the quote: its other names are given before the next question
	const quote = normalizeForMatch(withoutAnswer(q, q.quote));
	if (mode === 'choice' || mode === 'typed') return [prompt, quote];
	const judged = (q.distractors?.length ?? 0) > 0 && statementFor(q, q.answer) !== null;
	if (!judged) return [prompt, quote];
	// its own answer there is this question's fact, and a false statement swaps it out
	const sentence = normalizeForMatch(withoutAnswer(q, q.statement ?? q.quote));
	return mode === 'tf' ? [sentence, quote] : [prompt, sentence, quote];
}

/** Whether one of `texts` names the answer of question `index`, in any of its forms. */
export function namesAnswer(bank: PreparedBank, texts: readonly string[], index: number): boolean {
	return bank.nameKeys[index]!.some((key) => texts.some((text) => namesForm(text, key)));
}

/**
 * Takes questions from `draw` (bank indices, in the order drawn) until `count` are kept or the draw
 * runs out, and returns them in the order they are to be asked. A question that would close a loop
 * of give-aways with those kept is passed over, and asked last only when the draw ran out first. The order is the drawn one except where a question
 * must wait for one whose answer it names: then it goes after it, and those drawn between move up
 * (each time the earliest drawn question that no longer waits is asked next). Deterministic: the
 * same draw gives the same quiz. A quiz longer than ORDER_LIMIT is returned as drawn.
 */
export function dealInOrder(bank: PreparedBank, draw: Iterator<number>, count: number, mode: QuizMode | undefined): number[] {
	const kept: number[] = [];
	if (count > ORDER_LIMIT) {
		while (kept.length < count) {
			const next = draw.next();
			if (next.done) break;
			kept.push(next.value);
		}
		return kept;
	}
	const texts: string[][] = [];
	// after[i]: the positions in `kept` of the questions that must be asked after question i
	const after: number[][] = [];
	const waitsFor: number[] = [];
	// questions that would close a loop, asked only if the draw runs out before the quiz is full
	const passedOver: number[] = [];
	while (kept.length < count) {
		const next = draw.next();
		if (next.done) break;
		const index = next.value;
		const shown = shownTexts(bank, index, mode);
		const earlier: number[] = [];
		const later: number[] = [];
		kept.forEach((other, i) => {
			if (namesAnswer(bank, shown, other)) earlier.push(i);
			if (namesAnswer(bank, texts[i]!, index)) later.push(i);
		});
		if (later.length > 0 && earlier.length > 0 && reaches(after, later, earlier)) {
			passedOver.push(index);
			continue;
		}
		const at = kept.length;
		kept.push(index);
		texts.push(shown);
		after.push(later);
		waitsFor.push(earlier.length);
		for (const i of earlier) after[i]!.push(at);
		for (const i of later) waitsFor[i]!++;
	}
	// the earliest drawn question with nothing left to wait for is asked next; the graph has no loop
	const out: number[] = [];
	const asked = new Uint8Array(kept.length);
	while (out.length < kept.length) {
		let i = 0;
		while (asked[i] || waitsFor[i]! > 0) i++;
		asked[i] = 1;
		out.push(kept[i]!);
		for (const j of after[i]!) waitsFor[j]!--;
	}
	// a student who asked for every question gets every one: no order hides the answers of a loop
	return [...out, ...passedOver.slice(0, count - out.length)];
}

/** Whether a walk along `after` from any of `from` arrives at any of `to`. */
function reaches(after: readonly (readonly number[])[], from: readonly number[], to: readonly number[]): boolean {
	const target = new Uint8Array(after.length);
	for (const i of to) target[i] = 1;
	const seen = new Uint8Array(after.length);
	const stack = [...from];
	while (stack.length > 0) {
		const i = stack.pop()!;
		if (target[i]) return true;
		if (seen[i]) continue;
		seen[i] = 1;
		stack.push(...after[i]!);
	}
	return false;
}
