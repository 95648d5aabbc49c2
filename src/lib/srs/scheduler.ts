/**
 * The FSRS scheduler Kasoti uses: ts-fsrs 5 (FSRS-6 with its default weights) with the one knob a
 * student may turn, the desired retention. Nothing here reads the clock.
 */
import { fsrs, GenSeedStrategyWithCardId, generatorParameters, StrategyMode, type FSRS } from 'ts-fsrs';

/** The lowest desired retention offered: below it reviews grow so rare that facts slip away. */
export const RETENTION_MIN = 0.8;
/** The highest desired retention offered: above it the daily load grows steeply for little gain. */
export const RETENTION_MAX = 0.97;
/** The desired retention when the student has not chosen one (the FSRS default). */
export const RETENTION_DEFAULT = 0.9;

/** A configured scheduler: pass it to rate, preview and undo. */
export type Scheduler = {
	/** The desired retention actually in use, after clamping. */
	readonly retention: number;
	/** Whether intervals are spread a little so cards learnt together do not fall due together. */
	readonly fuzz: boolean;
	/** The ts-fsrs instance; prefer the functions of this module. */
	readonly fsrs: FSRS;
};

/** Settings for createScheduler; both are optional. */
export type SchedulerOptions = {
	/** Desired retention, clamped into RETENTION_MIN..RETENTION_MAX. */
	retention?: number;
	/** Spread intervals a little (default true); tests turn it off. */
	fuzz?: boolean;
};

/**
 * The fuzz seed of one review: ts-fsrs's own strategy of the card's id (its question) and review
 * count, never the moment of rating, so a button's preview and the rating given seconds later draw the same interval.
 */
const seedOfCard = GenSeedStrategyWithCardId('questionId');

/**
 * A scheduler for the given desired retention. A finite retention outside the offered range is
 * clamped, not refused, so a setting saved by another version can never stop a study session;
 * a retention that is not a finite number is a bug and throws a RangeError.
 */
export function createScheduler({ retention = RETENTION_DEFAULT, fuzz = true }: SchedulerOptions = {}): Scheduler {
	if (!Number.isFinite(retention)) throw new RangeError(`retention must be a number, got ${retention}`);
	const clamped = Math.min(RETENTION_MAX, Math.max(RETENTION_MIN, retention));
	return {
		retention: clamped,
		fuzz,
		fsrs: fsrs(generatorParameters({ request_retention: clamped, enable_fuzz: fuzz })).useStrategy(StrategyMode.SEED, seedOfCard)
	};
}
