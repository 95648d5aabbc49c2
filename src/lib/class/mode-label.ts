/** How a quiz mode is named on screen. */
import type { Messages } from '$lib/i18n';
import type { QuizMode } from '$lib/quiz/types';

export function modeLabel(t: Messages, mode: QuizMode): string {
	return { choice: t.modeChoice, typed: t.modeTyped, tf: t.modeTf, mixed: t.modeMixed }[mode];
}

/** The modes as a choice group offers them, in the order the quiz screen shows them. */
export function modeOptions(t: Messages): { value: QuizMode; label: string }[] {
	return (['choice', 'typed', 'tf', 'mixed'] as const).map((value) => ({ value, label: modeLabel(t, value) }));
}

/** A day `YYYY-MM-DD` as the interface writes dates, read as a local day (no time zone shift). */
export function dayLabel(day: string, format: (when: Date, options: Intl.DateTimeFormatOptions) => string): string {
	const [y, m, d] = day.split('-').map(Number);
	return format(new Date(y!, m! - 1, d!), { dateStyle: 'long' });
}
