import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { en } from './en';
import { gu } from './gu';
import { enShell } from './shell-en';
import { guShell } from './shell-gu';

/** The files that render on the home page before the other pages' strings are loaded. */
const SHELL_FILES = [
	'src/routes/+layout.svelte',
	'src/routes/+page.svelte',
	'src/routes/+error.svelte',
	'src/lib/components/NavBar.svelte',
	'src/lib/components/UpdateBanner.svelte',
	'src/lib/components/CategoryCounts.svelte',
	'src/lib/components/category-label.ts',
	'src/lib/components/nav-items.ts'
];

describe('the frame dictionary', () => {
	test('the two parts of each language do not share a key, and both languages have the same keys', () => {
		const shared = Object.keys(guShell).filter((k) => k in gu);
		expect(shared).toEqual([]);
		expect(Object.keys(enShell).sort()).toEqual(Object.keys(guShell).sort());
		expect(Object.keys(en).sort()).toEqual(Object.keys(gu).sort());
	});

	test('the home page and the frame use only strings that ship with them', () => {
		const missing: string[] = [];
		for (const file of SHELL_FILES) {
			const source = readFileSync(file, 'utf8');
			const keys = [
				...source.matchAll(/\bt\.([A-Za-z]+)/g),
				...source.matchAll(/'((?:nav|category)[A-Z][A-Za-z]+)'/g)
			].map((m) => m[1]!);
			for (const key of keys) if (!(key in guShell)) missing.push(`${file}: ${key}`);
		}
		expect(missing).toEqual([]);
	});
});

describe('counted words', () => {
	test('one of a thing is singular, in English and in Gujarati where Gujarati changes the word', () => {
		expect([1, 2].map((n) => enShell.questionCount(String(n), n))).toEqual(['1 question', '2 questions']);
		expect([1, 2].map((n) => guShell.questionCount(String(n), n))).toEqual(['1 પ્રશ્ન', '2 પ્રશ્નો']);
		expect(en.matchingQuestions('1', 1)).toBe('1 question matches this choice.');
		expect(gu.matchingQuestions('૧', 1)).toBe('આ પસંદગીમાં ૧ પ્રશ્ન છે.');
		expect([1, 2].map((n) => en.progressTotals(String(n), '50%', n))).toEqual(['1 answer in all, 50% right', '2 answers in all, 50% right']);
		expect(en.showMoreQuestions('1', 1)).toBe('Show 1 more question');
		expect(gu.showMoreQuestions('૧', 1)).toBe('બીજો ૧ પ્રશ્ન બતાવો');
		expect(en.learnDoneText('1', 1)).toMatch(/^The question is mastered\./);
		const counts = [en.countAnswers, en.countQuizzes, en.countCards, en.countRatings, en.countStars, en.countSets, en.countAssignments, en.countResults];
		expect(counts.map((count) => count('1', 1))).toEqual([
			'1 answer',
			'1 quiz',
			'1 card',
			'1 card review',
			'1 starred question',
			'1 own set',
			'1 assignment',
			'1 class result'
		]);
		expect(counts.map((count) => count('3', 3))).toEqual([
			'3 answers',
			'3 quizzes',
			'3 cards',
			'3 card reviews',
			'3 starred questions',
			'3 own sets',
			'3 assignments',
			'3 class results'
		]);
		expect([1, 2].map((n) => en.countLearn(String(n), n))).toEqual(['1 Learn round', '2 Learn rounds']);
	});
});
