/**
 * The bank's checks on a teacher's own set, against the source texts the teacher pasted in.
 * An article with no text is taken as it stands (its quotes cannot be checked), as for an
 * imported set. Problems a student would meet block the set; the rest are notes.
 */
import * as v from 'valibot';
import { QuestionSchema, type QuestionSet } from '../bank/schema';
import { validateSet, type BankProblem } from '../bank/validate';
import type { TeacherSetRecord } from '../db/schema';
import { hasText } from './record';

/** A problem with a teacher's set, and whether it keeps the set from students. */
export type TeachProblem = BankProblem & { blocking: boolean };

/** What checking a set found. */
export type TeachReport = {
	/** The set as the schema reads it (text trimmed), when it passes the schema. */
	set?: QuestionSet;
	problems: TeachProblem[];
	/** How many problems block. */
	blocking: number;
};

/** An article file name as a set may list it. */
const ARTICLE_FILE = /^[^/\\]+\.txt$/;
const ARTICLE_REF = /^articles\[(\d+)\]\.file$/;

/** The record's checks; `set` and `sources` are all it reads. */
export function checkRecord(record: Pick<TeacherSetRecord, 'set' | 'sources'>): TeachReport {
	const { set, sources } = record;
	const texts = new Map(Object.entries(sources).filter(([file]) => hasText(sources, file)));
	const report = validateSet(`${set.id}.json`, set, texts);
	const byId = new Map(set.questions.map((q) => [q.id, q]));
	const textless = (file: unknown) => typeof file === 'string' && ARTICLE_FILE.test(file) && !texts.has(file);

	const problems = report.problems.flatMap((p): TeachProblem[] => {
		const question = p.questionId === undefined ? undefined : byId.get(p.questionId);
		// an article without text is not missing: the teacher simply has not pasted it
		const ref = p.questionId === undefined ? ARTICLE_REF.exec(p.field) : null;
		if (ref && textless(set.articles[Number(ref[1])]?.file)) return [];
		if (question && p.field === 'article' && textless(question.article)) return [];
		return [{ ...p, blocking: !isNote(p, question) }];
	});
	return {
		...(report.sets[0] && { set: report.sets[0] }),
		problems,
		blocking: problems.filter((p) => p.blocking).length
	};
}

/**
 * Findings that leave the quiz working: a place without its kind (the quiz copes, as with an
 * imported set), a prompt that gives the answer away or repeats another question's.
 */
function isNote(p: BankProblem, question: QuestionSet['questions'][number] | undefined): boolean {
	if (!question) return false;
	if (p.field === 'kind') return question.category === 'place' && question.kind === undefined;
	// a prompt the schema accepts can only be flagged by the checks across fields
	return p.field === 'prompt' && v.is(QuestionSchema, question);
}

/**
 * Whether students may be given the set: it passes the schema and nothing blocks. The library
 * offers only usable own sets; the others wait in the editor, marked "needs fixing".
 */
export function isUsable(record: Pick<TeacherSetRecord, 'set' | 'sources'>): boolean {
	const report = checkRecord(record);
	return report.set !== undefined && report.blocking === 0;
}

/** Problems by where they are shown: set fields, and question fields by question id. */
export type PlacedProblems = {
	set: ReadonlyMap<string, TeachProblem[]>;
	questions: ReadonlyMap<string, ReadonlyMap<string, TeachProblem[]>>;
};

/**
 * The field a problem is shown beside: `distractors[2]` beside `distractors`, `articles[0].file`
 * beside `articles`, `questions[3].prompt` (a question whose id cannot be read) beside question 3's prompt.
 */
export function placeProblems(set: Pick<QuestionSet, 'questions'>, problems: readonly TeachProblem[]): PlacedProblems {
	const setFields = new Map<string, TeachProblem[]>();
	const questions = new Map<string, Map<string, TeachProblem[]>>();
	const add = (map: Map<string, TeachProblem[]>, key: string, p: TeachProblem) => {
		const list = map.get(key);
		if (list) list.push(p);
		else map.set(key, [p]);
	};
	for (const p of problems) {
		let questionId = p.questionId;
		let field = p.field;
		const positional = /^questions\[(\d+)\]\.?(.*)$/.exec(field);
		if (questionId === undefined && positional) {
			questionId = set.questions[Number(positional[1])]?.id;
			field = positional[2] || 'question';
		}
		const key = field.replace(/\[.*$/, '');
		if (questionId === undefined) {
			add(setFields, key, p);
			continue;
		}
		let fields = questions.get(questionId);
		if (!fields) questions.set(questionId, (fields = new Map()));
		add(fields, key, p);
	}
	return { set: setFields, questions };
}
