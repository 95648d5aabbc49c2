/**
 * Measures the extractor against a hand-made bank: recall (how many bank questions a proposal
 * finds, in the same sentence) and precision (how many proposals really are a date, person or
 * place, judged by the bank and by a hand-checked list).
 */
import type { Category, Question } from '../bank/schema';
import { normalizeForMatch } from '../text/normalize';
import type { Proposal } from './extract';
import { CASE_ENDINGS } from './words';

/** What the measures read of a bank question. */
export type BankItem = Pick<Question, 'id' | 'category' | 'answer' | 'accept' | 'article' | 'quote'>;

/** A proposal someone checked by reading the article: is its answer a date, person or place? */
export type Judgement = { article: string; category: Category; answer: string; ok: boolean; note: string };

/** The comparison keys of an answer: as written, and without one case ending. */
function readings(text: string): string[] {
	const key = normalizeForMatch(text);
	const stems = CASE_ENDINGS.filter((e) => key.endsWith(e) && [...key].length - [...e].length >= 2);
	return [key, ...stems.map((e) => key.slice(0, -e.length))];
}

/** Whether two answers are the same after normalisation, with a case ending on either tolerated. */
export function sameAnswer(a: string, b: string): boolean {
	const theirs = new Set(readings(b));
	return readings(a).some((r) => r !== '' && theirs.has(r));
}

/** Whether a proposal answers a bank question: same category, and a matching answer or accept form. */
function answers(p: Proposal, q: BankItem): boolean {
	return p.category === q.category && [q.answer, ...q.accept].some((form) => sameAnswer(p.answer, form));
}

/** Recall on one article: each bank question is found or missed. */
export type Recall = { found: BankItem[]; missed: BankItem[] };

/**
 * A bank question is found when a proposal answers it and the proposal's answer stands inside the
 * question's quote in `text`. A quote that is not in the text is missed.
 */
export function recallOf(text: string, proposals: readonly Proposal[], questions: readonly BankItem[]): Recall {
	const found: BankItem[] = [];
	const missed: BankItem[] = [];
	for (const q of questions) {
		const from = text.indexOf(q.quote);
		const to = from + q.quote.length;
		const hit = from !== -1 && proposals.some((p) => p.start >= from && p.end <= to && answers(p, q));
		(hit ? found : missed).push(q);
	}
	return { found, missed };
}

/** Precision on one article: proposals judged right, wrong, or not judged yet (counted as wrong). */
export type Precision = { right: Proposal[]; wrong: Proposal[]; unjudged: Proposal[] };

/**
 * A proposal is judged by the hand-checked list when it names the proposal for this article
 * (someone read it in its sentence); else it is right when a bank question of its category has
 * its answer; else it is unjudged, which counts against precision until someone reads it.
 */
export function precisionOf(
	article: string,
	proposals: readonly Proposal[],
	bank: readonly BankItem[],
	judged: readonly Judgement[]
): Precision {
	const out: Precision = { right: [], wrong: [], unjudged: [] };
	for (const p of proposals) {
		const j = judged.find((j) => j.article === article && j.category === p.category && sameAnswer(p.answer, j.answer));
		if (j) (j.ok ? out.right : out.wrong).push(p);
		else if (bank.some((q) => answers(p, q))) out.right.push(p);
		else out.unjudged.push(p);
	}
	return out;
}

/** A share as a percentage with one decimal: 0.9567 -> "95.7%"; nothing out of nothing is 100%. */
export function percent(part: number, whole: number): string {
	return `${(whole === 0 ? 100 : (100 * part) / whole).toFixed(1)}%`;
}
