/** The name a student types, as their result carries it. Pure: shared by the student's form and the teacher's reader. */
import { cleanText } from '$lib/text/normalize';

/**
 * The name as the teacher's phone will read it (result-code.ts): no invisible or direction
 * characters, tidy spaces; '' when nothing visible is left, which the form refuses as it does spaces.
 */
export function studentName(typed: string): string {
	return cleanText(typed);
}
