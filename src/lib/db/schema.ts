/** The one IndexedDB schema of Kasoti. Index names are `by-<field>`. */
import type { DBSchema } from 'idb';
import type { CardRecord } from '$lib/srs';
// Types only: the records' schemas (and valibot) stay out of the home page's code.
import type { Assignment, ClassResult } from '$lib/class/types';
import type { Attempt, LearnRound, QuizRecord, StarRecord, StoredReview, TeacherSetRecord } from './records';

/** What Home lists of an own set (version 8), kept beside the set by every write (set-summaries.ts). */
export interface SetSummary {
	id: string;
	updatedAt: number;
	title: string;
	title_en: string;
	/** How many questions the set holds. */
	total: number;
	/** The set's verdict, as stored with it. */
	verdict?: TeacherSetRecord['verdict'];
}

export type { Attempt, LearnRound, QuizRecord, StarRecord, StoredReview, TeacherSetRecord } from './records';

/** How a question was answered. */
export type AnswerMode = Attempt['mode'];

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
		/** By state and due (version 7): the cards in learning steps, soonest first. */
		indexes: { 'by-due': Date; 'by-state-due': [number, Date] };
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
	/** A short record per own set (version 8): Home lists sets without reading their questions. */
	summaries: {
		key: string;
		value: SetSummary;
	};
	/** Questions starred to study (version 5). */
	stars: {
		key: string;
		value: StarRecord;
		indexes: { 'by-at': number };
	};
	/** Learn rounds (version 5); their answers are in `attempts`. */
	learn: {
		key: string;
		value: LearnRound;
		indexes: { 'by-set': string };
	};
	/** Assignments made on this phone (version 6), with the set as assigned. */
	assignments: {
		key: string;
		value: Assignment;
		indexes: { 'by-created': number };
	};
	/** Students' results collected on this phone (version 6), one per assignment and quiz. */
	results: {
		key: string;
		value: ClassResult;
		indexes: { 'by-assignment': string };
	};
}
