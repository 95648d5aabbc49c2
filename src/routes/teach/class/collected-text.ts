/** What the page says after a round of collecting: what was added, and each kind of problem. */
import type { Collected } from '$lib/class/collect';
import type { Messages } from '$lib/i18n';

export function collectedText(t: Messages, c: Collected, num: (n: number) => string): { said: string; problems: string[] } {
	if (c.found === 0) return { said: '', problems: [t.classNothingFound] };
	const said = [c.added.length > 0 ? t.classAdded(num(c.added.length)) : '', c.already > 0 ? t.classAlready(num(c.already)) : '']
		.filter(Boolean)
		.join(' ');
	const problems = [
		c.broken > 0 ? t.classBroken(num(c.broken)) : '',
		c.unknown > 0 ? t.classUnknownAssignment(num(c.unknown)) : '',
		c.wrongQuestions > 0 ? t.classWrongQuestions(num(c.wrongQuestions)) : ''
	].filter(Boolean);
	return { said, problems };
}
