/**
 * Measures the extractor against a hand-made bank: recall (how many bank questions a proposal
 * finds, in the same sentence) and precision (how many proposals really are a date, person or
 * place, judged by the bank and by a hand-checked list). Also against the facts files of the
 * news corpus (tests/fixtures/extract/news): every date, person and place a text names.
 */
import * as v from 'valibot';
import { CATEGORIES, PLACE_KINDS, type Category, type Question } from '../bank/schema';
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

const FormSchema = v.pipe(v.string(), v.trim(), v.minLength(1));

/** One thing a news text names, once however often it stands there. */
const FactSchema = v.object({
	category: v.picklist(CATEGORIES),
	kind: v.optional(v.picklist(PLACE_KINDS)),
	/** The base form as the text writes it, without its case ending. */
	answer: FormSchema,
	/** Other ways the text (or a reader) writes it: the surname alone, a -ભાઈ form. */
	accept: v.optional(v.array(FormSchema), [])
});

/** A mention neither right nor wrong to propose: a place name inside an organisation's name. */
const IgnoredSchema = v.object({
	category: v.picklist(CATEGORIES),
	answer: FormSchema,
	accept: v.optional(v.array(FormSchema), []),
	note: FormSchema
});

/** The facts file beside a news text: `X.facts.json` for `X.txt`. */
export const FactsFileSchema = v.object({
	subject: FormSchema,
	facts: v.array(FactSchema),
	ignore: v.optional(v.array(IgnoredSchema), [])
});

export type Fact = v.InferOutput<typeof FactSchema>;
export type Ignored = v.InferOutput<typeof IgnoredSchema>;
export type FactsFile = v.InferOutput<typeof FactsFileSchema>;

/** Reads a facts file's JSON; throws, naming the file and the field, when it is malformed. */
export function parseFacts(json: unknown, file: string): FactsFile {
	const result = v.safeParse(FactsFileSchema, json);
	if (result.success) return result.output;
	const issue = result.issues[0];
	const path = issue.path?.map((step) => String(step.key)).join('.') ?? '';
	throw new Error(`${file}: ${path || 'file'}: ${issue.message}`);
}

/** Whether a proposal names a fact (or an ignored mention): same category, a matching form. */
function matchesFact(p: Proposal, f: Pick<Fact, 'category' | 'answer' | 'accept'>): boolean {
	return p.category === f.category && [f.answer, ...f.accept].some((form) => sameAnswer(p.answer, form));
}

/** The people proposed whose answer is a place of the text (a fact or an ignored mention): each a mistake the goals forbid. */
export function placesAsPeople(proposals: readonly Proposal[], file: Pick<FactsFile, 'facts' | 'ignore'>): Proposal[] {
	const places = [...file.facts, ...file.ignore].filter((f) => f.category === 'place');
	return proposals.filter((p) => p.category === 'person' && places.some((f) => matchesFact({ ...p, category: 'place' }, f)));
}

/** Recall on one news text: each fact is found by some proposal anywhere in the text, or missed. */
export type FactRecall = { found: Fact[]; missed: Fact[] };

/** A fact is found when a proposal of its category has its answer or one of its accept forms. */
export function factRecallOf(proposals: readonly Proposal[], facts: readonly Fact[]): FactRecall {
	const out: FactRecall = { found: [], missed: [] };
	for (const f of facts) (proposals.some((p) => matchesFact(p, f)) ? out.found : out.missed).push(f);
	return out;
}

/** Precision on one news text: ignored proposals count neither way. */
export type FactPrecision = { right: Proposal[]; ignored: Proposal[]; wrong: Proposal[] };

/** A proposal is right when it names a fact, ignored when it names an ignored mention, else wrong. */
export function factPrecisionOf(
	proposals: readonly Proposal[],
	file: Pick<FactsFile, 'facts' | 'ignore'>
): FactPrecision {
	const out: FactPrecision = { right: [], ignored: [], wrong: [] };
	for (const p of proposals) {
		if (file.facts.some((f) => matchesFact(p, f))) out.right.push(p);
		else if (file.ignore.some((i) => matchesFact(p, i))) out.ignored.push(p);
		else out.wrong.push(p);
	}
	return out;
}

/** Counts of one category, or of all: facts found, proposals right and wrong. */
export type Tally = { facts: number; found: number; proposals: number; right: number; ignored: number };

/** The counts of a news text (or several), in all and per category. */
export type FactScore = { all: Tally; byCategory: Record<Category, Tally> };

const NO_TALLY: Tally = { facts: 0, found: 0, proposals: 0, right: 0, ignored: 0 };

/** Scores the proposals for one news text against its facts file. */
export function scoreFacts(proposals: readonly Proposal[], file: Pick<FactsFile, 'facts' | 'ignore'>): FactScore {
	const recall = factRecallOf(proposals, file.facts);
	const precision = factPrecisionOf(proposals, file);
	const tally = (category?: Category): Tally => {
		const of = <T extends { category: Category }>(items: readonly T[]) =>
			category ? items.filter((i) => i.category === category).length : items.length;
		return {
			facts: of(file.facts),
			found: of(recall.found),
			proposals: of(proposals),
			right: of(precision.right),
			ignored: of(precision.ignored)
		};
	};
	const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, tally(c)])) as Record<Category, Tally>;
	return { all: tally(), byCategory };
}

function addTallies(a: Tally, b: Tally): Tally {
	return {
		facts: a.facts + b.facts,
		found: a.found + b.found,
		proposals: a.proposals + b.proposals,
		right: a.right + b.right,
		ignored: a.ignored + b.ignored
	};
}

/** The scores of several texts added up: the figures of a whole folder. */
export function totalScore(scores: readonly FactScore[]): FactScore {
	const byCategory = Object.fromEntries(
		CATEGORIES.map((c) => [c, scores.map((s) => s.byCategory[c]).reduce(addTallies, NO_TALLY)])
	) as Record<Category, Tally>;
	return { all: scores.map((s) => s.all).reduce(addTallies, NO_TALLY), byCategory };
}

/** Recall of a tally, 0..1: facts found out of facts; nothing out of nothing is 1. */
export function recallRate(t: Tally): number {
	return t.facts === 0 ? 1 : t.found / t.facts;
}

/** Precision of a tally, 0..1: right out of the proposals that were not ignored; none is 1. */
export function precisionRate(t: Tally): number {
	const judged = t.proposals - t.ignored;
	return judged === 0 ? 1 : t.right / judged;
}

/**
 * The facts (and ignored mentions) none of whose forms stands in the text, case endings aside:
 * a mistyped facts file, caught before it skews a measure.
 */
export function absentFacts(text: string, file: Pick<FactsFile, 'facts' | 'ignore'>): (Fact | Ignored)[] {
	const key = ` ${normalizeForMatch(text)} `;
	return [...file.facts, ...file.ignore].filter(
		(f) => ![f.answer, ...f.accept].some((form) => key.includes(` ${normalizeForMatch(form)}`))
	);
}

/** A share as a percentage with one decimal: 0.9567 -> "95.7%"; nothing out of nothing is 100%. */
export function percent(part: number, whole: number): string {
	return `${(whole === 0 ? 100 : (100 * part) / whole).toFixed(1)}%`;
}
