/** The question bank as the quiz screens use it: indexed once per page load. */
import { builtinSets } from '$lib/bank/builtin';
import { bankQuestions, prepareBank, type PreparedBank } from '$lib/quiz';

let prepared: PreparedBank | undefined;

/** The built-in sets, prepared for the quiz engine on first use. */
export function quizBank(): PreparedBank {
	prepared ??= prepareBank(bankQuestions(builtinSets));
	return prepared;
}
