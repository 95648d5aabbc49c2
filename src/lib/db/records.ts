/**
 * The records Kasoti stores, each defined once as a valibot schema with its type inferred from it.
 * Field types and ranges are checked strictly, content leniently: a question the bank rules would
 * now reject was still asked, and a set waiting to be fixed is still the teacher's. Every object
 * takes its known fields only, and every number is finite and in the range the app can use. Each
 * message is the reason in a backup's `field: reason`. Only code that checks records loads this
 * module; the home page's modules import its types alone, so valibot stays off it.
 */
import * as v from 'valibot';
import { CATEGORIES, PLACE_KINDS } from '$lib/bank/categories';
import { ID_PATTERN, MAX_ID_LENGTH } from '$lib/bank/ids';
import type { QuestionSet } from '$lib/bank/schema';
import { isCalendarDay } from '$lib/class/assignment';
import type { Assignment, AssignmentRef, ClassResult } from '$lib/class/types';
import { LANGUAGES } from '$lib/i18n/types';
import type { BankQuestion, QuizItem, QuizOptions } from '$lib/quiz/types';
import type { CardRecord, ReviewRecord } from '$lib/srs/cards';
import { GRADES, NEW_STATE, STATES } from '$lib/srs/values';
import { DIGIT_STYLES, NEW_PER_DAY_RANGE, RETENTION_RANGE, THEMES, type Preferences } from '$lib/settings/preferences';
import type { State } from 'ts-fsrs';
import {
	DIFFICULTY,
	EARLIEST_DATE,
	MAX_ANSWER_MS,
	MAX_COUNT,
	MAX_LIST,
	MAX_RECORD_ID,
	MAX_SCHEDULED_DAYS,
	MAX_SOURCE,
	MAX_TEXT,
	STABILITY
} from './backup-limits';

const text = v.pipe(v.string('not text'), v.maxLength(MAX_TEXT, `longer than ${MAX_TEXT} characters`));
const num = v.pipe(v.number('not a number'), v.finite('not a finite number'));
const between = (min: number, max: number) =>
	v.pipe(num, v.minValue(min, `below ${min}`), v.maxValue(max, `above ${max}`));
const whole = v.pipe(num, v.integer('not a whole number'), v.minValue(0, 'below zero'));
const count = v.pipe(whole, v.maxValue(MAX_COUNT, `above ${MAX_COUNT}`));
const flag = v.boolean('not true or false');
/** A key the database assigned: 1, 2, 3… and never one its key generator cannot go past. */
const key = v.pipe(
	num,
	v.integer('not a whole number'),
	v.minValue(1, 'not a record number'),
	v.maxValue(MAX_RECORD_ID, 'too large a record number')
);
/** A moment, in ms since the epoch; the reader also holds it to `now` plus a century. */
const epochMs = v.pipe(num, v.minValue(EARLIEST_DATE, 'before 2000'));
const date = v.pipe(
	v.date('not a date'),
	v.check((d) => d.getTime() >= EARLIEST_DATE, 'before 2000')
);
const list = <T extends v.GenericSchema>(item: T) =>
	v.pipe(v.array(item, 'not a list'), v.maxLength(MAX_LIST, `more than ${MAX_LIST} entries`));
const oneOf = <const T extends readonly (string | number)[]>(options: T) =>
	v.picklist(options, `not one of ${options.join(', ')}`);
const record = <T extends v.ObjectEntries>(entries: T) => v.strictObject(entries, 'not a record');

/** A question's fields: the bank's, with content left unchecked (a draft's may still be empty). */
const questionEntries = {
	id: text,
	category: oneOf(CATEGORIES),
	kind: v.optional(oneOf(PLACE_KINDS)),
	prompt: text,
	answer: text,
	accept: list(text),
	article: text,
	quote: text,
	en: text,
	distractors: v.optional(list(text)),
	statement: v.optional(text),
	explanation: v.optional(text),
	numeric: v.optional(record({ min: num, max: num })),
	feedback: v.optional(list(record({ option: text, text }))),
	tags: v.optional(list(text))
};

const QuestionSchema: v.GenericSchema<unknown, BankQuestion> = record({ ...questionEntries, setId: text });

/** A choice needs the answer and at least one other option, and its `correct` must point at one. */
const ChoiceItemSchema = v.pipe(
	record({
		mode: v.literal('choice'),
		question: QuestionSchema,
		options: v.pipe(list(text), v.minLength(2, 'fewer than 2 options')),
		correct: whole
	}),
	v.forward(
		v.check((item) => item.correct < item.options.length, 'not one of the options'),
		['correct']
	)
);

const QuizItemSchema: v.GenericSchema<unknown, QuizItem> = v.variant(
	'mode',
	[
		ChoiceItemSchema,
		record({ mode: v.literal('typed'), question: QuestionSchema }),
		record({
			mode: v.literal('tf'),
			question: QuestionSchema,
			statement: text,
			claim: text,
			truth: flag,
			fromQuote: flag
		})
	],
	'not one of choice, typed, tf'
);

const QuizSourceSchema = v.variant(
	'type',
	[
		record({ type: v.literal('all') }),
		record({ type: v.literal('set'), id: text }),
		record({ type: v.literal('article'), file: text }),
		record({ type: v.literal('questions'), ids: list(text) })
	],
	'not one of all, set, article, questions'
);

/** The choices a quiz was dealt from; the student's history and the dealing details are not kept. */
type StoredQuizOptions = Omit<QuizOptions, 'history' | 'maxYear' | 'optionCount'> & { trial?: boolean; assignment?: AssignmentRef };

const QuizOptionsSchema: v.GenericSchema<unknown, StoredQuizOptions> = record({
	categories: list(oneOf(CATEGORIES)),
	source: QuizSourceSchema,
	length: v.union([count, v.literal('all')], 'not a number or "all"'),
	weakSpots: v.optional(flag),
	mode: oneOf(['choice', 'typed', 'tf', 'mixed']),
	/** A teacher trying a set as a student: answers are kept but are not study. */
	trial: v.optional(flag),
	/** The teacher's assignment this quiz answers (version 6), and the name the student handed it in under. */
	assignment: v.optional(record({ id: text, title: text, student: text }))
});

const stability = v.pipe(num, v.minValue(0, 'below zero'), v.maxValue(STABILITY.max, `above ${STABILITY.max}`));
const difficulty = v.pipe(num, v.minValue(0, 'below zero'), v.maxValue(DIFFICULTY.max, `above ${DIFFICULTY.max}`));

/** A new card's zeros, or the least ts-fsrs keeps once it is rated: it throws on less. */
const stabilityRated = (r: { state: State; stability: number }) =>
	(r.state === NEW_STATE && r.stability === 0) || r.stability >= STABILITY.min;
const difficultyRated = (r: { state: State; difficulty: number }) =>
	(r.state === NEW_STATE && r.difficulty === 0) || r.difficulty >= DIFFICULTY.min;

/** One answer, written the moment it is given. */
export const AttemptSchema = record({
	/** Assigned by the database. */
	id: v.optional(key),
	questionId: text,
	quizId: text,
	/** The answer as the student gave it: the option's text, the typed text, or "true"/"false". */
	given: text,
	correct: flag,
	/** A typed answer one edit away from right: shown as "almost", counted as wrong. */
	almost: v.optional(flag),
	mode: oneOf(['choice', 'typed', 'tf']),
	/** Time from showing the question to answering it, in milliseconds. */
	ms: between(-MAX_ANSWER_MS, MAX_ANSWER_MS),
	/** When it was answered, ms since the epoch. */
	at: epochMs,
	/** This answer gave the question its memory card (a quiz's cards are not the day's new cards). */
	newCard: v.optional(flag),
	/** Given in a teacher's trial run: not counted as study, progress or weak spots. */
	trial: v.optional(flag),
	/** Given in a Learn round (version 5): `quizId` is the round's id. */
	learn: v.optional(flag)
});

/** A quiz as it was dealt, so a reload resumes it exactly. */
export const QuizRecordSchema = record({
	id: text,
	seed: text,
	options: QuizOptionsSchema,
	items: v.pipe(list(QuizItemSchema), v.minLength(1, 'no questions')),
	startedAt: epochMs,
	/** Set when the last question is answered. */
	finishedAt: v.optional(epochMs),
	status: oneOf(['active', 'done', 'abandoned'])
});

/** Whether a value is a whole quiz record, one the quiz screen can show. */
export const isQuizRecord = (value: unknown): value is v.InferOutput<typeof QuizRecordSchema> => v.is(QuizRecordSchema, value);

/** A date field as records hold it: a Date here, an ISO string in a backup file. */
type DateSchema = v.GenericSchema<unknown, Date>;

/** One question's memory card, with its dates read by `dateField`: ts-fsrs's fields, each in its range. */
export function cardSchema(dateField: DateSchema) {
	const entries = {
		questionId: text,
		due: dateField,
		stability,
		difficulty,
		scheduled_days: between(0, MAX_SCHEDULED_DAYS),
		learning_steps: count,
		reps: count,
		lapses: count,
		state: oneOf(STATES),
		last_review: v.optional(dateField)
	};
	return v.pipe(
		record(entries),
		v.forward(v.check((r) => stabilityRated(r), `below ${STABILITY.min}`), ['stability']),
		v.forward(v.check((r) => difficultyRated(r), `below ${DIFFICULTY.min}`), ['difficulty'])
	) satisfies v.GenericSchema<unknown, CardRecord>;
}

/** One question's memory card, ts-fsrs's fields as `CardRecord` keeps them. */
export const CardRecordSchema = cardSchema(date);

/** A stored rating, with its dates read by `dateField`: the card's values before it, as ts-fsrs logs them. */
export function reviewSchema(dateField: DateSchema) {
	const entries = {
		id: v.optional(key),
		questionId: text,
		rating: oneOf(GRADES),
		state: oneOf(STATES),
		due: dateField,
		stability,
		difficulty,
		scheduled_days: between(0, MAX_SCHEDULED_DAYS),
		learning_steps: count,
		review: dateField,
		/** Given by a quiz answer, not in study. */
		via: v.optional(v.literal('quiz', 'not "quiz"'))
	};
	return v.pipe(
		record(entries),
		v.forward(v.check((r) => stabilityRated(r), `below ${STABILITY.min}`), ['stability']),
		v.forward(v.check((r) => difficultyRated(r), `below ${DIFFICULTY.min}`), ['difficulty'])
	) satisfies v.GenericSchema<unknown, ReviewRecord & { id?: number }>;
}

/** A stored rating, with the key the database gave it (for undo). */
export const ReviewRecordSchema = reviewSchema(date);

/**
 * A set as the editor keeps it: the bank's fields and types, content unchecked (a new set has an
 * empty title and question; the library keeps a set from students until it passes the bank's checks).
 */
const StoredSetSchema: v.GenericSchema<unknown, QuestionSet> = record({
	$schema: v.optional(text),
	id: text,
	title: text,
	title_en: text,
	lang: v.literal('gu', 'not "gu"'),
	articles: list(record({ file: text, headline: text, headline_en: text })),
	questions: list(record(questionEntries))
});

/** A set's id: a key, a file name and part of every question id, so held to the bank's pattern. */
const setId = v.pipe(
	v.string('not text'),
	v.maxLength(MAX_ID_LENGTH, `longer than ${MAX_ID_LENGTH} characters`),
	v.regex(ID_PATTERN, 'not a set id')
);

/** A teacher's own question set (version 3): written here, imported, copied or received by link. */
export const TeacherSetRecordSchema = v.pipe(
	record({
		/** The set's id, unique among built-in and own sets. */
		id: setId,
		set: StoredSetSchema,
		/** Source texts pasted in, by the article file name the questions point to. */
		sources: v.record(
			text,
			v.pipe(v.string('not text'), v.maxLength(MAX_SOURCE, `longer than ${MAX_SOURCE} characters`)),
			'not a record'
		),
		origin: oneOf(['new', 'copy', 'import', 'link']),
		/** The highest question number the editor has given, so a deleted question's id is never reused. */
		lastQuestion: v.optional(count),
		createdAt: epochMs,
		updatedAt: epochMs,
		/**
		 * Whether the set passed the checks, and which version of them (teach/check.ts), stored by
		 * every write so the study pages need not check it again. Absent from sets stored before it;
		 * a restore makes its own, never taking the file's. A set not ready has its count of errors,
		 * for /teach to list without checking it again (absent from verdicts stored before it).
		 */
		verdict: v.optional(record({ ready: flag, checks: count, errors: v.optional(count) }))
	}),
	v.forward(
		v.check((r) => r.set.id === r.id, 'not the id of the record'),
		['set', 'id']
	)
);

/** A question the student starred to study (version 5). */
export const StarRecordSchema = record({
	questionId: text,
	/** When it was starred, ms since the epoch. */
	at: epochMs
});

/** A Learn round (version 5): its questions; its answers are attempts with `quizId` = `id`. */
export const LearnRoundSchema = record({
	id: text,
	setId: text,
	questionIds: v.pipe(list(text), v.minLength(1, 'no questions')),
	/** Dealt from the set's starred questions only. */
	starredOnly: v.optional(flag),
	startedAt: epochMs,
	/** Set when the last question is mastered. */
	finishedAt: v.optional(epochMs),
	status: oneOf(['active', 'done', 'abandoned'])
});

/** A day as a date field gives it: 2026-12-03, and one the calendar has (not 2026-13-45). */
const day = v.pipe(
	v.string('not text'),
	v.regex(/^\d{4}-\d{2}-\d{2}$/, 'not a day (YYYY-MM-DD)'),
	v.check(isCalendarDay, 'not a day of the calendar')
);

/** An assignment the teacher made on this phone (version 6), with the set as it was when assigned. */
export const AssignmentSchema: v.GenericSchema<unknown, Assignment> = record({
	id: setId,
	title: text,
	mode: oneOf(['choice', 'typed', 'tf', 'mixed']),
	length: v.union([v.pipe(count, v.minValue(1, 'below 1')), v.literal('all')], 'not a number or "all"'),
	due: v.optional(day),
	seed: text,
	set: StoredSetSchema,
	createdAt: epochMs
});

/** A student's result collected on the teacher's phone (version 6). */
export const ClassResultSchema: v.GenericSchema<unknown, ClassResult> = v.pipe(
	record({
		id: text,
		assignmentId: text,
		student: text,
		quizId: text,
		/** The student's phone (src/lib/class/student-phone.ts); absent from results before it was sent. */
		phone: v.optional(text),
		startedAt: epochMs,
		finishedAt: epochMs,
		answers: list(
			record({
				questionId: text,
				mode: oneOf(['choice', 'typed', 'tf']),
				given: text,
				correct: flag,
				ms: between(0, MAX_ANSWER_MS)
			})
		),
		receivedAt: epochMs
	}),
	v.forward(
		v.check((r) => r.id === `${r.assignmentId}/${r.quizId}`, 'not the assignment and quiz of the record'),
		['id']
	)
);

/**
 * The interface preferences a backup carries (format 5): what the settings keep when they read
 * them back (preferences.ts), so a file Kasoti wrote is always taken and nothing else is.
 */
export const PreferencesSchema: v.GenericSchema<unknown, Preferences> = record({
	lang: oneOf(LANGUAGES),
	theme: oneOf(THEMES),
	/** Null until chosen: the digits follow the language. */
	digits: v.nullable(v.picklist(DIGIT_STYLES, `not one of ${DIGIT_STYLES.join(', ')}, null`)),
	retention: between(RETENTION_RANGE.min, RETENTION_RANGE.max),
	newPerDay: v.pipe(between(NEW_PER_DAY_RANGE.min, NEW_PER_DAY_RANGE.max), v.integer('not a whole number'))
});

/** One answer, written the moment it is given. */
export type Attempt = v.InferOutput<typeof AttemptSchema>;
/** A question the student starred to study. */
export type StarRecord = v.InferOutput<typeof StarRecordSchema>;
/** A Learn round: which questions, when, and whether it is still going. */
export type LearnRound = v.InferOutput<typeof LearnRoundSchema>;
/** A quiz as it was dealt, so a reload resumes it exactly. */
export type QuizRecord = v.InferOutput<typeof QuizRecordSchema>;
/** A stored rating, with the key the database gave it (for undo). */
export type StoredReview = v.InferOutput<typeof ReviewRecordSchema>;
/** A teacher's own question set, with the editor's question counter. */
export type TeacherSetRecord = v.InferOutput<typeof TeacherSetRecordSchema>;
