/**
 * ts-fsrs's card states and grades as the numbers it stores, for the record schemas (db/records.ts):
 * every page that writes a set validates records, and importing the enums would load all of
 * ts-fsrs with it. values.test.ts holds them to ts-fsrs's own.
 */
import type { Rating, State } from 'ts-fsrs';

/** The card states, New first. */
export const STATES = [0 as State.New, 1 as State.Learning, 2 as State.Review, 3 as State.Relearning] as const;

/** A new card's state. */
export const NEW_STATE = STATES[0];

/** The grades a rating gives, Again to Easy. */
export const GRADES = [1 as Rating.Again, 2 as Rating.Hard, 3 as Rating.Good, 4 as Rating.Easy] as const;
