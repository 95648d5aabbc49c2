/**
 * What every importer produces: question drafts that say plainly what the file did not give
 * (no category, no source sentence), and problems located by line.
 */
import type { Category, NumericRange, OptionFeedback, PlaceKind, QuestionSet } from '../bank/schema';
import type { Problem } from '../bank/problems';

/** The formats Kasoti can read. */
export type ImportFormat = 'json' | 'gift' | 'aiken' | 'csv';

/** What a file turned out to be: a format, or a reason it cannot be read at all. */
export type DetectedFormat = ImportFormat | 'empty' | 'binary' | 'unknown';

/**
 * Where a draft's category came from: written in the file, guessed from the answer or the
 * question's wording (the teacher should confirm it), or not known at all.
 */
export type CategorySource = 'file' | 'proposed' | 'missing';

/** A question of another format that Kasoti turned into its own shape. */
export type DraftOrigin = 'true-false' | 'numerical' | 'missing-word';

/** One imported question before it becomes part of a set: only what the file says, cleaned. */
export type Draft = {
	/** The file's own id for the question, when it is a valid Kasoti id (JSON, a GIFT `::title::`). */
	id?: string;
	/** The question's name in the file (a GIFT `::title::`), as written. */
	title?: string;
	prompt: string;
	answer: string;
	/** Other spellings that count as right when typed. */
	accept: string[];
	/** Wrong options given by the file; empty when it gave none. */
	distractors: string[];
	/** Absent when `categorySource` is 'missing'. */
	category?: Category;
	categorySource: CategorySource;
	kind?: PlaceKind;
	/** The source sentence, only when the file has one (Kasoti JSON, a quote column). */
	quote?: string;
	/** The English gloss, only when the file has one. */
	en?: string;
	explanation?: string;
	/** The sentence a true/false quiz judges, only when the file has one (Kasoti's own GIFT export). */
	statement?: string;
	/** For a numerical answer: the range a typed number may fall in. */
	numeric?: NumericRange;
	/** Feedback for particular options (the answer, an accept form or a distractor). */
	feedback?: OptionFeedback[];
	/** The file's own labels for the question (Anki or Moodle tags). */
	tags?: string[];
	/** Set when the file's question type was converted, such as a true/false statement. */
	origin?: DraftOrigin;
	/** 1-based line where the question starts in the file. */
	line: number;
};

/** What one parser gives back: the drafts and the problems, in file order. */
export type ParseOutput = {
	drafts: Draft[];
	problems: Problem[];
	/** A title the file suggests for the set (an Anki `#deck:`), if any. */
	title?: string;
	/** An English title the file gives (Kasoti's own GIFT and Anki export), if any. */
	titleEn?: string;
	/** The set id the file names (Kasoti's own GIFT and Anki export), if any: a second import of it updates that set. */
	setId?: string;
};

/** What a set needs besides its questions. */
export type SetMeta = { id: string; title: string; title_en: string };

/** The outcome of importing one file. */
export type ImportResult = {
	format: DetectedFormat;
	/** The finished set of the good questions: present when every one of them has a category. */
	set?: QuestionSet;
	/** Every good question read; empty when a problem with the whole file blocks it. */
	drafts: Draft[];
	/** The id and titles suggested for a set made from `drafts` (not for Kasoti JSON, which has its own). */
	meta?: SetMeta;
	problems: Problem[];
	/**
	 * How many questions of the file have errors and are not in `drafts` or `set`: the others
	 * are imported without them only when the teacher says so.
	 */
	left?: number;
};
