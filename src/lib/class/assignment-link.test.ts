import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { QuestionSet } from '$lib/bank/schema';
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
});
