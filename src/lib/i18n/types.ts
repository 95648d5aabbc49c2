import type { gu } from './gu';

type Dictionary = typeof gu;

/** The shape every language must fill: a missing or extra key is a type error. */
export type Messages = {
	[K in keyof Dictionary]: Dictionary[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

/** Interface languages, Gujarati first. */
export const LANGUAGES = ['gu', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
