import type { gu } from './gu';
import type { guShell } from './shell-gu';

/** Functions keep their parameters; everything else is a string. */
type Shape<D> = {
	[K in keyof D]: D[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

/** The frame's and home page's strings: shipped with every page. */
export type ShellMessages = Shape<typeof guShell>;
/** Every other page's strings: loaded with the first page that needs them. */
export type AppMessages = Shape<typeof gu>;
/** Every user-visible string of one language: a missing or extra key is a type error. */
export type Messages = ShellMessages & AppMessages;

/** Interface languages, Gujarati first. */
export const LANGUAGES = ['gu', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
