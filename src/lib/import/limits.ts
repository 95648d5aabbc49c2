/** The most text one import takes: 5 MB in UTF-8 (files, pasted text and shared links alike). */
export const MAX_BYTES = 5 * 1024 * 1024;

/** The most questions one import takes. */
export const MAX_QUESTIONS = 20_000;
