/**
 * The Learn round, as Quizlet's Learn works: each fact (a question) is asked first as a choice,
 * then typed, and is mastered once it is answered right in both forms. Facts are taken about seven
 * at a time (a batch, shown as a "round" to the student); a fact missed comes back later in the
 * same batch, in the same form. Everything here is derived from the round's stored answers, so a
 * reload lands exactly where the student was. Pure: time and randomness come in as arguments.
 */
import { State } from 'ts-fsrs';
import { createRng, shuffle } from '$lib/quiz/random';
import type { CardRecord } from '$lib/srs';

/** Where a fact stands: to be picked from options, to be typed, or mastered. */
export type Step = 'choice' | 'typed' | 'mastered';

/** The step a fact is asked at: a mastered one is not asked. */
export type AskStep = Exclude<Step, 'mastered'>;

/** Facts per batch, as in Quizlet's Learn. */
export const BATCH_SIZE = 7;

/** A missed fact comes back after this many others of its batch (sooner only when fewer are left). */
export const REQUEUE_GAP = 3;

/**
 * A card in Review state whose stability is at least this many days is known well: the fact skips
 * the choice step and starts typed. 21 days is Anki's line between a "young" and a "mature" card.
 */
export const KNOWN_STABILITY_DAYS = 21;

/** The fields of a card the round reads. */
export type LearnCard = Pick<CardRecord, 'state' | 'stability' | 'due'>;

/** What the round reads of one stored answer (an Attempt has all of these). */
export interface LearnAnswer {
	questionId: string;
	mode: 'choice' | 'typed' | 'tf';
	correct: boolean;
}

/** Whether a card says the fact is known well enough to start at the typed step. */
export function isKnownWell(card: LearnCard | undefined): boolean {
	return card?.state === State.Review && card.stability >= KNOWN_STABILITY_DAYS;
}

/**
 * The step a fact starts at: typed when its card is known well, or when it cannot be asked as a
 * choice (the bank has no other answer to offer beside it); otherwise choice.
 */
export function firstStep(card: LearnCard | undefined, canChoose: boolean): AskStep {
	return !canChoose || isKnownWell(card) ? 'typed' : 'choice';
}

/**
 * The order a round asks its facts in, weakest and due first:
 * 1. facts whose card is due by `now` or is in learning steps (missed lately), lowest stability first;
 * 2. facts never studied (no card, or a card still New), in the set's order;
 * 3. cards not yet due, lowest stability first.
 * Ties keep the set's order; a repeated id is kept once.
 */
export function orderFacts(ids: readonly string[], cards: ReadonlyMap<string, LearnCard>, now: Date): string[] {
	const rank = (card: LearnCard | undefined): number => {
		if (!card || card.state === State.New) return 1;
		const learning = card.state === State.Learning || card.state === State.Relearning;
		return learning || card.due.getTime() <= now.getTime() ? 0 : 2;
	};
	const unique = [...new Set(ids)];
	const keyed = unique.map((id, index) => {
		const card = cards.get(id);
		return { id, index, rank: rank(card), stability: card?.stability ?? 0 };
	});
	keyed.sort((a, b) => a.rank - b.rank || (a.rank !== 1 ? a.stability - b.stability : 0) || a.index - b.index);
	return keyed.map((k) => k.id);
}

/** One fact of a finished batch: where it stood before the batch and after, and how often it was missed. */
export interface BatchFact {
	questionId: string;
	from: AskStep;
	to: Step;
	missed: number;
}

/** Where a round stands, derived from its answers by `replay`. */
export interface LearnState {
	/** Facts in the round. */
	total: number;
	/** Facts mastered. */
	mastered: number;
	/** The step of every fact a batch has reached or an answer named; a fact not reached yet is at its first step. */
	steps: ReadonlyMap<string, Step>;
	/** The batch under way, 1 for the first; 0 once every fact is mastered. */
	batch: number;
	/** The batch's facts still to answer right, the next one first. */
	queue: readonly string[];
	/** Answers given in the batch under way. */
	answeredInBatch: number;
	/** How often each fact has been asked in this round (a new ask gets its options shuffled anew). */
	asked: ReadonlyMap<string, number>;
	/** Facts missed in the batch under way and not yet answered right: they are back for another try. */
	missedInBatch: ReadonlySet<string>;
	/** The last finished batch's facts, in the round's order; empty before one finishes. */
	lastBatch: readonly BatchFact[];
	/** A batch has just finished and the next has no answer yet: the checkpoint between them. */
	checkpoint: boolean;
	/** Every fact is mastered. */
	done: boolean;
}

/** The step each fact starts at, by question id: a Map, or a lookup that works each out when first asked. */
export type FirstSteps = { get(questionId: string): AskStep | undefined };

/** What `replay` needs. */
export interface ReplayInput {
	/** The round's facts, in the round's order (see orderFacts). */
	questionIds: readonly string[];
	/**
	 * The step each fact starts at (see firstStep); a fact left out starts as a choice. Asked only
	 * for the facts a batch reaches or an answer names: a first step can take a quiz's dealing to
	 * find, and a round of a 10,000-question set reaches a few.
	 */
	firstSteps: FirstSteps;
	/** Facts asked as a choice alone (a true/false statement: typing સાચું teaches nothing): a right choice masters them. */
	choiceOnly?: (questionId: string) => boolean;
	/** The round's answers, in the order given. */
	answers: readonly LearnAnswer[];
	/** Seeds each batch's shuffle (the round's id), so a replay always deals the same order. */
	seed: string;
}

/**
 * Replays a round's answers: which facts are mastered, which batch is under way and what it asks
 * next. A fact's step is read from its answers (a right choice makes it typed, a right typed answer
 * masters it), and a fact already answered starts at the form it was first asked in, whatever its
 * card says now. A batch is the first BATCH_SIZE facts not mastered when it begins, shuffled; each
 * must be answered right once at its step, and a miss puts the fact REQUEUE_GAP places back. An
 * answer to a fact outside the batch (given in another tab, say) still moves its step.
 */
export function replay({ questionIds, firstSteps, choiceOnly = () => false, answers, seed }: ReplayInput): LearnState {
	const ids = [...new Set(questionIds)];
	const inRound = new Set(ids);
	const firstMode = new Map<string, AskStep>();
	for (const a of answers) {
		if (!firstMode.has(a.questionId) && a.mode !== 'tf') firstMode.set(a.questionId, a.mode);
	}
	// each fact's step, set once a batch reaches it or an answer names it: a first step is never mastered
	const steps = new Map<string, Step>();
	const stepOf = (id: string): Step => {
		let step = steps.get(id);
		if (step === undefined) steps.set(id, (step = firstMode.get(id) ?? firstSteps.get(id) ?? 'choice'));
		return step;
	};
	const asked = new Map<string, number>();
	let batch = 0;
	let queue: string[] = [];
	let answeredInBatch = 0;
	let current: BatchFact[] = [];
	let lastBatch: BatchFact[] = [];
	let missed = new Set<string>();

	const unmastered = () => ids.filter((id) => steps.get(id) !== 'mastered');
	const startBatch = () => {
		if (current.length > 0) lastBatch = current;
		const facts = unmastered().slice(0, BATCH_SIZE);
		batch = facts.length > 0 ? batch + 1 : 0;
		queue = shuffle(createRng(`${seed}:${batch}`), facts);
		current = facts.map((id) => ({ questionId: id, from: stepOf(id) as AskStep, to: stepOf(id), missed: 0 }));
		answeredInBatch = 0;
		missed = new Set();
	};

	startBatch();
	for (const answer of answers) {
		const id = answer.questionId;
		if (!inRound.has(id) || answer.mode === 'tf') continue;
		const step = stepOf(id);
		asked.set(id, (asked.get(id) ?? 0) + 1);
		const typedNext = choiceOnly(id) ? 'mastered' : 'typed';
		const next: Step = !answer.correct ? step : answer.mode === 'typed' ? 'mastered' : step === 'choice' ? typedNext : step;
		steps.set(id, next);
		const at = queue.indexOf(id);
		if (at === -1) continue;
		queue.splice(at, 1);
		answeredInBatch++;
		const fact = current.find((f) => f.questionId === id)!;
		fact.to = next;
		if (answer.correct) {
			missed.delete(id);
		} else {
			fact.missed++;
			missed.add(id);
			queue.splice(Math.min(REQUEUE_GAP, queue.length), 0, id);
		}
		if (queue.length === 0) startBatch();
	}
	// answers from outside the batch may have mastered what it still waits for
	queue = queue.filter((id) => steps.get(id) !== 'mastered');
	if (queue.length === 0 && batch > 0) startBatch();

	const mastered = ids.length - unmastered().length;
	const done = mastered === ids.length;
	return {
		total: ids.length,
		mastered,
		steps,
		batch,
		queue,
		answeredInBatch,
		asked,
		missedInBatch: missed,
		lastBatch,
		checkpoint: !done && batch > 1 && answeredInBatch === 0,
		done
	};
}
