/** What the progress statistics read: plain answers and a way to look questions up. */

/** One answer as the statistics need it; the database's Attempt fits as it is. */
export type AttemptLike = {
	questionId: string;
	correct: boolean;
	/** When it was answered, ms since the epoch. */
	at: number;
	mode: string;
	/** Time taken to answer, in milliseconds. */
	ms: number;
};

/** What the progress page shows of a question. */
export type QuestionInfo = { category: string; article: string; setId: string; prompt: string };

/** Finds a question by id; undefined for a question no longer in the bank. */
export type QuestionLookup = (questionId: string) => QuestionInfo | undefined;
