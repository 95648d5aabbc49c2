/** What the page says after a round of collecting: what was added, and each kind of problem with whom it concerns. */
import type { Collected, LinkLabel } from '$lib/class/collect';
import type { TeachMessages } from '$lib/i18n';

/** The page's sentences for one round: `said` to announce politely, `problems` at once. */
export function collectedText(t: TeachMessages, c: Collected, num: (n: number) => string): { said: string; problems: string[] } {
	if (c.found === 0) return { said: '', problems: [t.classNothingFound] };
	const label = (l: LinkLabel) => ('name' in l ? l.name : 'line' in l ? t.collectLine(num(l.line)) : l.start);
	const count = (n: number, say: (n: string, count: number) => string) => (n > 0 ? say(num(n), n) : '');
	const named = (names: readonly string[], say: (n: string, count: number, names: string) => string) =>
		names.length > 0 ? say(num(names.length), names.length, names.join(', ')) : '';
	const said = [count(c.added.length, t.collectAdded), count(c.already, t.collectAlready)].filter(Boolean).join(' ');
	const problems = [
		named(c.broken.map(label), t.collectBroken),
		named(c.unknown, t.collectUnknown),
		named(c.wrongQuestions, t.collectWrongQuestions),
		named(c.wrongClock, t.collectWrongClock)
	].filter(Boolean);
	return { said, problems };
}
