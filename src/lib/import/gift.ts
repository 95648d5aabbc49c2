/**
 * Moodle's GIFT format, read the way Moodle's own importer (question/format/gift/format.php)
 * reads it: questions separated by blank lines, the question type told by its answer block.
 * Multiple choice, short answer, numerical and true/false become Kasoti questions; matching,
 * essay and description questions are listed as left out.
 */
import type { Category, PlaceKind } from '../bank/schema';
import { hide, numberOf, readOption, readText, show, splitAt, type TextFormat } from './gift-text';
import { isValidId } from '../bank/ids';
import { cleanText } from '../text/normalize';
import { problem, type PlainCode, type Problem, type ProblemPlace } from '../bank/problems';
import { MAX_OPTIONS, MAX_QUESTIONS } from './limits';
import { BLANK, categoryFromName, checkedDraft, kindFromName, splitLines, tooManyQuestions, type RawDraft } from './shared';
import type { Draft, ParseOutput } from './types';

/** The answer of a true/false question whose statement is true. */
export const TRUE_ANSWER = 'સાચું';
/** The answer of a true/false question whose statement is false. */
export const FALSE_ANSWER = 'ખોટું';
/** What a `$CATEGORY:` path says about the questions after it. */
export type PathCategory = { category?: Category; kind?: PlaceKind };

/** The category a `$CATEGORY:` path names by its last part ("$course$/top/dates", ".../places/city"). */
export function categoryFromPath(path: string): PathCategory {
	const parts = path.split('/').map((part) => part.trim()).filter(Boolean);
	const last = parts.at(-1) ?? '';
	const category = categoryFromName(last);
	if (category) return { category };
	const kind = kindFromName(last);
	if (kind && categoryFromName(parts.at(-2) ?? '') === 'place') return { category: 'place', kind };
	return {};
}

/** A question's lines, comments left out, each with its 1-based line number. */
type Block = { lines: string[]; numbers: number[] };

/**
 * The file cut into questions. Moodle cuts only at blank lines; this also ends a question at
 * the line where its answer block closes, and gives `$CATEGORY:` a block of its own, so files
 * written without blank lines between questions still read right.
 */
function readBlocks(text: string): Block[] {
	const blocks: Block[] = [];
	let current: Block | undefined;
	let depth = 0;
	let opened = false;
	const end = () => {
		if (current) blocks.push(current);
		current = undefined;
		depth = 0;
		opened = false;
	};
	for (const [i, raw] of splitLines(text).entries()) {
		const line = raw.trim();
		if (line === '') end();
		else if (line.startsWith('$CATEGORY:')) {
			end();
			current = { lines: [line], numbers: [i + 1] };
			end();
		} else if (!line.startsWith('//')) {
			current ??= { lines: [], numbers: [] };
			current.lines.push(line);
			current.numbers.push(i + 1);
			for (let c = 0; c < line.length; c++) {
				const code = line.charCodeAt(c);
				// what follows a backslash is text, so `\{` opens nothing (as `hide` reads it, without copying)
				if (code === 0x5c) c++;
				else if (code === 0x7b) {
					depth++;
					opened = true;
				} else if (code === 0x7d) depth--;
			}
			if (opened && depth <= 0) end();
		}
	}
	end();
	return blocks;
}

/** What one block gave: a draft, problems, or a new category for the blocks after it. */
type BlockResult = { draft?: Draft; problems: Problem[]; category?: PathCategory };

/** Reads a GIFT file into drafts; `file` names it in problems. */
export function parseGift(text: string, file: string): ParseOutput {
	const drafts: Draft[] = [];
	const problems: Problem[] = [];
	let category: PathCategory = {};
	const blocks = readBlocks(text);
	// counted before any is read: a file too large to import is not worth reading question by question
	const questions = blocks.filter((b) => !b.lines[0]!.startsWith('$CATEGORY:')).length;
	if (questions > MAX_QUESTIONS) return { drafts, problems: [tooManyQuestions(file, questions)] };
	for (const block of blocks) {
		const result = readBlock(block, file, category);
		if (result.category) category = result.category;
		if (result.draft) drafts.push(result.draft);
		problems.push(...result.problems);
	}
	return { drafts, problems };
}

/** One question (or `$CATEGORY:`) block, under the category of the blocks before it. */
function readBlock(block: Block, file: string, category: PathCategory): BlockResult {
	const t = hide(block.lines.join('\n'));
	const lineAt = (offset: number) => {
		let newlines = 0;
		for (let i = 0; i < offset; i++) if (t.charCodeAt(i) === 10) newlines++;
		return block.numbers[newlines]!;
	};
	if (t.startsWith('$CATEGORY:')) return { problems: [], category: categoryFromPath(show(t.slice(10))) };

	let bodyStart = 0;
	let title: string | undefined;
	if (t.startsWith('::')) {
		const end = t.indexOf('::', 2);
		bodyStart = end === -1 ? 2 : end + 2;
		if (end !== -1) title = cleanText(show(t.slice(2, end)));
	}
	const line = block.numbers[0]!;
	const at = (field: string, offset = -1, severity: 'error' | 'note' = 'error'): ProblemPlace => ({
		file,
		field,
		line: offset < 0 ? line : lineAt(offset),
		severity,
		...(title !== undefined && { questionId: title })
	});
	/** A block that gives no question: a mistake, or (as a note) a question type left out. */
	const fail = (code: PlainCode, field: string, offset = -1, severity: 'error' | 'note' = 'error'): BlockResult => ({
		problems: [problem(code, at(field, offset, severity))]
	});

	const open = t.indexOf('{', bodyStart);
	const close = t.indexOf('}', bodyStart);
	if (open === -1 && close === -1) return fail('gift-description', 'question', -1, 'note');
	if (open === -1 || (close !== -1 && close < open)) return fail('gift-stray-brace', 'question', close);
	if (close === -1) return fail('gift-unclosed-brace', 'question', open);
	const nextOpen = t.indexOf('{', open + 1);
	if (nextOpen !== -1 && nextOpen < close) return fail('gift-unclosed-brace', 'question', open);
	if (nextOpen !== -1) return fail('gift-second-block', 'question', nextOpen);
	const strayClose = t.indexOf('}', close + 1);
	if (strayClose !== -1) return fail('gift-stray-brace', 'question', strayClose);

	let answers = t.slice(open + 1, close).trim();
	const after = t.slice(close + 1);
	const missingWord = after.trim() !== '';
	const question = readText(t.slice(bodyStart, open) + (missingWord ? BLANK + after : ''), 'moodle');
	const general = answers.lastIndexOf('####');
	const generalFeedback = general === -1 ? '' : readText(answers.slice(general + 4), question.format).text;
	if (general !== -1) answers = answers.slice(0, general).trim();

	const base = {
		prompt: question.text,
		line,
		...(title !== undefined && { title }),
		...(title !== undefined && isValidId(title) && { id: title }),
		...category,
		...(missingWord && { origin: 'missing-word' as const })
	};
	const done = (raw: Omit<RawDraft, 'prompt' | 'line'>, notes: Problem[] = []): BlockResult => {
		if (question.text === '') return fail('gift-no-text', 'prompt');
		const explanation = generalFeedback || raw.explanation;
		const draft = checkedDraft({ ...base, ...raw, explanation }, { file, line, ...(title !== undefined && { questionId: title }) });
		return 'code' in draft ? { problems: [draft] } : { draft, problems: notes };
	};

	const ctx: Context = {
		format: question.format,
		done,
		fail: (code, field, severity) => fail(code, field, -1, severity),
		at: (field) => at(field),
		partial: () => problem('gift-part-marks', at('answer', -1, 'note'))
	};
	if (answers === '') return fail('gift-essay', 'question', -1, 'note');
	if (answers.startsWith('#')) return numerical(answers.slice(1), ctx);
	if (answers.includes('~')) return multipleChoice(answers, ctx);
	if (answers.includes('=') && answers.includes('->'))
		return fail('gift-matching', 'question', -1, 'note');
	const hash = answers.indexOf('#');
	const truth = (hash > 0 ? answers.slice(0, hash) : answers).trim();
	if (['T', 'TRUE', 'F', 'FALSE'].includes(truth)) return trueFalse(answers, truth.startsWith('T'), ctx);
	return shortAnswer(answers, ctx);
}

/** What the readers of each question type need from the block being read. */
type Context = {
	format: TextFormat;
	/** The block's result: a draft made from the block's text and `raw`, with non-blocking `notes`. */
	done: (raw: Omit<RawDraft, 'prompt' | 'line'>, notes?: Problem[]) => BlockResult;
	fail: (code: PlainCode, field: string, severity?: 'error' | 'note') => BlockResult;
	/** Where a problem with `field` of this question is. */
	at: (field: string) => ProblemPlace;
	/** The note that answers with part marks were left out. */
	partial: () => Problem;
};

function trueFalse(answers: string, isTrue: boolean, ctx: Context): BlockResult {
	// Moodle's order after the value: feedback for a wrong reply, then for a right one
	const [, wrong = '', right = ''] = answers.split('#').map((part) => readText(part, ctx.format).text);
	return ctx.done({
		answer: isTrue ? TRUE_ANSWER : FALSE_ANSWER,
		distractors: [isTrue ? FALSE_ANSWER : TRUE_ANSWER],
		explanation: right || wrong,
		origin: 'true-false'
	});
}

/** A block of more options than any quiz shows, refused before each is read. */
const tooManyOptions = (parts: string[], ctx: Context): BlockResult | undefined =>
	parts.length > MAX_OPTIONS ? { problems: [problem('too-many-options', ctx.at('answer'), { max: MAX_OPTIONS })] } : undefined;

function multipleChoice(answers: string, ctx: Context): BlockResult {
	const parts = splitAt(answers.replace(/=/g, '~='), '~');
	const tooMany = tooManyOptions(parts, ctx);
	if (tooMany) return tooMany;
	const options = parts.map((part) => {
		const trimmed = part.trim();
		return trimmed.startsWith('=')
			? readOption(trimmed.slice(1), ctx.format, 1)
			: readOption(trimmed, ctx.format, 0);
	});
	if (options.length < 2) return ctx.fail('gift-too-few-options', 'answer');
	const right = options.filter((o) => o.weight >= 1);
	const partial = options.filter((o) => o.weight > 0 && o.weight < 1);
	if (right.length === 0 && partial.length > 0) return ctx.fail('gift-multiple-answer', 'question', 'note');
	if (right.length === 0) return ctx.fail('gift-no-right-option', 'answer');
	if (options.some((o) => o.text === '')) return ctx.fail('gift-empty-option', 'answer');
	return ctx.done(
		{
			answer: right[0]!.text,
			// more than one option marked = : the others count as right too
			accept: right.slice(1).map((o) => o.text),
			distractors: options.filter((o) => o.weight <= 0).map((o) => o.text),
			explanation: right[0]!.feedback
		},
		partial.length === 0 ? [] : [ctx.partial()]
	);
}

function shortAnswer(answers: string, ctx: Context): BlockResult {
	const parts = splitAt(answers, '=');
	const tooMany = tooManyOptions(parts, ctx);
	if (tooMany) return tooMany;
	const options = parts.map((part) => readOption(part, ctx.format, 1));
	const right = options.filter((o) => o.weight >= 1 && o.text !== '');
	if (right.length === 0) return ctx.fail('gift-no-full-marks', 'answer');
	return ctx.done(
		{ answer: right[0]!.text, accept: right.slice(1).map((o) => o.text), explanation: right[0]!.feedback },
		right.length < options.length ? [ctx.partial()] : []
	);
}

function numerical(answers: string, ctx: Context): BlockResult {
	// feedback for any other number follows a '~'; Kasoti has no use for it
	const tilde = answers.indexOf('~');
	const kept = tilde === -1 ? answers : answers.slice(0, tilde);
	const parts = splitAt(kept, '=');
	const tooMany = tooManyOptions(parts, ctx);
	if (tooMany) return tooMany;
	const options = parts.map((part) => readOption(part, ctx.format, 1));
	if (options.length === 0) return ctx.fail('gift-no-number', 'answer');
	const right = options.filter((o) => o.weight >= 1);
	const values: string[] = [];
	for (const option of right) {
		const value = numberOf(option.text);
		if (value === undefined) return { problems: [problem('gift-not-a-number', ctx.at('answer'), { text: option.text })] };
		values.push(value);
	}
	if (values.length === 0) return ctx.fail('gift-no-full-marks', 'answer');
	return ctx.done(
		{ answer: values[0]!, accept: values.slice(1), explanation: right[0]!.feedback, origin: 'numerical' },
		right.length < options.length ? [ctx.partial()] : []
	);
}
