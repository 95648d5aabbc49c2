import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { QuestionSet } from '$lib/bank/schema';
import { packJson } from '$lib/share/pack';
import { makeAssignment } from './assignment';
import { decodeAssignmentLink, encodeAssignmentLink } from './assignment-link';

const file = readFileSync(new URL('../../../questions/sets/kim-russia-trip.json', import.meta.url), 'utf8');
const set = JSON.parse(file) as QuestionSet;
const NOW = Date.UTC(2026, 11, 6, 9, 30);

describe('decodeAssignmentLink', () => {
	it('refuses a link whose set has one broken question, so no student is dealt fewer questions unsaid', async () => {
		const broken = { ...set, questions: set.questions.map((q, i) => (i === 3 ? { ...q, category: 'bogus' } : q)) } as QuestionSet;
		const assignment = makeAssignment(broken, { title: 'અઠવાડિયું ૨', mode: 'choice', length: 'all' }, 'k7m2p9qrst', NOW);
		expect(await decodeAssignmentLink(await encodeAssignmentLink(assignment, ''))).toEqual({ ok: false, problem: 'invalid' });
		const whole = makeAssignment(set, { title: 'અઠવાડિયું ૨', mode: 'choice', length: 'all' }, 'k7m2p9qrst', NOW);
		const opened = await decodeAssignmentLink(await encodeAssignmentLink(whole, ''));
		expect(opened.ok && opened.assignment.set.questions.length).toBe(set.questions.length);
	});

	// "2026-13-45" was taken and shown as "Due: 14 February 2027"
	it('refuses a link whose due day is not on the calendar: the form gives only real days, so it was changed', async () => {
		const assignment = makeAssignment(set, { title: 'અઠવાડિયું ૨', mode: 'choice', length: 5 }, 'k7m2p9qrst', NOW);
		const { $schema: _, ...bare } = assignment.set;
		const withDue = (due: string) => packJson('a1', { ...assignment, set: bare, due });
		for (const due of ['2026-13-45', '2026-02-29', '2026-04-31', '2026-00-10'])
			expect(await decodeAssignmentLink(await withDue(due)), due).toEqual({ ok: false, problem: 'invalid' });
		const leap = await decodeAssignmentLink(await withDue('2028-02-29'));
		expect(leap.ok && leap.assignment.due).toBe('2028-02-29');
	});

	// "(<link>)." in a message gave "this link was changed or cut"
	it('opens a link with the punctuation of the sentence around it after it', async () => {
		const assignment = makeAssignment(set, { title: 'અઠવાડિયું ૨', mode: 'choice', length: 5 }, 'k7m2p9qrst', NOW);
		const link = await encodeAssignmentLink(assignment, 'https://kasoti.example');
		for (const end of ['.', ')', ').', '”', '%E2%80%9D', '।', ' ']) {
			const opened = await decodeAssignmentLink(`${link}${end}`);
			expect(opened.ok && opened.assignment.seed, JSON.stringify(end)).toBe('k7m2p9qrst');
		}
	});

	// a title with U+202E turned the whole chat message around, link and all, for teacher and student
	it('gives a title without direction overrides or invisible characters, from a link made by hand or before', async () => {
		const assignment = makeAssignment(set, { title: 'અઠવાડિયું ૨', mode: 'choice', length: 5 }, 'k7m2p9qrst', NOW);
		const { $schema: _, ...bare } = assignment.set;
		const titled = (title: string) => packJson('a1', { ...assignment, set: bare, title });
		const opened = await decodeAssignmentLink(await titled('\u202Eઅઠવાડિયું\u200B ૨\u202C'));
		expect(opened.ok && opened.assignment.title).toBe('અઠવાડિયું ૨');
		expect(await decodeAssignmentLink(await titled('\u202E\u200B'))).toEqual({ ok: false, problem: 'invalid' });
	});
});
