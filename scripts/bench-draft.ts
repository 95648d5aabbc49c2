/**
 * Drafting speed, measured in Chromium: a Gujarati article of about 5,000 words (the bank's two
 * articles and the news texts of tests/fixtures/extract/news, none repeated: the extractor's memos
 * would make a repeated text look fast) drafted as the draft page does it: median of 15 runs after 5 to warm up; indexing the places and the first run apart. The goal is under 300 ms. `npm run bench:draft` (needs Chromium).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { runInChromium } from '../tests/bench/run-in-chromium.ts';

const WORDS = 5_000;
const read = (dir: string) =>
	readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
const news = 'tests/fixtures/extract/news';
const pieces = [...read('questions/articles'), ...read(`${news}/dev`), ...read(`${news}/test`)];
const parts: string[] = [];
let words = 0;
for (let i = 0; words < WORDS && i < pieces.length; i++) {
	const piece = pieces[i]!;
	parts.push(piece);
	words += piece.split(/\s+/).filter(Boolean).length;
}
const sets = readdirSync('questions/sets').map((f) => JSON.parse(readFileSync(`questions/sets/${f}`, 'utf8')));

const result = await runInChromium('draft-entry.ts', { text: parts.join('\n\n'), sets });
const ms = (x: number) => `${x.toFixed(0)} ms`;
console.log(`article: ${result.words} words, ${result.proposals} proposals`);
console.log(
	`draft (extract and prompts): median ${ms(result.medianMs!)}, slowest ${ms(result.slowestMs!)} once warm; goal under 300 ms`
);
console.log(`once a page: places indexed in ${ms(result.indexMs!)}, then a first draft with the code cold in ${ms(result.firstMs!)}`);
