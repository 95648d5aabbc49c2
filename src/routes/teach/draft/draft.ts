/**
 * The draft page's work apart from the screen: an article's proposals as items a teacher edits,
 * and the ticked items back to a checked question set that keeps the article as its source.
 * Pure. The page loads it with import() on first use, so the extractor never ships with
 * another page.
 */
import type { Category, PlaceKind, QuestionSet } from '$lib/bank/schema';
import { validateSet, type BankProblem } from '$lib/bank/validate';
import type { TeacherSetRecord } from '$lib/db/schema';
import { buildGazetteer, draftSet, extract, headlineOf, type Proposal, type SetLike } from '$lib/extract';
import { questionIdFor, setIdFromName } from '$lib/import/to-set';

/** One proposal as the teacher is editing it. */
export type DraftItem = {
	/** Its place among the proposals: stable while the teacher edits. */
	key: number;
	/** Whether it goes into the set. */
	ticked: boolean;
	category: Category;
	/** For a place; '' until chosen. */
	kind: PlaceKind | '';
	prompt: string;
	answer: string;
	/** The sentence it came from, word for word. */
	quote: string;
	/** Whether a list of names knew it, rather than a guess from the words around it. */
	known: boolean;
	/** The proposal as the extractor made it. */
	found: Proposal;
};

/** The new set's titles as typed; an empty English title means "the same as the Gujarati". */
export type Titles = { title: string; titleEn: string };

/** Set ids and article file names already in the library: the new set must use neither. */
export type Taken = { setIds: ReadonlySet<string>; files: ReadonlySet<string> };

/** What is wrong, in words the page translates. */
export type IssueCode =
	| 'empty'
	| 'too-long'
	| 'gives-away'
	| 'same-prompt'
	| 'not-in-quote'
	| 'needs-kind'
	| 'none-chosen'
	| 'other';

/** Where a problem is shown: beside an item's field, a title field, or for the set as a whole. */
export type IssueField = 'prompt' | 'answer' | 'kind' | 'item' | 'title' | 'titleEn' | 'set';

/** A problem found by the bank checker, placed beside what the teacher can change. */
export type Issue = {
	/** The item's key, for a problem with one question. */
	key?: number;
	field: IssueField;
	code: IssueCode;
	/** The word it is about (a form that gives the answer away, another question's answer), or the checker's message. */
	detail: string;
	/** Saving waits until it is fixed; the others are worth a look but allowed. */
	blocking: boolean;
};

/** The set as it would be saved (absent while the schema rejects it) and every problem with it. */
export type DraftOutcome = { set?: QuestionSet; issues: Issue[] };

/** Rules that draw on a list of names rather than on the words around a name. */
const LISTED = new Set(['gazetteer', 'country']);

/** The file name drafting uses before the set has an id; only the prompts are kept from it. */
const SCRATCH_FILE = 'article.txt';

/** Text as the extractor and the set should see it: no byte-order mark, one kind of line break. */
export function cleanText(raw: string): string {
	return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The first line of the article, to offer as the set's title. */
export function suggestTitle(text: string): string {
	return text.trim() === '' ? '' : headlineOf(text);
}

/** Every proposal for `text` as a ticked item, with names from `sets` (built-in and own) to help. */
export function findItems(text: string, sets: readonly SetLike[]): DraftItem[] {
	const proposals = extract(text, buildGazetteer(sets));
	return proposals.map((found, key) => ({
		key,
		ticked: true,
		category: found.category,
		kind: found.kind ?? '',
		// draftSet's prompt: the cloze, with any copy of the answer inside a longer word blanked too
		prompt: draftSet(SCRATCH_FILE, text, [found]).questions[0]!.prompt,
		answer: found.answer,
		quote: found.quote,
		known: LISTED.has(found.rule),
		found
	}));
}

/** The item as a proposal again, with the teacher's changes. */
export function toProposal(item: DraftItem): Proposal {
	const { found } = item;
	const answer = item.answer.trim();
	const proposal: Proposal = {
		category: item.category,
		answer,
		prompt: item.prompt,
		quote: found.quote,
		start: found.start,
		end: found.end,
		// the gloss names a time of day or an event by its rule: true only of the date it found
		rule: item.category === found.category ? found.rule : item.category === 'date' ? 'date' : 'document',
		// other spellings belong to the name that was found, not to an answer typed in its place
		forms: answer === found.answer ? found.forms : []
	};
	return item.category === 'place' && item.kind !== '' ? { ...proposal, kind: item.kind } : proposal;
}

/**
 * The set's id from its English title, else its Gujarati one in Latin letters, numbered on
 * when the id or its article file name is taken.
 */
export function uniqueSetId(titles: Titles, taken: Taken): string {
	const name = titles.titleEn.trim() || titles.title.trim() || 'article';
	// setIdFromName reads a file name: a dot or slash in a title is not an extension or a folder
	const base = setIdFromName(`${name.replace(/[./\\]/g, ' ')}.txt`);
	for (let n = 1; ; n++) {
		const id = n === 1 ? base : `${base.slice(0, 55).replace(/-+$/, '')}-${n}`;
		if (!taken.setIds.has(id) && !taken.files.has(`${id}.txt`)) return id;
	}
}

/**
 * The ticked items as a question set whose one article is `text`, titled by the teacher, checked
 * by the bank checker. Question ids come from the set id and the prompt, so a set drafted again
 * from the same article keeps its questions' ids.
 */
export function buildSet(text: string, items: readonly DraftItem[], titles: Titles, taken: Taken): DraftOutcome {
	const chosen = items.filter((item) => item.ticked);
	if (chosen.length === 0) return { issues: [{ field: 'set', code: 'none-chosen', detail: '', blocking: true }] };
	const id = uniqueSetId(titles, taken);
	const file = `${id}.txt`;
	const title = titles.title.trim();
	const titleEn = titles.titleEn.trim() || title;
	const keyOf = new Map<string, number>();
	const questions = chosen.map((item) => {
		const question = draftSet(file, text, [toProposal(item)]).questions[0]!;
		const base = questionIdFor(id, item.prompt);
		let qid = base;
		for (let n = 2; keyOf.has(qid); n++) qid = `${base}-${n}`;
		keyOf.set(qid, item.key);
		// the teacher's prompt as typed: a copy of the answer in it is reported, not silently blanked
		return { ...question, id: qid, prompt: item.prompt };
	});
	const data = {
		id,
		title,
		title_en: titleEn,
		lang: 'gu',
		articles: [{ file, headline: title, headline_en: titleEn }],
		questions
	};
	const report = validateSet(`${id}.json`, data, new Map([[file, text]]));
	const answerOf = new Map(chosen.map((item) => [item.key, item.answer.trim()]));
	const issues: Issue[] = [];
	const seen = new Set<string>();
	for (const problem of report.problems) {
		// every question names the set's one article: it fails to be listed only when the title does
		if (problem.field === 'article') continue;
		const issue = toIssue(problem, keyOf, answerOf);
		// an empty English title stands for the Gujarati one: its problems are the title's
		if (issue.field === 'titleEn' && titles.titleEn.trim() === '') continue;
		const line = `${issue.key}|${issue.field}|${issue.code}|${issue.detail}`;
		if (!seen.has(line)) issues.push(issue);
		seen.add(line);
	}
	return { ...(report.sets[0] && { set: report.sets[0] }), issues };
}

/** Which item and field a checker problem is about, and what it says. */
function toIssue(problem: BankProblem, keyOf: Map<string, number>, answerOf: Map<number, string>): Issue {
	const key = problem.questionId === undefined ? undefined : keyOf.get(problem.questionId);
	const { code, detail } = codeOf(problem.message, keyOf, answerOf);
	const issue = { field: fieldOf(problem, key), code, detail, blocking: code !== 'not-in-quote' };
	return key === undefined ? issue : { key, ...issue };
}

function fieldOf(problem: BankProblem, key: number | undefined): IssueField {
	const field = problem.field.replace(/\[\d+\]$/, '');
	if (key !== undefined) {
		if (field === 'prompt' || field === 'kind') return field;
		return field === 'answer' || field === 'accept' ? 'answer' : 'item';
	}
	if (field === 'title' || field === 'articles[0].headline') return 'title';
	if (field === 'title_en' || field === 'articles[0].headline_en') return 'titleEn';
	return 'set';
}

/** The checker's English message as a code: its wording is pinned by draft.test.ts. */
function codeOf(
	message: string,
	keyOf: Map<string, number>,
	answerOf: Map<number, string>
): { code: IssueCode; detail: string } {
	if (message === 'must not be empty' || message === 'is missing') return { code: 'empty', detail: '' };
	if (message.startsWith('is too long')) return { code: 'too-long', detail: '' };
	const givenAway = /^gives away the answer: it contains "(.*)"$/.exec(message);
	if (givenAway) return { code: 'gives-away', detail: givenAway[1]! };
	const same = /^is the same as the prompt of (\S+)/.exec(message);
	if (same) return { code: 'same-prompt', detail: answerOf.get(keyOf.get(same[1]!) ?? -1) ?? '' };
	if (message.endsWith('occurs in the quote') || message.endsWith('occur in the quote'))
		return { code: 'not-in-quote', detail: '' };
	if (message.startsWith('a place question needs a kind')) return { code: 'needs-kind', detail: '' };
	return { code: 'other', detail: message };
}

/** The record that stores the set with its article's text, as a new set of the teacher's. */
export function newRecord(set: QuestionSet, text: string, now: number): TeacherSetRecord {
	const sources = Object.fromEntries(set.articles.map((article) => [article.file, text]));
	return { id: set.id, set, sources, origin: 'new', createdAt: now, updatedAt: now };
}
