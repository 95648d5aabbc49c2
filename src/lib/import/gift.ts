/**
 * Moodle's GIFT format, read the way Moodle's own importer (question/format/gift/format.php)
 * reads it: questions separated by blank lines, the question type told by its answer block.
 * Multiple choice, short answer, numerical and true/false become Kasoti questions; matching,
 * essay and description questions are listed as left out.
 */
import type { Category, OptionFeedback, PlaceKind } from '../bank/schema';
import { hide, readNumber, readOption, readText, show, splitAt, type NumberAnswer, type Option, type TextFormat } from './gift-text';
import { readFileComments, readQuestionComments } from './gift-comments';
import type { Media } from './gift-media';
import { isValidId } from '../bank/ids';
import { cleanText } from '../text/normalize';
import { problem, type LeftOut, type PlainCode, type Problem, type ProblemPlace } from '../bank/problems';
import { MAX_OPTIONS, MAX_QUESTIONS } from './limits';
import { BLANK } from '../bank/blank';
import { categoryFromName, checkedDraft, kindFromName, splitLines, tooManyQuestions, type RawDraft } from './shared';
import { FALSE_ANSWER, TRUE_ANSWER } from '../bank/truth-words';
import type { Draft, ParseOutput } from './types';

export { FALSE_ANSWER, TRUE_ANSWER };

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

/** A question's lines, comments apart, each line with its 1-based line number. */
type Block = { lines: string[]; numbers: number[]; comments: string[] };

/** The questions of a file, and the comment lines at its top. */
type Layout = { blocks: Block[]; header: string[] };

/**
 * The file cut into questions. Moodle cuts only at blank lines; this also ends a question at
 * the line where its answer block closes, and where a `::title::` starts a question after one
 * with no answer block (Moodle writes a description with no blank line after it), and gives
 * `$CATEGORY:` a block of its own, so files written without blank lines still read right. The
 * comment lines before a question are its own (Moodle's `[tag:…]`, Kasoti's `// kasoti-…:`).
 */
function readBlocks(text: string): Layout {
	const blocks: Block[] = [];
	const header: string[] = [];
	let current: Block | undefined;
	// the block that ended last, while no blank line or other line has followed it
	let last: Block | undefined;
	let pending: string[] = [];
	let depth = 0;
	let opened = false;
	let started = false;
	const end = () => {
		if (current) {
			blocks.push(current);
			last = current;
		}
		current = undefined;
		depth = 0;
		opened = false;
	};
	for (const [i, raw] of splitLines(text).entries()) {
		const line = raw.trim();
		if (line === '') {
			end();
			// comments right after a question, before the blank line, are its own, as in Moodle
			if (last) for (const comment of pending) last.comments.push(comment);
			last = undefined;
			pending = [];
		} else if (line.startsWith('$CATEGORY:')) {
			end();
			started = true;
			blocks.push({ lines: [line], numbers: [i + 1], comments: [] });
			last = undefined;
			pending = [];
		} else if (line.startsWith('//')) {
			if (!started) header.push(line);
			if (current && depth > 0) current.comments.push(line);
			else pending.push(line);
		} else {
			started = true;
			if (current && !opened && line.startsWith('::')) end();
			// one at a time: push(...pending) with a million comment lines is more arguments than a call takes
			if (current) for (const comment of pending) current.comments.push(comment);
			current ??= { lines: [], numbers: [], comments: pending };
			pending = [];
			last = undefined;
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
	return { blocks, header };
}

/** What one block gave: a draft, problems, or a new category for the blocks after it. */
type BlockResult = { draft?: Draft; problems: Problem[]; category?: PathCategory };

/** The set's id and titles the top of the file names, each only when it says something. */
function fileMeta(header: string[]): Pick<ParseOutput, 'setId' | 'title' | 'titleEn'> {
	const { setId, title, titleEn } = readFileComments(header);
	const clean = (text: string | undefined) => (text === undefined ? '' : cleanText(text));
	return {
		...(setId !== undefined && isValidId(setId) && { setId }),
		...(clean(title) !== '' && { title: clean(title) }),
		...(clean(titleEn) !== '' && { titleEn: clean(titleEn) })
	};
}

/** Reads a GIFT file into drafts; `file` names it in problems. */
export function parseGift(text: string, file: string): ParseOutput {
	const drafts: Draft[] = [];
	const problems: Problem[] = [];
	let category: PathCategory = {};
	const { blocks, header } = readBlocks(text);
	// counted before any is read: a file too large to import is not worth reading question by question
	const questions = blocks.filter((b) => !b.lines[0]!.startsWith('$CATEGORY:')).length;
	if (questions > MAX_QUESTIONS) return { drafts, problems: [tooManyQuestions(file, questions)] };
	for (const block of blocks) {
		const result = readBlock(block, file, category);
		if (result.category) category = result.category;
		if (result.draft) drafts.push(result.draft);
		for (const p of result.problems) problems.push(p);
	}
	return { drafts, problems, ...fileMeta(header) };
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

	// every image, sound and file taken out of the question's texts, named in a note
	const media: Media[] = [];
	let answers = t.slice(open + 1, close).trim();
	const after = t.slice(close + 1);
	const missingWord = after.trim() !== '';
	const question = readText(t.slice(bodyStart, open) + (missingWord ? BLANK + after : ''), 'moodle', media);
	const general = answers.lastIndexOf('####');
	const generalFeedback = general === -1 ? '' : readText(answers.slice(general + 4), question.format, media).text;
	if (general !== -1) answers = answers.slice(0, general).trim();
	const comments = readQuestionComments(block.comments);

	const base = {
		prompt: question.text,
		line,
		...(title !== undefined && { title }),
		...(title !== undefined && isValidId(title) && { id: title }),
		...category,
		...(missingWord && { origin: 'missing-word' as const }),
		...(comments.en !== undefined && { en: comments.en }),
		...(comments.statement !== undefined && { statement: comments.statement }),
		...(comments.tags.length > 0 && { tags: comments.tags })
	};
	const leftOut = (what: LeftOut, text: string, field = 'question') =>
		problem('left-out', at(field, -1, 'note'), { what, text });
	const done = (raw: Omit<RawDraft, 'prompt' | 'line'>, notes: Problem[] = []): BlockResult => {
		if (question.text === '') return fail('gift-no-text', 'prompt');
		// a numerical block holds ASCII digits only; Kasoti's export names the answer as written
		const answer = raw.origin === 'numerical' && comments.answer !== undefined ? comments.answer : raw.answer;
		const own = (raw.feedback ?? []).map((f) => (f.option === raw.answer ? { ...f, option: answer } : f));
		const draft = checkedDraft(
			{
				...base,
				...raw,
				answer,
				...(!raw.numeric && comments.numeric && { numeric: comments.numeric }),
				// the general feedback is the explanation; an option's own feedback stays with its option
				explanation: generalFeedback,
				accept: [...(raw.accept ?? []), ...comments.accept],
				feedback: [...own, ...comments.feedback]
			},
			{ file, line, ...(title !== undefined && { questionId: title }) }
		);
		if ('code' in draft) return { problems: [draft] };
		const named = new Set<string>();
		const files = media.flatMap((m) => {
			const key = `${m.what}\n${m.name}`;
			if (named.has(key)) return [];
			named.add(key);
			return [leftOut(m.what, m.name)];
		});
		const idnumber = comments.idnumber === undefined ? [] : [leftOut('idnumber', comments.idnumber)];
		return { draft, problems: [...files, ...idnumber, ...notes] };
	};

	const ctx: Context = {
		format: question.format,
		media,
		done,
		fail: (code, field, severity) => fail(code, field, -1, severity),
		at: (field) => at(field),
		partial: () => problem('gift-part-marks', at('answer', -1, 'note')),
		leftOut
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
	/** Where the images and sounds of the options and their feedback are named. */
	media: Media[];
	/** The block's result: a draft made from the block's text and `raw`, with non-blocking `notes`. */
	done: (raw: Omit<RawDraft, 'prompt' | 'line'>, notes?: Problem[]) => BlockResult;
	fail: (code: PlainCode, field: string, severity?: 'error' | 'note') => BlockResult;
	/** Where a problem with `field` of this question is. */
	at: (field: string) => ProblemPlace;
	/** The note that answers with part marks were left out. */
	partial: () => Problem;
	/** The note that `text` of this question was left out. */
	leftOut: (what: LeftOut, text: string, field?: string) => Problem;
};

/** Feedback of the options that have some, keyed by the option as a student gives it. */
const feedbackOf = (options: Option[]): OptionFeedback[] =>
	options.filter((o) => o.feedback !== '').map((o) => ({ option: o.text, text: o.feedback }));

function trueFalse(answers: string, isTrue: boolean, ctx: Context): BlockResult {
	// Moodle's order after the value: feedback for a wrong reply, then for a right one (and a '#' in it stays)
	const [, wrongRaw = '', ...rightRaw] = answers.split('#');
	const wrong = readText(wrongRaw, ctx.format, ctx.media).text;
	const right = readText(rightRaw.join('#'), ctx.format, ctx.media).text;
	const [forTrue, forFalse] = isTrue ? [right, wrong] : [wrong, right];
	return ctx.done({
		answer: isTrue ? TRUE_ANSWER : FALSE_ANSWER,
		distractors: [isTrue ? FALSE_ANSWER : TRUE_ANSWER],
		feedback: [
			{ option: TRUE_ANSWER, text: forTrue },
			{ option: FALSE_ANSWER, text: forFalse }
		],
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
			? readOption(trimmed.slice(1), ctx.format, 1, ctx.media)
			: readOption(trimmed, ctx.format, 0, ctx.media);
	});
	if (options.length < 2) return ctx.fail('gift-too-few-options', 'answer');
	const right = options.filter((o) => o.weight >= 1);
	const partial = options.filter((o) => o.weight > 0 && o.weight < 1);
	const wrong = options.filter((o) => o.weight <= 0);
	if (right.length === 0 && partial.length > 0) return ctx.fail('gift-multiple-answer', 'question', 'note');
	if (right.length === 0) return ctx.fail('gift-no-right-option', 'answer');
	if (options.some((o) => o.text === '')) return ctx.fail('gift-empty-option', 'answer');
	return ctx.done(
		{
			answer: right[0]!.text,
			// more than one option marked = : the others count as right too
			accept: right.slice(1).map((o) => o.text),
			distractors: wrong.map((o) => o.text),
			feedback: feedbackOf([...right, ...wrong])
		},
		partial.length === 0 ? [] : [ctx.partial()]
	);
}

/** Moodle's short-answer and numerical `*`: any other answer. */
const ANY = '*';

/** The note for the feedback of Moodle's "any other answer" (`=%0%*#…`, `~#…`), when it has some. */
const otherFeedback = (what: 'other-answer-feedback' | 'other-number-feedback', text: string, ctx: Context) =>
	text === '' ? [] : [ctx.leftOut(what, text, 'feedback')];

function shortAnswer(answers: string, ctx: Context): BlockResult {
	const parts = splitAt(answers, '=');
	const tooMany = tooManyOptions(parts, ctx);
	if (tooMany) return tooMany;
	const all = parts.map((part) => readOption(part, ctx.format, 1, ctx.media));
	const options = all.filter((o) => o.text !== ANY);
	const right = options.filter((o) => o.weight >= 1 && o.text !== '');
	if (right.length === 0) return ctx.fail('gift-no-full-marks', 'answer');
	const others = all.filter((o) => o.text === ANY).flatMap((o) => otherFeedback('other-answer-feedback', o.feedback, ctx));
	return ctx.done(
		{ answer: right[0]!.text, accept: right.slice(1).map((o) => o.text), feedback: feedbackOf(right) },
		[...(right.length < options.length ? [ctx.partial()] : []), ...others]
	);
}

function numerical(answers: string, ctx: Context): BlockResult {
	// Moodle reads everything from the first '~' as the feedback for any other number
	const tilde = answers.indexOf('~');
	const kept = tilde === -1 ? answers : answers.slice(0, tilde);
	const otherHash = tilde === -1 ? -1 : answers.indexOf('#', tilde);
	const other = otherHash === -1 ? '' : readText(answers.slice(otherHash + 1), ctx.format, ctx.media).text;
	const parts = splitAt(kept, '=');
	const tooMany = tooManyOptions(parts, ctx);
	if (tooMany) return tooMany;
	const all = parts.map((part) => readOption(part, ctx.format, 1, ctx.media));
	if (all.length === 0) return ctx.fail('gift-no-number', 'answer');
	const options = all.filter((o) => o.text !== ANY);
	const right: { option: Option; number: NumberAnswer }[] = [];
	for (const option of options.filter((o) => o.weight >= 1)) {
		const number = readNumber(option.text);
		if (number === undefined) return { problems: [problem('gift-not-a-number', ctx.at('answer'), { text: option.text })] };
		right.push({ option, number });
	}
	if (right.length === 0) return ctx.fail('gift-no-full-marks', 'answer');
	// A question checks one range. The first full-mark answer gives it; another full-mark answer that
	// is one number is an accept form, typed as written; another range cannot join it without making
	// the numbers between the two ranges right, so it is left out, and named.
	const [first, ...more] = right;
	const single = more.filter((r) => r.number.min === r.number.max);
	const ranges = more.filter((r) => r.number.min !== r.number.max);
	return ctx.done(
		{
			answer: first!.number.text,
			numeric: { min: first!.number.min, max: first!.number.max },
			accept: single.map((r) => r.number.text),
			feedback: [first!, ...single].flatMap((r) => feedbackOf([{ ...r.option, text: r.number.text }])),
			origin: 'numerical'
		},
		[
			...(right.length < options.length ? [ctx.partial()] : []),
			...ranges.map((r) => ctx.leftOut('other-range', `${r.number.min}–${r.number.max}`, 'answer')),
			...[other, ...all.filter((o) => o.text === ANY).map((o) => o.feedback)].flatMap((text) =>
				otherFeedback('other-number-feedback', text, ctx)
			)
		]
	);
}
