/**
 * The study pages' library with one 10,000-question own set stored, measured in Chromium at 4x CPU
 * slowdown (a mid-range phone): reading the own sets when each is checked on every load, as before,
 * against trusting the verdict stored with the set; and the one load that checks a set stored
 * without a verdict. Then /teach listing the set when it is not ready: checked on every visit, as
 * before, against the count of errors its verdict holds. Medians of 5 runs. `npm run bench:library` (needs Chromium; see README).
 */
import { runInChromium } from '../tests/bench/run-in-chromium.ts';

const SLOWDOWN = Number(process.env.KASOTI_CPU_SLOWDOWN ?? 4);
const result = await runInChromium('library-entry.ts', undefined, { cpuSlowdown: SLOWDOWN });

const ms = (x: number) => `${x.toFixed(0)} ms`;
console.log(`one own set of ${result.questions} questions, CPU ${SLOWDOWN}x slower`);
console.log(`read the own sets only (allTeacherSets): median ${ms(result.readMs!)}`);
console.log(`read and check every set, on every load (before): median ${ms(result.everyLoadMs!)}`);
console.log(`read, trusting the stored verdict (readyTeacherSets): median ${ms(result.trustedMs!)}`);
console.log(`first load of a set stored without a verdict (check, write back): median ${ms(result.firstMs!)}`);
console.log(`/teach, the set not ready, checked for its errors on every visit (before): median ${ms(result.teachEveryVisitMs!)}`);
console.log(`/teach, the set not ready, listed with its verdict's count of errors: median ${ms(result.teachCountedMs!)}`);
