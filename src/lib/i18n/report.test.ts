import { describe, expect, it } from 'vitest';
import { enReport } from './report-en';
import { guReport } from './report-gu';

describe('the class pages’ counts', () => {
	// "1 results", "its 1 results", "Most students (1)"
	it('say one result or student in the singular, in English', () => {
		expect([enReport.classResultCount('1', 1), enReport.classResultCount('2', 2)]).toEqual(['1 result', '2 results']);
		expect(enReport.classDeleteConfirm('1', 1)).toBe('Delete this assignment and its 1 result?');
		expect(enReport.classDeleteConfirm('0', 0)).toBe('Delete this assignment?');
		expect(enReport.reportScoresSummary('1', 1, '90–100%')).toBe('1 student scored 90–100%: the most in any band.');
		expect(enReport.reportScoresSummary('4', 4, '50–60%')).toBe('4 students scored 50–60%: the most in any band.');
	});

	it('agree with one result in Gujarati', () => {
		expect(guReport.classDeleteConfirm('૧', 1)).toBe('આ સોંપણી અને તેનું ૧ પરિણામ ભૂંસી નાખવાં?');
		expect(guReport.classDeleteConfirm('૩', 3)).toBe('આ સોંપણી અને તેનાં ૩ પરિણામ ભૂંસી નાખવાં?');
	});
});
