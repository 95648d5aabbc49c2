import type { ProblemCode, ProblemParams } from '../bank/problems';
import type { gu } from './gu';
import type { guShell } from './shell-gu';
import type { guTeach } from './teach-gu';

/** Functions keep their parameters, strings are any string; a nested dictionary keeps its type. */
export type Shape<D> = {
	[K in keyof D]: D[K] extends (...args: infer A) => string ? (...args: A) => string : D[K] extends string ? string : D[K];
};

/** Writes a number in the chosen digits. */
export type Num = (n: number | string) => string;

/** The words for problems found in a set or a file, in one language. */
export type ProblemWords = {
	/** One sentence per problem code, made from the problem's values. */
	text: { [C in ProblemCode]: (params: ProblemParams[C], num: Num) => string };
	/** Fields as a teacher knows them: `prompt` is "Question". */
	fields: Record<string, string>;
	/** "Question 4" for `questions[3]`, "Article 1" for `articles[0]`, "Line 2" for `accept[1]`. */
	item: (list: 'questions' | 'articles' | 'line', n: string) => string;
	/** A line of a file: "Line 12". */
	line: (n: string) => string;
	/** What a problem with a whole file is about. */
	wholeFile: string;
};

/** The frame's and home page's strings: shipped with every page. */
export type ShellMessages = Shape<typeof guShell>;
/** Every other page's strings: loaded with the first page that needs them. */
export type AppMessages = Shape<typeof gu>;
/** The teacher's pages' strings: loaded by their layout only. */
export type TeachMessages = Shape<typeof guTeach>;
/** Every user-visible string of one language: a missing or extra key is a type error. */
export type Messages = ShellMessages & AppMessages & TeachMessages;

/** Interface languages, Gujarati first. */
export const LANGUAGES = ['gu', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
