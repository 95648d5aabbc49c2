/** The one IndexedDB schema of Kasoti. Index names are `by-<field>`. */
import type { DBSchema } from 'idb';
import type { QuizItem, QuizOptions } from '$lib/quiz/types';
import type { QuestionSet } from '$lib/bank/schema';
import type { CardRecord, ReviewRecord } from '$lib/srs';

/** How a question was answered. */
export type AnswerMode = 'choice' | 'typed' | 'tf';

/** One answer, written the moment it is given. */
export interface Attempt {
	/** Assigned by the database. */
	id?: number;
	questionId: string;
	quizId: string;
	/** The answer as the student gave it: the option's text, the typed text, or "true"/"false". */
	given: string;
	correct: boolean;
	/** A typed answer one edit away from right: shown as "almost", counted as wrong. */
	almost?: boolean;
	mode: AnswerMode;
	/** Time from showing the question to answering it, in milliseconds. */
	ms: number;
	/** When it was answered, ms since the epoch. */
	at: number;
}

/** A quiz as it was dealt, so a reload resumes it exactly. */
export interface QuizRecord {
	id: string;
	seed: string;
	/** The choices it was dealt from (the student's history is not kept here). */
	options: Omit<QuizOptions, 'history' | 'maxYear' | 'optionCount'>;
	items: QuizItem[];
	startedAt: number;
	/** Set when the last question is answered. */
	finishedAt?: number;
	status: 'active' | 'done' | 'abandoned';
}

/** A stored rating, with the key the database gave it (for undo). */
export type StoredReview = ReviewRecord & { id?: number };

/** A teacher's own question set (version 3): written here, imported, copied or received by link. */
export interface TeacherSetRecord {
	/** The set's id, unique among built-in and own sets. */
	id: string;
	set: QuestionSet;
	/** Source texts pasted in, by the article file name the questions point to. */
	sources: Record<string, string>;
	origin: 'new' | 'copy' | 'import' | 'link';
	/** The highest question number the editor has given, so a deleted question's id is never reused. */
	lastQuestion?: number;
	createdAt: number;
	updatedAt: number;
}

export interface KasotiDB extends DBSchema {
	attempts: {
		key: number;
		value: Attempt;
		indexes: { 'by-question': string; 'by-quiz': string; 'by-at': number };
	};
	quizzes: {
		key: string;
		value: QuizRecord;
		indexes: { 'by-status': string; 'by-started': number };
	};
	/** One memory card per question (version 2), shared by quizzes and flashcards. */
	cards: {
		key: string;
		value: CardRecord;
		indexes: { 'by-due': Date };
	};
	/** Every rating given (version 2): for undo, for the progress page and the new-cards limit. */
	reviews: {
		key: number;
		value: StoredReview;
		indexes: { 'by-question': string; 'by-review': Date };
	};
	/** Teachers' own sets (version 3). */
	sets: {
		key: string;
		value: TeacherSetRecord;
		indexes: { 'by-updated': number };
	};
}

export const DB_NAME = 'kasoti';
