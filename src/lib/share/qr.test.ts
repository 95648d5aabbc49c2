import qrcode from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import { qrPath } from './qr';
import { qrPlan, QR_MAX_LENGTH, QR_MAX_LENGTH_M } from './qr-plan';

const link = (length: number) => {
	const head = 'https://kasoti.example/share#v1.';
	return head + 'x'.repeat(length - head.length);
};

describe('qrPlan', () => {
	it('gives links up to 997 bytes the sturdier level M', () => {
		expect(qrPlan(link(200))).toEqual({ fits: true, level: 'M', length: 200 });
		expect(qrPlan(link(997))).toEqual({ fits: true, level: 'M', length: 997 });
	});

	it('gives links of 998 to 1,273 bytes level L', () => {
		expect(qrPlan(link(998))).toEqual({ fits: true, level: 'L', length: 998 });
		expect(qrPlan(link(1273))).toEqual({ fits: true, level: 'L', length: 1273 });
	});

	it('gives no QR code to a link of 1,274 bytes or more', () => {
		expect(qrPlan(link(1274))).toEqual({ fits: false, length: 1274 });
		expect(qrPlan(link(2953))).toEqual({ fits: false, length: 2953 });
	});

	it('counts bytes, not characters: a Gujarati letter takes three', () => {
		expect(qrPlan(`${link(990)}કસો`)).toEqual({ fits: true, level: 'L', length: 999 });
	});

	it('keeps every code within version 25 (117 modules a side) at the limits', () => {
		expect(qrPath(link(QR_MAX_LENGTH_M), 'M').size).toBe(117);
		expect(qrPath(link(QR_MAX_LENGTH), 'L').size).toBe(117);
		// one byte more would need version 26
		const code = qrcode(0, 'L');
		code.addData(link(QR_MAX_LENGTH + 1), 'Byte');
		code.make();
		expect(code.getModuleCount()).toBe(121);
	});
});

describe('qrPath', () => {
	it('draws exactly the dark modules of the code, one rectangle per run', () => {
		const text = 'https://kasoti.example/share#v1.abc';
		const { size, path } = qrPath(text, 'M');
		expect(size).toBe(29);
		const dark = new Set<string>();
		for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
			for (let i = 0; i < Number(w); i++) dark.add(`${Number(x) + i},${y}`);
		}
		const code = qrcode(0, 'M');
		code.addData(text, 'Byte');
		code.make();
		let expected = 0;
		for (let row = 0; row < size; row++)
			for (let col = 0; col < size; col++) {
				if (code.isDark(row, col)) {
					expected++;
					expect(dark.has(`${col},${row}`)).toBe(true);
				}
			}
		expect(dark.size).toBe(expected);
		// the three finder patterns: a solid 7-module run at the top left, top right and bottom left
		expect(path.startsWith('M0 0h7v1h-7z')).toBe(true);
	});

	it('throws when the text fits no QR code at all', () => {
		expect(() => qrPath('x'.repeat(3000), 'L')).toThrow();
	});
});
