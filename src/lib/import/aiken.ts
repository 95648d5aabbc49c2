/**
 * Moodle's Aiken format: a one-line question, choices "A) ..." or "B. ...", then "ANSWER: B".
 * The first line of a question is always its text, even when it starts like a choice
 * ("I. ...", "U.N. ..."): a choice can only follow a question.
 */
import { makeDraft, problem, splitLines } from './shared';
import type { Draft, ImportProblem, ParseOutput } from './types';

/** A choice line: a capital letter, ')' or '.', an optional space (Moodle's own pattern). */
const CHOICE = /^([A-Z])[).][ \t]?(.*)$/;
const ANSWER_LINE = /^ANSWER\s*:/;

/** The answer line as Aiken wants it: upper case, then one capital letter standing alone. */
const ANSWER = /^ANSWER\s*:\s*([A-Z])(?=$|[\s).])/;
const LOOSE_ANSWER = /^answer\s*:/i;

/** Choices labelled with Gujarati letters (ક, ખ): common, but not Aiken. */
const GUJARATI_LABEL = /^[\u0A85-\u0AB9][).]/;

type Choice = { label: string; text: string; line: number };

/** The question being read; `failed` once a problem has been reported for it. */
type Open = { prompt: string; line: number; choices: Choice[]; failed: boolean };

/** Reads an Aiken file into drafts; `file` names it in problems. */
export function parseAiken(text: string, file: string): ParseOutput {
	const drafts: Draft[] = [];
	const problems: ImportProblem[] = [];
	const fail = (line: number, field: string, message: string) =>
		problems.push(problem(file, field, message, { line }));
	let open: Open | undefined;

	const unfinished = (q: Open) => {
		if (q.failed) return;
		if (q.choices.length > 0) fail(q.line, 'answer', 'has no "ANSWER:" line after its choices');
		else {
			const message = 'has no choices: write the question on one line, then "A) ..." lines, then "ANSWER: A"';
			fail(q.line, 'question', message);
		}
	};

	for (const [i, raw] of splitLines(text).entries()) {
		const line = i + 1;
		const t = raw.trim();
		// Moodle skips lines shorter than two characters
		if (t.length < 2) {
			// a blank line after choices ends the question, so the next line is read as a question
			if (t === '' && open && open.choices.length > 0) {
				unfinished(open);
				open = undefined;
			}
			continue;
		}
		if (ANSWER_LINE.test(t) || LOOSE_ANSWER.test(t)) {
			if (!open) fail(line, 'answer', `"${t}" has no question before it`);
			else if (!ANSWER_LINE.test(t)) {
				if (!open.failed) fail(line, 'answer', `"${t}" must be written in capitals, as in "ANSWER: B"`);
			} else if (!open.failed) {
				const done = finish(open, t, line, file);
				if ('prompt' in done) drafts.push(done);
				else problems.push(done);
			}
			open = undefined;
			continue;
		}
		if (open) {
			const choice = CHOICE.exec(t);
			if (choice) {
				open.choices.push({ label: choice[1]!, text: choice[2]!.trim(), line });
				continue;
			}
			const gujarati = GUJARATI_LABEL.exec(t);
			if (gujarati) {
				if (!open.failed) {
					const message = `label the choices A), B), C) (capital Latin letters): "${gujarati[0]}" is not Aiken`;
					fail(line, 'choices', message);
				}
				open.failed = true;
				continue;
			}
			unfinished(open);
		}
		open = { prompt: t, line, choices: [], failed: false };
	}
	if (open) unfinished(open);
	return { drafts, problems };
}

/** The draft an answered question makes, or the problem that stops it. */
function finish(q: Open, t: string, line: number, file: string): Draft | ImportProblem {
	const letter = ANSWER.exec(t)?.[1];
	if (letter === undefined) {
		const message = `"${t}" must name one choice by its capital letter, as in "ANSWER: B"`;
		return problem(file, 'answer', message, { line });
	}
	if (q.choices.length < 2) {
		const message =
			q.choices.length === 0 ? 'has no choices' : 'has only one choice: an Aiken question needs at least two';
		return problem(file, 'choices', message, { line: q.line });
	}
	const right = q.choices.find((c) => c.label === letter);
	if (!right) {
		const labels = q.choices.map((c) => c.label).join(', ');
		return problem(file, 'answer', `"ANSWER: ${letter}" names no choice: the choices are ${labels}`, { line });
	}
	const empty = q.choices.find((c) => c.text === '');
	if (empty) return problem(file, 'choices', `choice ${empty.label} is empty`, { line: empty.line });
	return makeDraft({
		prompt: q.prompt,
		answer: right.text,
		distractors: q.choices.filter((c) => c !== right).map((c) => c.text),
		line: q.line
	});
}
