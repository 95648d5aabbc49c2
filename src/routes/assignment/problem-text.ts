/** What the student is told when an assignment link does not open. */
import type { AssignmentLinkProblem } from '$lib/class/assignment-link';
import type { Messages } from '$lib/i18n';

export function problemText(t: Messages, problem: AssignmentLinkProblem): string {
	if (problem === 'empty' || problem === 'format') return t.assignmentNotLink;
	if (problem === 'invalid' || problem === 'too-large') return t.assignmentInvalid;
	return t.assignmentBroken;
}
