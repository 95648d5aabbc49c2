/** The categories and place kinds, apart from the schema so pages can use them without valibot. */

/** The three things Kasoti quizzes on. */
export const CATEGORIES = ['date', 'person', 'place'] as const;
export type Category = (typeof CATEGORIES)[number];

/** What sort of place a place answer is, so distractors can be of the same sort. */
export const PLACE_KINDS = ['country', 'city', 'region', 'site'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
