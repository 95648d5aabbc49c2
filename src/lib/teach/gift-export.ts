/**
 * A Kasoti set written as Moodle GIFT, so teachers can take it into Moodle, where each question
 * shows exactly one right option: a question with distractors is multiple choice with one `=`, one
 * without is short answer (every accepted spelling full marks), a number with a range is numerical.
 * What Moodle has no place for (the set's id and titles, the English line, accept forms beside
 * choices) goes in `// kasoti-…:` comment lines, which Moodle ignores and Kasoti reads back, so an
 * export imported again gives the same set. The source quote and article are not GIFT things.
 */
import { englishLine } from '../bank/english-line';
import { CATEGORIES, PLACE_KINDS, type OptionFeedback, type Question, type QuestionSet } from '../bank/schema';
import { toAsciiDigits } from '../text/normalize';
import { FALSE_ANSWER, TRUE_ANSWER } from '../import/gift';
import { commentList, commentText, KASOTI_KEYS } from '../import/gift-comments';
import { exact, readNumber } from '../import/gift-text';
import { BLANK } from '../bank/blank';

/** The `$CATEGORY:` folder names, read back by `categoryFromPath`. */
const FOLDERS = { date: 'dates', person: 'people', place: 'places' } as const;

/** Moodle's text-format prefixes, which a text must not start with by chance. */
const FORMAT_PREFIX = /^\[(moodle|html|plain|markdown)\]/;

/** GIFT's special characters escaped, and newlines as `\n`, since a question is one line here. */
const escapeText = (text: string) => text.replace(/[\\~=#{}:]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');

/** GIFT's special characters escaped; newlines as `\n`, since a question is one line here. */
export function escapeGift(text: string): string {
	const escaped = escapeText(text);
	// a text that starts like a format prefix would lose it on the way back
	return FORMAT_PREFIX.test(escaped) ? `[plain]${escaped}` : escaped;
}

/** Text Moodle (and Kasoti's reader) would take as markup, an image or a file, not as words. */
const MARKUP = /<|!\[|@@PLUGINFILE@@/;

/** A comment line of Kasoti's own. */
const comment = (key: string, value: string) => `// ${key}: ${value}`;

/** One option: `=text` or `~text`, with its feedback. */
const option = (mark: '=' | '~', text: string, feedback: string | undefined) =>
	`${mark}${escapeGift(text)}${feedback ? `#${escapeGift(feedback)}` : ''}`;

/** Whether a question is a true/false statement: સાચું or ખોટું, the other its one distractor. */
function isTrueFalse(q: Question): boolean {
	const distractors = q.distractors ?? [];
	return (
		q.accept.length === 0 &&
		distractors.length === 1 &&
		((q.answer === TRUE_ANSWER && distractors[0] === FALSE_ANSWER) ||
			(q.answer === FALSE_ANSWER && distractors[0] === TRUE_ANSWER))
	);
}

/** A question's answer block and the comment lines that say what the block cannot. */
type Written = { block: string; comments: string[] };

/**
 * The `{#…}` of a range: `{#v:t}` when it is symmetric around an answer that is a number, else
 * `{#min..max}`; the answer goes in a comment when the block would not give it back as written.
 */
function numericBlock(q: Question, range: { min: number; max: number }, feedback: string): Written {
	const value = toAsciiDigits(q.answer).trim();
	const center = readNumber(value);
	const symmetric =
		center !== undefined &&
		center.min === center.max &&
		Math.abs(center.min - range.min - (range.max - center.min)) <= 1e-9 * Math.max(1, Math.abs(center.min));
	const body = symmetric
		? range.max === range.min
			? center.text
			: `${center.text}:${exact(range.max - center.min)}`
		: `${range.min}..${range.max}`;
	const back = readNumber(body)!.text;
	return {
		block: `{#${body}${feedback ? `#${escapeGift(feedback)}` : ''}`,
		comments: back === q.answer ? [] : [comment(KASOTI_KEYS.answer, commentText(q.answer))]
	};
}

/** The answer block of a question (without its closing brace) and the comments it needs. */
function answerBlock(q: Question): Written & { placed: string[] } {
	const distractors = q.distractors ?? [];
	const said = new Map((q.feedback ?? []).map((f) => [f.option, f.text]));
	const accept = q.accept.length === 0 ? [] : [comment(KASOTI_KEYS.accept, commentList(q.accept))];
	if (isTrueFalse(q)) {
		const right = said.get(q.answer) ?? '';
		const wrong = said.get(distractors[0]!) ?? '';
		// Moodle's order: the feedback for a wrong reply, then for a right one
		const feedback = wrong ? `#${escapeGift(wrong)}${right ? `#${escapeGift(right)}` : ''}` : right ? `##${escapeGift(right)}` : '';
		return { block: `{${q.answer === TRUE_ANSWER ? 'TRUE' : 'FALSE'}${feedback}`, comments: [], placed: [q.answer, distractors[0]!] };
	}
	if (q.numeric && distractors.length === 0) {
		const written = numericBlock(q, q.numeric, said.get(q.answer) ?? '');
		return { ...written, comments: [...written.comments, ...accept], placed: [q.answer] };
	}
	const range = q.numeric ? [comment(KASOTI_KEYS.range, `${q.numeric.min}..${q.numeric.max}`)] : [];
	if (distractors.length > 0) {
		// one '=': Moodle shows every '=' option, and a student would see two right answers
		const options = [option('=', q.answer, said.get(q.answer)), ...distractors.map((d) => option('~', d, said.get(d)))];
		return { block: `{${options.join(' ')}`, comments: [...accept, ...range], placed: [q.answer, ...distractors] };
	}
	// a short answer takes every '=' at full marks: each accepted spelling is right in Moodle too
	const forms = [q.answer, ...q.accept];
	return { block: `{${forms.map((form) => option('=', form, said.get(form))).join(' ')}`, comments: range, placed: forms };
}

/** The comment lines of a question: its English line, tags, and the feedback its block has no option for. */
function questionComments(q: Question, written: Written & { placed: string[] }): string[] {
	const placed = new Set(written.placed);
	const loose = (q.feedback ?? []).filter((f: OptionFeedback) => !placed.has(f.option));
	const tags = (q.tags ?? []).map((tag) => `[tag:${tag.replace(/\s+/g, ' ').replace(/\]/g, '\\]')}]`);
	return [
		...(englishLine(q) === undefined ? [] : [comment(KASOTI_KEYS.en, commentText(q.en))]),
		...(q.statement ? [comment(KASOTI_KEYS.statement, commentText(q.statement))] : []),
		...written.comments,
		...loose.map((f) => comment(KASOTI_KEYS.feedback, commentList([f.option, f.text]))),
		...(tags.length > 0 ? [`// ${tags.join(' ')}`] : [])
	];
}

/** Whether any text of the question that Moodle reads with its format holds markup or a file link. */
function hasMarkup(q: Question): boolean {
	const texts = [q.prompt, q.answer, ...q.accept, ...(q.distractors ?? []), q.explanation ?? ''];
	return [...texts, ...(q.feedback ?? []).map((f) => f.text)].some((text) => MARKUP.test(text));
}

/** One question: its comments, then `::id:: prompt {answers}`, the block standing in a missing-word blank. */
function writeQuestion(q: Question): string {
	const written = answerBlock(q);
	const block = `${written.block}${q.explanation ? ` ####${escapeGift(q.explanation)}` : ''}}`;
	// Kasoti's text is plain: [plain] keeps Moodle from showing "<b>" as bold, and Kasoti's reader from taking an image out
	const plain = hasMarkup(q) || FORMAT_PREFIX.test(escapeText(q.prompt)) ? '[plain]' : '';
	const [before, after, ...more] = q.prompt.split(BLANK);
	// a blank at the very end would not survive: Moodle reads text before { } as a plain question
	const line =
		after !== undefined && after.trim() !== '' && more.length === 0
			? `::${q.id}:: ${plain}${escapeText(before!)}${block}${escapeText(after)}`
			: `::${q.id}:: ${plain}${escapeText(q.prompt)} ${block}`;
	return [...questionComments(q, written), line].join('\n');
}

/**
 * The set as GIFT text: its id and titles in comments at the top, then a `$CATEGORY:` block per
 * category (and place kind) with its questions.
 */
export function toGift(set: QuestionSet): string {
	const out = [
		comment(KASOTI_KEYS.set, set.id),
		comment(KASOTI_KEYS.title, commentText(set.title)),
		comment(KASOTI_KEYS.titleEn, commentText(set.title_en)),
		''
	];
	for (const category of CATEGORIES) {
		const kinds = category === 'place' ? [undefined, ...PLACE_KINDS] : [undefined];
		for (const kind of kinds) {
			const questions = set.questions.filter(
				(q) => q.category === category && (category !== 'place' || q.kind === kind)
			);
			if (questions.length === 0) continue;
			const folder = `${set.id}/${FOLDERS[category]}${kind ? `/${kind}` : ''}`;
			out.push(`$CATEGORY: $course$/top/${folder}`, '');
			for (const q of questions) out.push(writeQuestion(q), '');
		}
	}
	return out.join('\n');
}
