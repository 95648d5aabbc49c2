/**
 * Moodle's Aiken format: a one-line question, choices "A) ..." or "B. ...", then "ANSWER: B".
 * The first line of a question is always its text, even when it starts like a choice
 * ("I. ...", "U.N. ..."): a choice can only follow a question.
 */
import { problem, type Problem, type ProblemCode, type ProblemParams } from '../bank/problems';
import { MAX_OPTIONS, MAX_QUESTIONS } from './limits';
import { checkedDraft, splitLines, tooManyQuestions } from './shared';
import type { Draft, ParseOutput } from './types';

/**
 * A choice line: a letter, ')' or '.', an optional space. Moodle wants a capital letter, but
 * "a) ..." with "ANSWER: A" says plainly what the teacher means, so a small one is read as capital.
 */
const CHOICE = /^([A-Za-z])[).][ \t]?(.*)$/;
const ANSWER_LINE = /^ANSWER\s*:/;

/** The answer line as Aiken wants it: upper case, then one capital letter standing alone. */
const ANSWER = /^ANSWER\s*:\s*([A-Z])(?=$|[\s).])/;
const LOOSE_ANSWER = /^answer\s*:/i;

/** Choices labelled with Gujarati letters (ક, ખ): common, but not Aiken. */
const GUJARATI_LABEL = /^[\u0A85-\u0AB9][).]/;

type Choice = { label: string; text: string; line: number };

/**
 * The question being read; `failed` once a problem has been reported for it; `more` when it
 * follows a line that had no choices either, with no blank line between: both are one question
 * gone wrong (choices the reader does not know, a question over several lines), reported once.
 */
type Open = { prompt: string; line: number; choices: Choice[]; failed: boolean; more: boolean };

/** Reads an Aiken file into drafts; `file` names it in problems. */
export function parseAiken(text: string, file: string): ParseOutput {
	const drafts: Draft[] = [];
	const problems: Problem[] = [];
	const fail = <C extends ProblemCode>(line: number, field: string, code: C, params: ProblemParams[C]) =>
		problems.push(problem(code, { file, field, line }, params));
	let open: Open | undefined;
	let answered = 0;

	const unfinished = (q: Open) => {
		if (q.failed) return;
		if (q.choices.length > 0) fail(q.line, 'answer', 'aiken-no-answer-line', {});
		else if (!q.more) fail(q.line, 'question', 'aiken-no-choices', {});
	};
	// a blank line since the last question began: the next one is a question of its own
	let blank = false;

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
			if (t === '') blank = true;
			continue;
		}
		if (ANSWER_LINE.test(t) || LOOSE_ANSWER.test(t)) {
			if (!open) fail(line, 'answer', 'aiken-answer-alone', { text: t });
			else if (!ANSWER_LINE.test(t)) {
				if (!open.failed) fail(line, 'answer', 'aiken-answer-case', { text: t });
			} else if (answered++ >= MAX_QUESTIONS) {
				// past the limit the file is refused whole: only counted, not read
			} else if (!open.failed && !(open.more && open.choices.length === 0)) {
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
				const label = choice[1]!.toUpperCase();
				const twice = open.choices.find((c) => c.label === label);
				if (twice && !open.failed) {
					fail(line, 'choices', 'aiken-duplicate-label', { label, first: twice.line });
					open.failed = true;
				}
				if (open.choices.length === MAX_OPTIONS && !open.failed) {
					fail(line, 'choices', 'too-many-options', { max: MAX_OPTIONS });
					open.failed = true;
				}
				if (!open.failed) open.choices.push({ label, text: choice[2]!.trim(), line });
				continue;
			}
			const gujarati = GUJARATI_LABEL.exec(t);
			if (gujarati) {
				if (!open.failed) fail(line, 'choices', 'aiken-gujarati-label', { label: gujarati[0] });
				open.failed = true;
				continue;
			}
			unfinished(open);
		}
		const more = open !== undefined && open.choices.length === 0 && !blank;
		open = { prompt: t, line, choices: [], failed: false, more };
		blank = false;
	}
	if (open) unfinished(open);
	if (answered > MAX_QUESTIONS) return { drafts: [], problems: [tooManyQuestions(file, answered)] };
	return { drafts, problems };
}

/** The draft an answered question makes, or the problem that stops it. */
function finish(q: Open, t: string, line: number, file: string): Draft | Problem {
	const letter = ANSWER.exec(t)?.[1];
	if (letter === undefined) return problem('aiken-answer-letter', { file, field: 'answer', line }, { text: t });
	if (q.choices.length < 2) {
		const code = q.choices.length === 0 ? 'aiken-no-choices' : 'aiken-one-choice';
		return problem(code, { file, field: 'choices', line: q.line });
	}
	const right = q.choices.find((c) => c.label === letter);
	if (!right) {
		const labels = q.choices.map((c) => c.label).join(', ');
		return problem('aiken-answer-unknown', { file, field: 'answer', line }, { letter, labels });
	}
	const empty = q.choices.find((c) => c.text === '');
	if (empty) return problem('aiken-empty-choice', { file, field: 'choices', line: empty.line }, { label: empty.label });
	const raw = { prompt: q.prompt, answer: right.text, distractors: q.choices.filter((c) => c !== right).map((c) => c.text) };
	return checkedDraft({ ...raw, line: q.line }, { file, line: q.line });
}
