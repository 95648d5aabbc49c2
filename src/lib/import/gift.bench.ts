/**
 * Importing must stay well under a second for a large Moodle export: a generated 10,000-question
 * GIFT file (multiple choice, short answer, numerical, true/false, in three categories), read,
 * checked and turned into a set. Run with `npx vitest bench --run src/lib/import`.
 */
import { bench, describe } from 'vitest';
import { importText } from './index';
import { syntheticGift } from './synthetic-gift';

const file = syntheticGift(10_000);

describe('importText, 10,000-question GIFT file', () => {
	bench('parse, check and build the set', () => {
		const result = importText(file, 'bench.gift');
		if (result.set?.questions.length !== 10_000) throw new Error('the bench file did not import whole');
	});
});
