import { describe, expect, it } from 'vitest';
import { decodeResult, encodeResultLink } from './result-code';
import { studentName } from './student-name';

describe('studentName', () => {
	it('keeps a name as typed, with single spaces', () => {
		expect(studentName('  આરવ   પટેલ ')).toBe('આરવ પટેલ');
	});

	// a name of one zero-width space was taken, and its result link was refused on the teacher’s phone as cut
	it('leaves nothing of a name of invisible characters only, as of spaces', () => {
		expect(studentName('\u200B')).toBe('');
		expect(studentName(' \u200B\u2060\u202E ')).toBe('');
		expect(studentName('   ')).toBe('');
	});

	it('gives the name the teacher’s phone reads back from the result link', async () => {
		const student = studentName('\u202Eઆરવ\u200B');
		const answers = [{ questionId: 'q1', mode: 'choice' as const, given: 'x', correct: true, ms: 1000 }];
		const link = await encodeResultLink({ assignmentId: 'a-1', student, quizId: 'q', startedAt: 1, finishedAt: 2, answers }, '');
		const opened = await decodeResult(link);
		expect(opened.ok && opened.result.student).toBe('આરવ');
		expect(student).toBe('આરવ');
	});
});
