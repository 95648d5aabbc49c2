import type { Messages } from '$lib/i18n';
import type { Interval } from '$lib/srs';

/** "10 min", "3 d", "૧.૫ મહિના": an interval in the current language and digits. */
export function intervalLabel(t: Messages, num: (n: number) => string, interval: Interval): string {
	const n = num(interval.value);
	switch (interval.unit) {
		case 'min':
			return t.unitMin(n);
		case 'h':
			return t.unitH(n);
		case 'd':
			return t.unitD(n);
		case 'mo':
			return t.unitMo(n, interval.value);
		case 'y':
			return t.unitY(n);
	}
}
