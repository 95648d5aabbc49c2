/**
 * The bank's checks on a teacher's own set, against the source texts the teacher pasted in.
 * An article with no text is taken as it stands (its quotes cannot be checked), as for an
 * imported set. Problems a student would meet are errors and keep the set from students; the
 * rest are notes.
 */
import type { Problem } from '../bank/problems';
import type { QuestionSet } from '../bank/schema';
import { validateSet } from '../bank/validate';
import type { TeacherSetRecord } from '../db/schema';
import { NOTE_SEVERITY } from '../import/check';
import { hasText } from './record';
import { CHECKS_VERSION, type Verdict } from './verdict';

export { CHECKS_VERSION, storedErrors, type Verdict } from './verdict';

/** What checking a set found. */
export type TeachReport = {
	/** The set as the schema reads it (text trimmed), when it passes the schema. */
	set?: QuestionSet;
	problems: Problem[];
	/** How many problems are errors. */
	errors: number;
};

/** The record's checks; `set` and `sources` are all it reads. */
export function checkRecord(record: Pick<TeacherSetRecord, 'set' | 'sources'>): TeachReport {
	const { set, sources } = record;
	const texts = new Map(Object.entries(sources).filter(([file]) => hasText(sources, file)));
	// an article without text is not missing: the teacher simply has not pasted it
	const report = validateSet(`${set.id}.json`, set, { texts, missingText: 'trusted', severity: NOTE_SEVERITY });
	return {
		...(report.sets[0] && { set: report.sets[0] }),
		problems: report.problems,
		errors: report.problems.filter((p) => p.severity === 'error').length
	};
}

/**
 * Whether students may be given the set: it passes the schema and nothing is an error. The
 * library offers only usable own sets; the others wait in the editor, marked "needs fixing".
 */
export function isUsable(record: Pick<TeacherSetRecord, 'set' | 'sources'>): boolean {
	return isReady(checkRecord(record));
}

/** Whether a report finds the set ready for students. */
export function isReady(report: TeachReport): boolean {
	return report.set !== undefined && report.errors === 0;
}

/** The verdict a report gives, by the checks of now: a set not ready with its count of errors. */
export function verdictOf(report: TeachReport): Verdict {
	return isReady(report) ? { ready: true, checks: CHECKS_VERSION } : { ready: false, checks: CHECKS_VERSION, errors: report.errors };
}

/**
 * The record with its verdict made by the checks, whatever verdict it had. `report`, when the
 * caller has it, must be this very record's: it spares checking a large set twice.
 */
export function withVerdict<R extends Pick<TeacherSetRecord, 'set' | 'sources'>>(
	record: R,
	report: TeachReport = checkRecord(record)
): R & { verdict: Verdict } {
	return { ...record, verdict: verdictOf(report) };
}


/** Problems by where they are shown: set fields, and question fields by question id. */
export type PlacedProblems = {
	set: ReadonlyMap<string, Problem[]>;
	questions: ReadonlyMap<string, ReadonlyMap<string, Problem[]>>;
};

/**
 * The field a problem is shown beside: `distractors[2]` beside `distractors`, `articles[0].file`
 * beside `articles`, `questions[3].prompt` (a question whose id cannot be read) beside question 3's prompt.
 */
export function placeProblems(set: Pick<QuestionSet, 'questions'>, problems: readonly Problem[]): PlacedProblems {
	const setFields = new Map<string, Problem[]>();
	const questions = new Map<string, Map<string, Problem[]>>();
	const add = (map: Map<string, Problem[]>, key: string, p: Problem) => {
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
