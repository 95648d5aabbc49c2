import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { QuestionSet } from '$lib/bank/schema';
import { makeAssignment } from './assignment';
import { choiceProblem, fittingTitle, keptTitle, linkProblem } from './assignment-form';
import { decodeAssignmentLink, encodeAssignmentLink, MAX_TITLE } from './assignment-link';

const file = readFileSync(new URL('../../../questions/sets/kim-russia-trip.json', import.meta.url), 'utf8');
const set = JSON.parse(file) as QuestionSet;
const NOW = Date.UTC(2026, 11, 7, 9, 30);
/** The teacher's local day at NOW. */
const TODAY = '2026-12-07';

/** A set title of 300 characters, the longest a set may have: Gujarati words of varied length. */
const LONG = Array.from({ length: 60 }, (_, i) => ['ગુજરાત', 'ના', 'ઇતિહાસ', 'અને', 'ભૂગોળ'][i % 5]).join(' ').slice(0, 300);

describe('fittingTitle', () => {
	it('keeps a title that fits as it is', () => {
		expect(fittingTitle(' અઠવાડિયું ૩ની કસોટી ')).toBe('અઠવાડિયું ૩ની કસોટી');
		const exact = 'ક'.repeat(MAX_TITLE);
		expect(fittingTitle(exact)).toBe(exact);
	});

	// a 300-character set title was prefilled whole, and its link told every student it had a mistake
	it('cuts a long title after a whole word, with “…”, within the link’s limit', () => {
		const fitted = fittingTitle(LONG);
		expect(fitted.length).toBeLessThanOrEqual(MAX_TITLE);
		expect(fitted.endsWith('…')).toBe(true);
		const kept = fitted.slice(0, -1);
		expect(LONG.startsWith(kept)).toBe(true);
		expect(LONG[kept.length]).toBe(' ');
		expect(kept.length).toBeGreaterThan(MAX_TITLE / 2);
	});

	it('leaves no comma or dash before the “…”', () => {
		const title = `${'શબ્દ '.repeat(22)}ઇતિહાસ, ભૂગોળ — અને બીજું ઘણું બધું જે અહીં સમાતું નથી`;
		expect(fittingTitle(title, 120)).not.toMatch(/[\s,—]…$/);
	});

	it('cuts one long word after a whole letter, never between a consonant and its vowel sign', () => {
		const word = 'કિ'.repeat(100);
		const fitted = fittingTitle(word, 10);
		expect(fitted).toBe('કિકિકિકિ…');
		expect(fittingTitle('x'.repeat(300), MAX_TITLE)).toHaveLength(MAX_TITLE);
	});
});

describe('choiceProblem', () => {
	it('names the field a link would fail on', () => {
		expect(choiceProblem('  ', '', TODAY)).toBe('title-missing');
		expect(choiceProblem(LONG, '', TODAY)).toBe('title-too-long');
		expect(choiceProblem('ક'.repeat(MAX_TITLE), '', TODAY)).toBeUndefined();
		// the field's value as typed with a six-digit year
		expect(choiceProblem('અઠવાડિયું ૩', '202612-12-10', TODAY)).toBe('due-invalid');
		expect(choiceProblem('અઠવાડિયું ૩', '', TODAY, true)).toBe('due-invalid');
		expect(choiceProblem('અઠવાડિયું ૩', '2026-12-10', TODAY)).toBeUndefined();
	});

	// a due day before today was taken silently, and every student was told at once that it had passed
	it('refuses a due day before today, and takes today itself', () => {
		expect(choiceProblem('અઠવાડિયું ૩', '2026-12-06', TODAY)).toBe('due-past');
		expect(choiceProblem('અઠવાડિયું ૩', '2025-12-31', TODAY)).toBe('due-past');
		expect(choiceProblem('અઠવાડિયું ૩', '2026-12-07', TODAY)).toBeUndefined();
		expect(choiceProblem('અઠવાડિયું ૩', '', TODAY)).toBeUndefined();
	});

	// a title with U+202E turned every chat message that quoted it around, link and all
	it('counts a title of invisible or direction characters only as no title', () => {
		expect(keptTitle('\u202Eઅઠવાડિયું\u200B ૩\u202C')).toBe('અઠવાડિયું ૩');
		expect(choiceProblem('\u202E\u200B ', '', TODAY)).toBe('title-missing');
		const made = makeAssignment(set, { title: '\u202Eઅઠવાડિયું ૩', mode: 'choice', length: 5 }, 'k7m2p9qrst', NOW);
		expect(made.title).toBe('અઠવાડિયું ૩');
	});

	it('lets through only choices whose link opens', async () => {
		const made = async (title: string, due?: string) => {
			const assignment = makeAssignment(set, { title, mode: 'choice', length: 5, due }, 'k7m2p9qrst', NOW);
			return decodeAssignmentLink(await encodeAssignmentLink(assignment, ''));
		};
		expect((await made(fittingTitle(LONG))).ok).toBe(true);
		expect((await made(LONG)).ok).toBe(false);
		expect((await made('અઠવાડિયું ૩', '202612-12-10')).ok).toBe(false);
	});
});

describe('linkProblem', () => {
	it('reads the assignment back as a student’s phone would', async () => {
		const good = makeAssignment(set, { title: 'અઠવાડિયું ૩', mode: 'choice', length: 5 }, 'k7m2p9qrst', NOW);
		expect(await linkProblem(good)).toBeUndefined();
		const broken = { ...set, questions: set.questions.map((q, i) => (i === 0 ? { ...q, category: 'bogus' } : q)) } as QuestionSet;
		expect(await linkProblem(makeAssignment(broken, { title: 'અઠવાડિયું ૩', mode: 'choice', length: 5 }, 'k7m2p9qrst', NOW))).toBe(
			'invalid'
		);
	});
});
