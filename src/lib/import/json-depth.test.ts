import { describe, expect, it, vi } from 'vitest';
import { lineTooDeep } from './json-depth';

/** The plain reading, a character at a time, every line break counted: what the skipping of strings must agree with. */
function slowLineTooDeep(text: string, limit: number): number | undefined {
	let [depth, line, inString] = [0, 1, false];
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '\n') line++;
		if (inString) {
			if (c === '\\' && text[++i] === '\n') line++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '[' || c === '{') {
			if (++depth > limit) return line;
		} else if (c === ']' || c === '}') depth--;
	}
	return undefined;
}

/** A small seeded generator, so a failure names its case. */
function rng(seed: number) {
	return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

describe('lineTooDeep', () => {
	it('finds the line where nesting first goes past the limit', () => {
		expect(lineTooDeep('[\n[\n[1]\n]\n]', 2)).toBe(3);
		expect(lineTooDeep('[[[1]]]', 3)).toBeUndefined();
		expect(lineTooDeep('{"a":\n{"b":\n[\n{}]}}', 3)).toBe(4);
	});

	it('ignores brackets and braces inside strings, escaped quotes included', () => {
		expect(lineTooDeep('["[[[[", "{{{\\"[[[", "\\\\", "ક[ખ"]', 1)).toBeUndefined();
		// the quote after an even run of backslashes closes the string: what follows nests
		expect(lineTooDeep('["\\\\\\\\", [[1]]]', 2)).toBe(1);
		expect(lineTooDeep('["\\\\\\"[[", 1]', 1)).toBeUndefined();
	});

	it('counts the lines a wrong file breaks inside its strings, after a backslash too', () => {
		expect(lineTooDeep('["a\nb\nc",\n"d\\\ne",\n[[1]]]', 2)).toBe(6);
	});

	it('stops at a string never closed, as nothing after it nests', () => {
		expect(lineTooDeep('[["open [[[[[', 2)).toBeUndefined();
	});

	it('agrees with a reading a character at a time on 3,000 random texts', () => {
		const random = rng(20_261_206);
		const pieces = ['[', ']', '{', '}', '"', '\\', '\n', 'ક', 'a', ',', ':', ' ', '\\"', '\\\\'];
		for (let n = 0; n < 3_000; n++) {
			const text = Array.from({ length: Math.floor(random() * 60) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
			const limit = Math.floor(random() * 5);
			expect(lineTooDeep(text, limit), JSON.stringify({ text, limit })).toBe(slowLineTooDeep(text, limit));
		}
	});

	it('searches a long text of one line once over, not once per string', () => {
		// a packed link is one line: the next line break must not be searched for from every string
		const text = JSON.stringify(Array.from({ length: 20_000 }, (_, i) => `ગુજરાતી ${i}`));
		const indexOf = String.prototype.indexOf;
		let searched = 0;
		const spy = vi.spyOn(String.prototype, 'indexOf').mockImplementation(function (this: string, search: string, from = 0) {
			const at = indexOf.call(this, search, from);
			searched += (at < 0 ? this.length : at) - from;
			return at;
		});
		try {
			expect(lineTooDeep(text, 64)).toBeUndefined();
		} finally {
			spy.mockRestore();
		}
		expect(searched).toBeLessThan(2 * text.length);
	});
});
