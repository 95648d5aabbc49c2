import { describe, expect, test } from 'vitest';
import { isCurrent } from './nav-items';

describe('isCurrent', () => {
	test('Home is current only on the home page', () => {
		expect(isCurrent('/', '/')).toBe(true);
		expect(isCurrent('/', '/settings')).toBe(false);
	});
	test('a section is current on its pages, not on look-alike paths', () => {
		expect(isCurrent('/quiz', '/quiz/play')).toBe(true);
		expect(isCurrent('/quiz', '/quizzes')).toBe(false);
	});
});
