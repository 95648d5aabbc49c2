import { describe, expect, it } from 'vitest';
import type { Assignment, HandedIn } from './types';
import { decodeResult, encodeResultLink, findResultFragments, handIn, matchResult } from './result-code';

const set = {
	id: 'week-3',
	title: 'અઠવાડિયું ૩',
	title_en: 'Week 3',
	lang: 'gu' as const,
	articles: [],
	questions: [
		{ id: 'week-3-q1', category: 'person' as const, prompt: 'કોણ?', answer: 'પુતિન', accept: [], article: 'a.txt', quote: 'પુતિન', en: '' },
		{ id: 'week-3-q2', category: 'place' as const, prompt: 'ક્યાં?', answer: 'પ્યોંગયાંગ', accept: [], article: 'a.txt', quote: 'પ્યોંગયાંગ', en: '' }
	]
};
const assignment: Assignment = { id: 'a-x1-abc', title: 'Test', mode: 'mixed', length: 'all', seed: 'abcabc', set, createdAt: 1_780_000_000_000 };
const DEALT = ['week-3-q2', 'week-3-q1'];
/** When the teacher's phone received it: 1 June 2026. */
const RECEIVED = Date.UTC(2026, 5, 1);
const result: HandedIn = {
	assignmentId: 'a-x1-abc',
	student: 'આશા',
	quizId: 'q1-zz',
	startedAt: 1_780_000_100_000,
	finishedAt: 1_780_000_160_000,
	answers: [
		{ questionId: 'week-3-q1', mode: 'choice', given: 'પુતિન', correct: true, ms: 4200 },
		{ questionId: 'week-3-q2', mode: 'typed', given: 'seoul', correct: false, ms: 9100 }
	]
};

describe('result links', () => {
	it('carry a result to the teacher, the right choice answer filled from the set', async () => {
		const link = await encodeResultLink(result, 'https://kasoti.example');
		expect(link.startsWith('https://kasoti.example/teach/class#r1.')).toBe(true);
		const opened = await decodeResult(link);
		expect(opened.ok).toBe(true);
		if (!opened.ok) return;
		expect(opened.result.answers[0]!.given).toBe('');
		const matched = matchResult(opened.result, assignment, DEALT, RECEIVED);
		expect(matched).toEqual({ ok: true, result: { ...result, id: 'a-x1-abc/q1-zz', receivedAt: RECEIVED } });
	});

	it('carry the student’s name without characters no one sees, which would reverse it or make a second student', async () => {
		for (const student of ['Asha\u200B', '\u202EAsha', ' Asha\u2066 ']) {
			const opened = await decodeResult(await encodeResultLink({ ...result, student }, 'https://kasoti.example'));
			expect(opened.ok && opened.result.student).toBe('Asha');
		}
	});

	it('refuse a changed or cut link', async () => {
		const link = await encodeResultLink(result, '');
		const fragment = link.slice(link.indexOf('#') + 1);
		expect(await decodeResult(fragment.slice(0, -3))).toEqual({ ok: false, problem: 'checksum' });
		const changed = fragment.slice(0, -1) + (fragment.endsWith('A') ? 'B' : 'A');
		expect(await decodeResult(changed)).toEqual({ ok: false, problem: 'checksum' });
		expect(await decodeResult('v2.00000000.abc')).toEqual({ ok: false, problem: 'format' });
	});

	it('are found anywhere in pasted text, each once', async () => {
		const link = await encodeResultLink(result, 'https://k.example');
		const fragment = link.slice(link.indexOf('#') + 1);
		expect(findResultFragments(`Asha: ${link}\nagain ${link} and https://k.example/share#v2.1.x`)).toEqual([fragment]);
	});

	it('are matched only with their own assignment and its questions', async () => {
		expect(matchResult(result, { ...assignment, id: 'a-other' }, DEALT, RECEIVED)).toEqual({ ok: false, problem: 'other-assignment' });
		const stranger = { ...result, answers: [{ ...result.answers[0]!, questionId: 'week-9-q1' }] };
		expect(matchResult(stranger, assignment, DEALT, RECEIVED)).toEqual({ ok: false, problem: 'wrong-questions' });
	});

	// a forged 10-question result listed 17 more questions of the set at 100 %, or one question ten times as 1/1
	it('are refused when they answer more questions than the assignment deals, or one question twice', () => {
		expect(matchResult(result, assignment, ['week-3-q1'], RECEIVED)).toEqual({ ok: false, problem: 'wrong-questions' });
		// another question of the set than this version deals: an older version may have dealt it
		expect(matchResult({ ...result, answers: [result.answers[1]!] }, assignment, ['week-3-q1'], RECEIVED).ok).toBe(true);
		const again = { ...result, answers: [result.answers[0]!, result.answers[0]!, result.answers[0]!] };
		expect(matchResult(again, assignment, DEALT, RECEIVED)).toEqual({ ok: false, problem: 'wrong-questions' });
		expect(matchResult({ ...result, answers: [result.answers[1]!] }, assignment, DEALT, RECEIVED).ok).toBe(true);
	});

	// a result started in 1970 or finished at 8.64e15 was stored, and every later backup was refused on restore
	it('are refused when their times are ones a backup would refuse', async () => {
		const times: [number, number][] = [
			[0, result.finishedAt],
			[result.startedAt, 8.64e15],
			[Date.UTC(1999, 11, 31), result.finishedAt],
			[result.startedAt, Date.UTC(2128, 0, 1)]
		];
		for (const [startedAt, finishedAt] of times) {
			const opened = await decodeResult(await encodeResultLink({ ...result, startedAt, finishedAt }, ''));
			expect(opened.ok).toBe(true);
			if (!opened.ok) continue;
			expect(matchResult(opened.result, assignment, DEALT, RECEIVED)).toEqual({ ok: false, problem: 'wrong-clock' });
		}
		// the backup's own bounds: 1 January 2000, and a backup made when it arrives plus 101 years
		const edges = { ...result, startedAt: Date.UTC(2000, 0, 1), finishedAt: Date.UTC(2127, 5, 1) };
		expect(matchResult(edges, assignment, DEALT, RECEIVED).ok).toBe(true);
	});

	it('are made from a quiz answers in order, the first of two answers to one question counting', () => {
		const quiz = { id: 'q1-zz', startedAt: 100, options: { assignment: { id: 'a-x1-abc', student: 'આશા' } } };
		const attempts = [
			{ questionId: 'week-3-q2', mode: 'typed' as const, given: 'seoul', correct: false, ms: 9, at: 300 },
			{ questionId: 'week-3-q1', mode: 'choice' as const, given: 'પુતિન', correct: true, ms: 4, at: 200 },
			{ questionId: 'week-3-q1', mode: 'choice' as const, given: 'કિમ', correct: false, ms: 4, at: 250 }
		];
		const handed = handIn(quiz, attempts)!;
		expect(handed.answers.map((a) => a.questionId)).toEqual(['week-3-q1', 'week-3-q2']);
		expect(handed.answers[0]!.given).toBe('પુતિન');
		expect(handed.finishedAt).toBe(300);
		expect(handIn({ ...quiz, options: {} }, attempts)).toBeUndefined();
	});
});

// two students who typed one name were one student: a result now names its phone
describe('result links and the phone that sent them', () => {
	/** A link made before results named their phone (`r1` without `p`). */
	const OLD_LINK =
		'https://kasoti.example/teach/class#r1.13533d0f.Rci9CQJBEIDRXr54Bmb0OGVaOS5Y7ydRlMXAAxGsZwWxAmvZUkQMTF7wriSCpItr2g0IR4Ja' +
		'nvVxr-VVyxshE2Q9HUaEM-GbrZmZfzFh_k_7m4XoOi7TtNe1ZkcYEJdmZdb3tw8';

	it('carry the phone to the teacher and into the stored result', async () => {
		const opened = await decodeResult(await encodeResultLink({ ...result, phone: 'k3x9q0a7m2zp' }, 'https://kasoti.example'));
		expect(opened.ok && opened.result.phone).toBe('k3x9q0a7m2zp');
		if (!opened.ok) return;
		const matched = matchResult(opened.result, assignment, DEALT, RECEIVED);
		expect(matched.ok && matched.result.phone).toBe('k3x9q0a7m2zp');
	});

	it('still open when made before they named a phone, with no phone', async () => {
		const opened = await decodeResult(OLD_LINK);
		expect(opened).toEqual({
			ok: true,
			result: {
				assignmentId: 'a-x1-abc',
				student: 'મીરા',
				quizId: 'q-old',
				startedAt: 1_780_000_100_000,
				finishedAt: 1_780_000_160_000,
				answers: [{ questionId: 'week-3-q1', mode: 'choice', given: '', correct: true, ms: 4200 }]
			}
		});
		// and a result without a phone is written as it was
		const same = { ...result, student: 'મીરા', quizId: 'q-old', answers: [result.answers[0]!] };
		expect(await encodeResultLink(same, 'https://kasoti.example')).toBe(OLD_LINK);
	});

	it('keep a result whose phone is of a shape this version does not know, without the phone', async () => {
		for (const phone of ['', 'a b', 'x'.repeat(41), '<b>']) {
			const opened = await decodeResult(await encodeResultLink({ ...result, phone }, ''));
			expect(opened.ok).toBe(true);
			expect(opened.ok && 'phone' in opened.result).toBe(false);
		}
	});

	it('are made with the phone handing them in, and without one where none is kept', () => {
		const quiz = { id: 'q1-zz', startedAt: 100, options: { assignment: { id: 'a-x1-abc', student: 'આશા' } } };
		const attempts = [{ questionId: 'week-3-q1', mode: 'choice' as const, given: 'પુતિન', correct: true, ms: 4, at: 200 }];
		expect(handIn(quiz, attempts, 'k3x9q0a7m2zp')!.phone).toBe('k3x9q0a7m2zp');
		expect('phone' in handIn(quiz, attempts, undefined)!).toBe(false);
	});
});
