import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { QuestionSet } from '$lib/bank/schema';
import { toBase64Url } from '$lib/share/base64url';
import { crc32Hex } from '$lib/share/crc32';
import { deflate, packJson } from '$lib/share/pack';
import { findAssignmentFragment } from './assignment-fragment';
import { decodeAssignmentLink, encodeAssignmentLink } from './assignment-link';
import { isCalendarDay, isOverdue, makeAssignment } from './assignment';
import { dealAssignment } from './deal-assignment';

const file = readFileSync(new URL('../../../questions/sets/kim-russia-trip.json', import.meta.url), 'utf8');
const set = JSON.parse(file) as QuestionSet;
const NOW = Date.UTC(2026, 11, 3, 9, 30);

describe('assignments', () => {
	const assignment = makeAssignment(set, { title: ' અઠવાડિયું ૧ ', mode: 'mixed', length: 5, due: '2026-12-10' }, 'k7m2p9qrst', NOW);

	it('are made from a set as it is now, without its schema line', () => {
		expect(assignment.id).toBe(`a-${NOW.toString(36)}-k7m2p9qr`);
		expect(assignment.title).toBe('અઠવાડિયું ૧');
		expect(assignment.set.questions.length).toBe(set.questions.length);
		expect('$schema' in assignment.set).toBe(false);
	});

	it('deal every student the same questions and options, under their own quiz id and name', () => {
		const asha = dealAssignment(assignment, ' આશા ', 'aaaa', NOW + 1000)!;
		const ravi = dealAssignment(assignment, 'Ravi', 'bbbb', NOW + 5000)!;
		expect(asha.items.length).toBe(5);
		expect(ravi.items).toEqual(asha.items);
		expect(asha.id).not.toBe(ravi.id);
		expect(asha.options.assignment).toEqual({ id: assignment.id, title: 'અઠવાડિયું ૧', student: 'આશા' });
	});

	it('take a due day only when the calendar has it', () => {
		expect(['2026-12-10', '2028-02-29', '0001-01-01'].map(isCalendarDay)).toEqual([true, true, true]);
		expect(['2026-13-45', '2026-02-29', '2026-11-31', '2026-1-5', '275760-09-13', ''].map(isCalendarDay)).toEqual([
			false,
			false,
			false,
			false,
			false,
			false
		]);
	});

	it('are overdue only after their day', () => {
		expect(isOverdue('2026-12-10', new Date(2026, 11, 10, 23, 59))).toBe(false);
		expect(isOverdue('2026-12-10', new Date(2026, 11, 11, 0, 1))).toBe(true);
		expect(isOverdue(undefined, new Date())).toBe(false);
	});

	it('travel by link and come back the same', async () => {
		const link = await encodeAssignmentLink(assignment, 'https://k.example');
		expect(link.startsWith('https://k.example/assignment#a1.')).toBe(true);
		expect(findAssignmentFragment(`Open this: ${link} today`)).toBe(new URL(link).hash.slice(1));
		const opened = await decodeAssignmentLink(new URL(link).hash);
		expect(opened.ok).toBe(true);
		if (opened.ok) {
			expect(opened.assignment.title).toBe(assignment.title);
			expect(opened.assignment.set.questions.map((q) => q.id)).toEqual(assignment.set.questions.map((q) => q.id));
			expect(dealAssignment(opened.assignment, 'x', 'c', NOW)!.items.map((i) => i.question.id)).toEqual(
				dealAssignment(assignment, 'x', 'd', NOW)!.items.map((i) => i.question.id)
			);
		}
	});

	it('refuse a changed link and one whose set has no questions', async () => {
		const link = await encodeAssignmentLink(assignment, '');
		const cut = link.slice(0, -5);
		expect(await decodeAssignmentLink(cut)).toEqual({ ok: false, problem: 'checksum' });
		const empty = await encodeAssignmentLink({ ...assignment, set: { ...assignment.set, questions: [] } }, '');
		expect(await decodeAssignmentLink(empty)).toEqual({ ok: false, problem: 'invalid' });
		expect(await decodeAssignmentLink('#v2.abc')).toEqual({ ok: false, problem: 'format' });
	});

	it('refuse a link nested deeper than any assignment, before anything reads it', async () => {
		const { $schema: _, ...set } = assignment.set;
		const text = JSON.stringify({ ...assignment, set: { ...set, questions: [{ ...set.questions[0], accept: 'DEEP' }] } });
		const deep = text.replace('"DEEP"', `${'['.repeat(20_000)}"ગાંધીનગર"${']'.repeat(20_000)}`);
		const payload = toBase64Url(await deflate(new TextEncoder().encode(deep)));
		expect(await decodeAssignmentLink(`a1.${crc32Hex(payload)}.${payload}`)).toEqual({ ok: false, problem: 'json' });
		// nested as deep as a set is, it is read
		expect((await decodeAssignmentLink(await packJson('a1', { ...assignment, set }))).ok).toBe(true);
	});
});
