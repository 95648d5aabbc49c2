/**
 * Schema changes as an append-only list. A shipped step is never edited or reused:
 * a change is a new step with the next version number.
 */
import { unwrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { renumberStore } from './renumber';
import { summaryOf } from './set-summaries';
import type { KasotiDB, TeacherSetRecord } from './schema';

export interface Migration {
	version: number;
	migrate(
		db: IDBPDatabase<KasotiDB>,
		tx: IDBPTransaction<KasotiDB, StoreNames<KasotiDB>[], 'versionchange'>
	): void;
}

export const MIGRATIONS: readonly Migration[] = [
	{
		// 1: quiz answers and dealt quizzes.
		version: 1,
		migrate(db) {
			const attempts = db.createObjectStore('attempts', { keyPath: 'id', autoIncrement: true });
			attempts.createIndex('by-question', 'questionId');
			attempts.createIndex('by-quiz', 'quizId');
			attempts.createIndex('by-at', 'at');
			const quizzes = db.createObjectStore('quizzes', { keyPath: 'id' });
			quizzes.createIndex('by-status', 'status');
			quizzes.createIndex('by-started', 'startedAt');
		}
	},
	{
		// 2: spaced-repetition cards and their ratings.
		version: 2,
		migrate(db) {
			const cards = db.createObjectStore('cards', { keyPath: 'questionId' });
			cards.createIndex('by-due', 'due');
			const reviews = db.createObjectStore('reviews', { keyPath: 'id', autoIncrement: true });
			reviews.createIndex('by-question', 'questionId');
			reviews.createIndex('by-review', 'review');
		}
	},
	{
		// 3: teachers' own question sets.
		version: 3,
		migrate(db) {
			const sets = db.createObjectStore('sets', { keyPath: 'id' });
			sets.createIndex('by-updated', 'updatedAt');
		}
	},
	{
		// 4: answers and ratings numbered afresh: a restored key of 2^53 had exhausted their key generators.
		version: 4,
		migrate(_db, tx) {
			renumberStore(tx, 'attempts');
			renumberStore(tx, 'reviews');
		}
	},
	{
		// 5: starred questions and Learn rounds.
		version: 5,
		migrate(db) {
			const stars = db.createObjectStore('stars', { keyPath: 'questionId' });
			stars.createIndex('by-at', 'at');
			const learn = db.createObjectStore('learn', { keyPath: 'id' });
			learn.createIndex('by-set', 'setId');
		}
	},
	{
		// 6: assignments made here and the students' results collected for them.
		version: 6,
		migrate(db) {
			const assignments = db.createObjectStore('assignments', { keyPath: 'id' });
			assignments.createIndex('by-created', 'createdAt');
			const results = db.createObjectStore('results', { keyPath: 'id' });
			results.createIndex('by-assignment', 'assignmentId');
		}
	},
	{
		// 7: cards by state, then due: the day's cards in learning steps are read without every due card.
		version: 7,
		migrate(_db, tx) {
			tx.objectStore('cards').createIndex('by-state-due', ['state', 'due']);
		}
	},
	{
		// 8: a short record per own set, so Home lists sets without reading every question.
		version: 8,
		migrate(db, tx) {
			// plain requests: a failed one aborts the upgrade, with no promise left to reject unheard
			const summaries = unwrap(db.createObjectStore('summaries', { keyPath: 'id' }));
			const reading = unwrap(tx).objectStore('sets').getAll();
			reading.onsuccess = () => {
				for (const record of reading.result as TeacherSetRecord[]) {
					try {
						summaries.put(summaryOf(record));
					} catch {
						// a record not shaped as a set must not stop the upgrade: Home then reads the sets in full
					}
				}
			};
		}
	}
];

/** The newest schema version: the last step's. */
export const DB_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Runs, in order, every step newer than the version the database had. */
export function runMigrations(
	db: IDBPDatabase<KasotiDB>,
	oldVersion: number,
	tx: IDBPTransaction<KasotiDB, StoreNames<KasotiDB>[], 'versionchange'>
): void {
	for (const step of MIGRATIONS) if (step.version > oldVersion) step.migrate(db, tx);
}
