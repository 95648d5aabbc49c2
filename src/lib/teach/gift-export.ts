/**
 * A Kasoti set written as Moodle GIFT, so teachers can take it into Moodle, and so reading it
 * back gives the same prompts, answers, accept forms, distractors, categories and place kinds.
 * The source quote, English gloss and article are not GIFT things and are left out.
 */
import { CATEGORIES, PLACE_KINDS, type Question, type QuestionSet } from '../bank/schema';
import { toAsciiDigits } from '../text/normalize';
import { FALSE_ANSWER, TRUE_ANSWER } from '../import/gift';
import { BLANK } from '../import/shared';

/** The `$CATEGORY:` folder names, read back by `categoryFromPath`. */
const FOLDERS = { date: 'dates', person: 'people', place: 'places' } as const;

/** GIFT's special characters escaped; newlines as `\n`, since a question is one line here. */
export function escapeGift(text: string): string {
	const escaped = text.replace(/[\\~=#{}:]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');
	// a text that starts like a format prefix would lose it on the way back
	return /^\[(moodle|html|plain|markdown)\]/.test(escaped) ? `[plain]${escaped}` : escaped;
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** The `{ ... }` block of one question. */
function answerBlock(q: Question): string {
	const distractors = q.distractors ?? [];
	const forms = [q.answer, ...q.accept];
	const feedback = q.explanation ? ` ####${escapeGift(q.explanation)}` : '';
	const isTrueFalse =
		q.accept.length === 0 &&
		distractors.length === 1 &&
		((q.answer === TRUE_ANSWER && distractors[0] === FALSE_ANSWER) ||
			(q.answer === FALSE_ANSWER && distractors[0] === TRUE_ANSWER));
	if (isTrueFalse) return `{${q.answer === TRUE_ANSWER ? 'TRUE' : 'FALSE'}${feedback}}`;
	// Moodle takes only ASCII digits in a numerical answer
	const numbers = [...new Set(forms.map((form) => toAsciiDigits(form).trim()))];
	if (distractors.length === 0 && numbers.every((n) => NUMBER.test(n))) {
		const body = numbers.length === 1 ? numbers[0] : numbers.map((n) => `=${n}`).join(' ');
		return `{#${body}${feedback}}`;
	}
	const right = forms.map((form) => `=${escapeGift(form)}`);
	const wrong = distractors.map((d) => `~${escapeGift(d)}`);
	return `{${[...right, ...wrong].join(' ')}${feedback}}`;
}

/** One question: `::id:: prompt {answers}`, the block standing in a missing-word blank. */
function writeQuestion(q: Question): string {
	const block = answerBlock(q);
	const [before, after, ...more] = q.prompt.split(BLANK);
	// a blank at the very end would not survive: Moodle reads text before { } as a plain question
	if (after !== undefined && after.trim() !== '' && more.length === 0)
		return `::${q.id}:: ${escapeGift(before!)}${block}${escapeGift(after)}`;
	return `::${q.id}:: ${escapeGift(q.prompt)} ${block}`;
}

/** The set as GIFT text: a `$CATEGORY:` block per category (and place kind), then its questions. */
export function toGift(set: QuestionSet): string {
	const out = [`// ${set.title.replace(/\n/g, ' ')}`, `// ${set.title_en.replace(/\n/g, ' ')}`, ''];
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
