/** The most text one import takes: 5 MB in UTF-8 (files, pasted text and shared links alike). */
export const MAX_BYTES = 5 * 1024 * 1024;

/** The most questions one import takes. */
export const MAX_QUESTIONS = 20_000;

/** The most answers and options one question may have; more is a broken file, not a question. */
export const MAX_OPTIONS = 100;

/** The deepest bracket nesting read from JSON: a set needs five levels, and deeper data only overflows the stack. */
export const MAX_DEPTH = 32;
