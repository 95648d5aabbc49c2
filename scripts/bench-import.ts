/**
 * Import speed, measured in Chromium: a generated 10,000-question GIFT file read, checked and
 * stored as one set under free names in one transaction (importText + addImportedSet), median of several runs.
 * The goal is under 1 s. `npm run bench:import` (needs Chromium; see README).
 */
import { runInChromium } from '../tests/bench/run-in-chromium.ts';

const result = await runInChromium('import-entry.ts');

const ms = (x: number) => `${x.toFixed(0)} ms`;
console.log(`file: 10,000 GIFT questions, ${(result.bytes! / 1024 / 1024).toFixed(1)} MB; sets stored: ${result.stored}`);
console.log(`read and check (importText): median ${ms(result.parseMs!)}`);
console.log(`store (addImportedSet: free names, one transaction): median ${ms(result.storeMs!)}`);
console.log(`import in all: median ${ms(result.totalMs!)} (slowest ${ms(result.slowestMs!)}; goal under 1000 ms)`);
