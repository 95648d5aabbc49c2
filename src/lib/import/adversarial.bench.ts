/**
 * How fast each importer reads 1 MB made to trigger its slow paths (the goal: well under a second
 * each, so a hostile file cannot freeze the tab). Run with `npx vitest bench --run src/lib/import`.
 */
import { bench, describe } from 'vitest';
import { HOSTILE_INPUTS } from './hostile-inputs';
import { importText } from './index';

describe('importText, 1 MB of hostile input', () => {
	for (const [name, fileName, text] of HOSTILE_INPUTS) {
		bench(name, () => {
			if (importText(text, fileName).problems.length === 0) throw new Error(`${name}: no problem found`);
		}, { iterations: 3, time: 0 });
	}
});
