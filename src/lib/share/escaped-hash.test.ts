import { describe, expect, it } from 'vitest';
import { unescapedLink } from './escaped-hash';

describe('unescapedLink', () => {
	it('puts back the # a chat app escaped in a share, assignment or result link', () => {
		expect(unescapedLink('/share%23v2.1a2b3c4d.eJyrVkrLz1e')).toBe('/share#v2.1a2b3c4d.eJyrVkrLz1e');
		expect(unescapedLink('/assignment%23a1.00ff00ff.eJw')).toBe('/assignment#a1.00ff00ff.eJw');
		expect(unescapedLink('/teach/class%23r1.deadbeef.abc')).toBe('/teach/class#r1.deadbeef.abc');
	});

	it('leaves any other missing page alone', () => {
		expect(unescapedLink('/quizz')).toBeUndefined();
		expect(unescapedLink('/share%23')).toBeUndefined();
		expect(unescapedLink('/other%23v2.abc')).toBeUndefined();
	});
});
