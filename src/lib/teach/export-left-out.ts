/**
 * What each export format has no place for, counted over a set's questions, so a teacher hears of
 * it when the file is made rather than on importing it back: only Kasoti JSON keeps everything.
 */
import { englishLine } from '../bank/english-line';
import type { Question, QuestionSet } from '../bank/schema';
import type { ExportFormat } from './export';

/** A part of a question a format may leave out, by its field's name. */
export type LeftOutPart = 'distractors' | 'accept' | 'en' | 'explanation' | 'quote' | 'statement' | 'numeric' | 'feedback';

/** Whether a question has something to lose in the part. */
const HOLDS: Record<LeftOutPart, (q: Question, set: QuestionSet) => boolean> = {
	distractors: (q) => (q.distractors?.length ?? 0) > 0,
	accept: (q) => q.accept.length > 0,
	en: (q) => englishLine(q) !== undefined,
	explanation: (q) => (q.explanation ?? '') !== '',
	// a question of the teacher's own has a made sentence, which an import makes again
	quote: (q, set) => set.articles.some((a) => a.file === q.article),
	statement: (q) => (q.statement ?? '') !== '',
	numeric: (q) => q.numeric !== undefined,
	feedback: (q) => (q.feedback?.length ?? 0) > 0
};

/** What each writer leaves out (gift-export.ts, csv-export.ts, anki-export.ts). */
const LEFT_OUT: Record<ExportFormat, LeftOutPart[]> = {
	json: [],
	gift: ['quote'],
	csv: ['statement', 'numeric', 'feedback'],
	anki: ['distractors', 'accept', 'en', 'explanation', 'quote', 'statement', 'numeric', 'feedback']
};

/** The parts the format leaves out of this set, each with how many questions lose one. */
export function leftOut(set: QuestionSet, format: ExportFormat): { part: LeftOutPart; count: number }[] {
	return LEFT_OUT[format].flatMap((part) => {
		const count = set.questions.filter((q) => HOLDS[part](q, set)).length;
		return count === 0 ? [] : [{ part, count }];
	});
}
