import { describe, expect, it } from 'vitest';
import { medianRun, summarizeTasks } from './long-tasks.ts';

describe('long-task figures', () => {
	it('count only the time past 50 ms of each task as blocking, as TBT does', () => {
		expect(summarizeTasks([51, 120, 50.5, 300])).toEqual({ blockingMs: 1 + 70 + 0.5 + 250, longTaskMs: 521.5, tasks: 4 });
		expect(summarizeTasks([])).toEqual({ blockingMs: 0, longTaskMs: 0, tasks: 0 });
	});

	it('take each figure’s median on its own, the lower middle of an even count', () => {
		const runs = [
			{ blockingMs: 900, longTaskMs: 1000, tasks: 3 },
			{ blockingMs: 100, longTaskMs: 1200, tasks: 9 },
			{ blockingMs: 400, longTaskMs: 700, tasks: 5 }
		];
		expect(medianRun(runs)).toEqual({ blockingMs: 400, longTaskMs: 1000, tasks: 5 });
		expect(medianRun(runs.slice(0, 2))).toEqual({ blockingMs: 100, longTaskMs: 1000, tasks: 3 });
	});
});
