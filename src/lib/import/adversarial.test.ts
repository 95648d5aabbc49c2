/**
 * A guard against freezing the tab: every importer (format detection, parsing, checks) reads 1 MB
 * made to trigger its slow paths and refuses it with problems to show. The quadratic paths fixed
 * before took minutes on such input, far past the test's time limit; how fast each is read (the
 * goal: well under a second) is measured by adversarial.bench.ts, not timed here.
 */
import { describe, expect, it } from 'vitest';
import { HOSTILE_INPUTS } from './hostile-inputs';
import { importText } from './index';

describe('importing 1 MB of hostile input', () => {
	// a limit of 20 s, far above a second on a busy machine and far below the minutes of a quadratic path
	it.each(HOSTILE_INPUTS)(
		'%s: refused with problems to show, without freezing',
		(_, fileName, text) => {
			const result = importText(text, fileName);
			expect(result.problems.length).toBeGreaterThan(0);
		},
		20_000
	);
});
