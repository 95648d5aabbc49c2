/**
 * Spaced repetition for Kasoti: a thin layer over ts-fsrs 5 (FSRS-6). Pure: no DOM, no storage;
 * the time is always passed in.
 */
export { Rating, State, type Grade } from 'ts-fsrs';
export { newCard, preview, rate, undo, RATING_NAMES, RATING_OF } from './cards';
export type { CardRecord, PreviewItem, RatingName, ReviewRecord } from './cards';
export { formatInterval, type Interval, type IntervalUnit } from './interval';
export { pickStudyQueue, type StudyItem, type StudyQueueInput } from './queue';
export { ratingFromQuizAnswer, SLOW_ANSWER_MS } from './rating';
export { createScheduler, RETENTION_DEFAULT, RETENTION_MAX, RETENTION_MIN } from './scheduler';
export type { Scheduler, SchedulerOptions } from './scheduler';
export { endOfLocalDay, isDueBy, isLearning, newToday, startOfLocalDay, startsNewCard } from './due';
export { afterRating, nextComeback, redealWaiting, sessionCounts, showNext, startSession, studyNow } from './session';
export type { SessionCounts, SessionQueue } from './session';
export { SWIPE_PX, swipeIntent, type SwipeIntent } from './swipe';
