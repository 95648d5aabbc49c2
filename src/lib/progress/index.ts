/**
 * Statistics for the progress page from plain arrays of answers and cards. Pure: no DOM, no
 * storage; the time and the time-zone offset are passed in.
 */
export { accuracyByArticle, accuracyByCategory, type AccuracyRow } from './accuracy';
export { barChart, describeSeries, summarizeSeries } from './chart';
export type { Bar, BarChartOptions, SeriesPoint, SeriesSummary, SeriesWords, Trend } from './chart';
export { dailyAccuracy, type DayAccuracy } from './daily';
export { dayLabel, localDay, localOffset, type TimeZoneOffset } from './days';
export { dueForecast, type DueDay } from './forecast';
export { streak, type Streak } from './streak';
export type { AttemptLike, QuestionInfo, QuestionLookup } from './types';
export { MIN_ANSWERS_FOR_WEAK, weakestQuestions, type WeakQuestion } from './weakest';
