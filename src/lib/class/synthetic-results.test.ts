import { describe, expect, it } from 'vitest';
import { classReport } from './report';
import { syntheticAssignment, syntheticResults } from './synthetic-results';

describe('syntheticResults', () => {
	const assignment = syntheticAssignment(30, 'test');
	const results = syntheticResults(assignment, 300, 'test');

	it('gives the same class for the same seed, another for another', () => {
		expect(syntheticResults(assignment, 300, 'test')).toEqual(results);
		expect(syntheticResults(assignment, 300, 'other')[0]!.answers).not.toEqual(results[0]!.answers);
	});

	it('makes as many results as asked, each answering every question of the set once', () => {
		expect(results).toHaveLength(300);
		const ids = assignment.set.questions.map((q) => q.id);
		for (const r of results) expect(r.answers.map((a) => a.questionId)).toEqual(ids);
		expect(assignment.set.questions.map((q) => q.category).slice(0, 3)).toEqual(['date', 'person', 'place']);
	});

	it('spreads the class from weak to strong, with copies and retakes among the results', () => {
		const report = classReport(assignment, results);
		expect(report.students.length).toBeGreaterThan(260);
		expect(report.duplicates).toBeGreaterThan(0);
		expect(report.retakes).toBeGreaterThan(0);
		expect(report.distribution[0]! + report.distribution[1]!).toBeGreaterThan(0);
		expect(report.distribution[9]!).toBeGreaterThan(0);
		// strong students do better on every question than weak ones, on the whole
		const known = report.questions.filter((q) => q.discrimination !== undefined);
		expect(known.filter((q) => q.discrimination! > 0).length).toBeGreaterThan(known.length * 0.9);
	});

	it('makes one wrong answer the most tempting, and none when asked for no retakes or copies', () => {
		const report = classReport(assignment, results);
		const choice = report.questions.find((q) => q.wrong.length === 3)!;
		expect(choice.wrong[0]!.count).toBeGreaterThan(choice.wrong[1]!.count);
		const plain = classReport(assignment, syntheticResults(assignment, 50, 'test', { retakes: 0, duplicates: 0 }));
		expect([plain.students.length, plain.retakes, plain.duplicates]).toEqual([50, 0, 0]);
	});
});
