/**
 * The records Kasoti stores, each defined once as a valibot schema with its type inferred from it.
 * Field types are checked strictly, content leniently: a question the bank rules would now reject
 * was still asked. Each message is the reason in a backup's `field: reason`. Only code that checks
 * records loads this module; the home page's modules import its types alone, so valibot stays off it.
 */
import * as v from 'valibot';
import { CATEGORIES, PLACE_KINDS } from '$lib/bank/categories';
import { QuestionSetSchema } from '$lib/bank/schema';
import type { BankQuestion, QuizItem, QuizOptions } from '$lib/quiz/types';
import { Rating, State, type CardRecord, type ReviewRecord } from '$lib/srs';

const text = v.string('not text');
const num = v.number('not a number');
const whole = v.pipe(num, v.integer('not a whole number'), v.minValue(0, 'below zero'));
const flag = v.boolean('not true or false');
/** A key the database assigned: 1, 2, 3… */
const key = v.pipe(num, v.integer('not a whole number'), v.minValue(1, 'not a record number'));
const date = v.date('not a date');
const list = <T extends v.GenericSchema>(item: T) => v.array(item, 'not a list');
const oneOf = <const T extends readonly (string | number)[]>(options: T) =>
	v.picklist(options, `not one of ${options.join(', ')}`);

const STATES = [State.New, State.Learning, State.Review, State.Relearning] as const;
const GRADES = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const;

const QuestionSchema: v.GenericSchema<unknown, BankQuestion> = v.object(
	{
		id: text,
		setId: text,
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
		explanation: v.optional(text)
	},
	'not a question'
);

const QuizItemSchema: v.GenericSchema<unknown, QuizItem> = v.variant(
	'mode',
	[
		v.object({ mode: v.literal('choice'), question: QuestionSchema, options: list(text), correct: whole }),
		v.object({ mode: v.literal('typed'), question: QuestionSchema }),
		v.object({
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
		v.object({ type: v.literal('all') }),
		v.object({ type: v.literal('set'), id: text }),
		v.object({ type: v.literal('article'), file: text }),
		v.object({ type: v.literal('questions'), ids: list(text) })
	],
	'not one of all, set, article, questions'
);

/** The choices a quiz was dealt from; the student's history and the dealing details are not kept. */
type StoredQuizOptions = Omit<QuizOptions, 'history' | 'maxYear' | 'optionCount'> & { trial?: boolean };

const QuizOptionsSchema: v.GenericSchema<unknown, StoredQuizOptions> = v.object(
	{
		categories: list(oneOf(CATEGORIES)),
		source: QuizSourceSchema,
		length: v.union([whole, v.literal('all')], 'not a number or "all"'),
		weakSpots: v.optional(flag),
		mode: oneOf(['choice', 'typed', 'tf', 'mixed']),
		/** A teacher trying a set as a student: answers are kept but are not study. */
		trial: v.optional(flag)
	},
	'not a record'
);

/** One answer, written the moment it is given. */
export const AttemptSchema = v.object(
	{
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
		ms: num,
		/** When it was answered, ms since the epoch. */
		at: num,
		/** This answer gave the question its memory card (a quiz's cards are not the day's new cards). */
		newCard: v.optional(flag),
		/** Given in a teacher's trial run: not counted as study, progress or weak spots. */
		trial: v.optional(flag)
	},
	'not a record'
);

/** A quiz as it was dealt, so a reload resumes it exactly. */
export const QuizRecordSchema = v.object(
	{
		id: text,
		seed: text,
		options: QuizOptionsSchema,
		items: list(QuizItemSchema),
		startedAt: num,
		/** Set when the last question is answered. */
		finishedAt: v.optional(num),
		status: oneOf(['active', 'done', 'abandoned'])
	},
	'not a record'
);

/** One question's memory card, ts-fsrs's fields as `CardRecord` keeps them. */
export const CardRecordSchema = v.object(
	{
		questionId: text,
		due: date,
		stability: num,
		difficulty: num,
		scheduled_days: num,
		learning_steps: whole,
		reps: whole,
		lapses: whole,
		state: oneOf(STATES),
		last_review: v.optional(date)
	},
	'not a record'
) satisfies v.GenericSchema<unknown, CardRecord>;

/** A stored rating, with the key the database gave it (for undo). */
export const ReviewRecordSchema = v.object(
	{
		id: v.optional(key),
		questionId: text,
		rating: oneOf(GRADES),
		state: oneOf(STATES),
		due: date,
		stability: num,
		difficulty: num,
		scheduled_days: num,
		learning_steps: whole,
		review: date,
		/** Given by a quiz answer, not in study. */
		via: v.optional(v.literal('quiz', 'not "quiz"'))
	},
	'not a record'
) satisfies v.GenericSchema<unknown, ReviewRecord & { id?: number }>;

/** A teacher's own question set (version 3): written here, imported, copied or received by link. */
export const TeacherSetRecordSchema = v.object(
	{
		/** The set's id, unique among built-in and own sets. */
		id: text,
		set: QuestionSetSchema,
		/** Source texts pasted in, by the article file name the questions point to. */
		sources: v.record(v.string(), text, 'not a record'),
		origin: oneOf(['new', 'copy', 'import', 'link']),
		/** The highest question number the editor has given, so a deleted question's id is never reused. */
		lastQuestion: v.optional(whole),
		createdAt: num,
		updatedAt: num
	},
	'not a record'
);

/** One answer, written the moment it is given. */
export type Attempt = v.InferOutput<typeof AttemptSchema>;
/** A quiz as it was dealt, so a reload resumes it exactly. */
export type QuizRecord = v.InferOutput<typeof QuizRecordSchema>;
/** A stored rating, with the key the database gave it (for undo). */
export type StoredReview = v.InferOutput<typeof ReviewRecordSchema>;
/** A teacher's own question set, with the editor's question counter. */
export type TeacherSetRecord = v.InferOutput<typeof TeacherSetRecordSchema>;
