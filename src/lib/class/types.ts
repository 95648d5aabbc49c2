/**
 * Class results without a server: what a teacher hands out (an assignment), what a student hands
 * back (a result) and what the teacher's phone keeps of both. Types only: importing this pulls in no code.
 */
import type { Category } from '$lib/bank/categories';
import type { QuestionSet } from '$lib/bank/schema';
import type { QuizMode } from '$lib/quiz/types';

/** A set to be taken in a given way, by a given day: made on the teacher's phone, sent by link, file or QR. */
export type Assignment = {
	/** Made on the teacher's phone: `a` + time and randomness in base 36, unique enough for a class. */
	id: string;
	/** What students see at the top of the quiz and in the teacher's list. */
	title: string;
	mode: QuizMode;
	/** How many questions each student gets, or every question of the set. */
	length: number | 'all';
	/** The last day to hand in, `YYYY-MM-DD`; none when the teacher set none. */
	due?: string;
	/** Every student is dealt the same questions, in the same order, from this seed. */
	seed: string;
	/** The set as it was when assigned, without source texts: a quiz needs only the questions. */
	set: QuestionSet;
	/** When the teacher made it, ms since the epoch. */
	createdAt: number;
};

/** What a quiz record keeps of the assignment it answers (see QuizRecord's options). */
export interface AssignmentRef {
	id: string;
	title: string;
	/** The name the student typed, sent with the result. */
	student: string;
}

/** One answer in a result: which question, what was given, whether it was right and how long it took. */
export interface ResultAnswer {
	questionId: string;
	mode: 'choice' | 'typed' | 'tf';
	/** The option's text, the typed text, or "true"/"false". */
	given: string;
	correct: boolean;
	/** From showing the question to answering it, in milliseconds. */
	ms: number;
}

/** A student's result as it travels from the student's phone to the teacher's. */
export type HandedIn = {
	assignmentId: string;
	student: string;
	/** The student's quiz id: the same result sent twice has the same one, and counts once. */
	quizId: string;
	/**
	 * A random id kept on the student's phone (student-phone.ts): two students who type one name are
	 * two students. Absent from results of older versions, which are known by the name alone.
	 */
	phone?: string;
	startedAt: number;
	finishedAt: number;
	answers: ResultAnswer[];
};

/** A result as the teacher's phone stores it (version 6). */
export type ClassResult = HandedIn & {
	/** `<assignmentId>/<quizId>`: one record per result, however often it arrives. */
	id: string;
	/** When it reached this phone, ms since the epoch. */
	receivedAt: number;
};

/** One row of the report's student table. */
export interface StudentRow {
	student: string;
	/**
	 * Which of the students who typed this name this is, from 1, in the order of their first results;
	 * undefined when one phone alone sent the name.
	 */
	namesake?: number;
	right: number;
	total: number;
	/** right / total, 0–1. */
	share: number;
	/** Time spent answering, in ms. */
	ms: number;
	finishedAt: number;
	byCategory: { category: Category; right: number; total: number }[];
	/** Later results from the same student: only the first counts, as in Moodle's item statistics. */
	retakes: number;
	/**
	 * How many of the student's results claim a finish time that cannot be true (report.ts
	 * plausiblyTimed): their phone's clock was wrong. Absent when none.
	 */
	mistimed?: number;
}

/** A name typed on more than one phone: that many students, each with a row of their own. */
export interface SharedName {
	/** As the first of them wrote it. */
	student: string;
	phones: number;
}

/** One row of the report's question table. */
export interface QuestionRow {
	questionId: string;
	/** Position in the set, from 1. */
	number: number;
	prompt: string;
	answer: string;
	category: Category;
	/** Students who were asked it. */
	asked: number;
	right: number;
	/** right / asked, 0–1; undefined when nobody was asked. */
	facility: number | undefined;
	/** Every wrong answer and how often it was given, the most frequent first. */
	wrong: WrongAnswer[];
	/**
	 * Share right in the top third of students by score minus share right in the bottom third, −1 to 1;
	 * undefined with fewer than three students asked.
	 */
	discrimination: number | undefined;
	/** Mean time to answer, ms; undefined when nobody answered. */
	meanMs: number | undefined;
}

/** One wrong answer to a question and how many students gave it. */
export interface WrongAnswer {
	/** As the first student to give it wrote it; spellings that differ in case, spaces or digits count as one. */
	given: string;
	count: number;
	/** A true/false verdict ("true" or "false"), to be shown in words. */
	trueFalse: boolean;
}

/** How the class did on an assignment. */
export interface ClassReport {
	students: StudentRow[];
	questions: QuestionRow[];
	/** Share right over all counted results, 0–1; undefined with none. */
	mean: number | undefined;
	median: number | undefined;
	/** Students per tenth of the score: [0–10 %), [10–20 %) … [90–100 %]. */
	distribution: number[];
	/** The categories of the set's questions, in the usual order: the per-category columns. */
	categories: Category[];
	/** Results of this assignment handed in, copies and retakes included. */
	received: number;
	/** Copies of a result already counted (the same quiz sent twice). */
	duplicates: number;
	/** Later results from a student already counted. */
	retakes: number;
	/** Names that came from more than one phone, in the order of their first results. */
	sharedNames: SharedName[];
}
