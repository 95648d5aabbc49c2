/**
 * The draft page's work apart from the screen: an article's proposals as items a teacher edits,
 * and the ticked items back to a checked question set that keeps the article as its source.
 * Pure. The page loads it with import() on first use, so the extractor never ships with
 * another page.
 */
import { freeId, questionIdFor, setIdFromName } from '$lib/bank/ids';
import { problem, type Problem } from '$lib/bank/problems';
import type { Category, PlaceKind, QuestionSet } from '$lib/bank/schema';
import { validateSet, type CheckOptions } from '$lib/bank/validate';
import { buildGazetteer, draftQuestion, extract, headlineOf, type Proposal, type SetLike } from '$lib/extract';
import { storySentences } from '$lib/extract/dateline';
import { looksLikeHtml } from '$lib/import/anki-fields';
import { stripHtml } from '$lib/import/shared';
import { offeredTicked } from './carry-edits';

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
	/** The prompt as proposed, to tell whether the teacher changed it. */
	drafted: string;
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

/** Where a problem is shown: beside an item's field, a title field, or for the set as a whole. */
export type DraftField = 'prompt' | 'answer' | 'kind' | 'item' | 'title' | 'titleEn' | 'set';

/** A problem placed beside what the teacher can change: an item (by key) and its field. */
export type Placed = { problem: Problem; key?: number; field: DraftField };

/**
 * The set as it would be saved (absent while the schema rejects it) and every problem with it,
 * placed beside the item or title it is about.
 */
export type DraftOutcome = { set?: QuestionSet; problems: Placed[] };

/** A typed answer may differ from the sentence's words: the quiz copes, it only cannot mark it there. */
const DRAFT_SEVERITY: CheckOptions['severity'] = { 'answer-not-in-quote': 'note' };

/** Rules that draw on a list of names rather than on the words around a name. */
const LISTED = new Set(['gazetteer', 'place-list']);

/** The file name drafting uses before the set has an id; only the prompts are kept from it. */
const SCRATCH_FILE = 'article.txt';

/**
 * Text as the extractor and the set should see it: no byte-order mark, one kind of line break, and
 * a page's HTML source read as the text it shows (its tags ended up in the quotes and the title).
 */
export function cleanText(raw: string): string {
	const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	return looksLikeHtml(text) ? stripHtml(text) : text;
}

/** Longest title offered from an article without a headline, in characters. */
const SHORT_TITLE = 50;

/**
 * The article's headline, to offer as the set's title. An article that opens with a paragraph has
 * none: its first sentence's first words are offered instead, not a paragraph cut at 100 letters.
 */
export function suggestTitle(text: string): string {
	const lines = text.trim().split('\n');
	if (lines[0]!.trim() === '') return '';
	// a headline is a line of its own, with no full stop
	if (lines.length > 1 && !/[.।]["'”’)]*$/u.test(lines[0]!.trim())) return headlineOf(text);
	const first = (storySentences(lines[0]!)[0]?.text ?? lines[0]!.trim()).replace(/[.।]$/u, '');
	if (first.length <= SHORT_TITLE) return first;
	const cut = first.slice(0, SHORT_TITLE + 1);
	const words = cut.lastIndexOf(' ') > 0 ? cut.slice(0, cut.lastIndexOf(' ')) : first.slice(0, SHORT_TITLE);
	return `${words.replace(/[,:;\s]+$/, '')}…`;
}

/** Whether the text has a Gujarati letter: the extractor reads Gujarati, and drafts mixed questions from English. */
export function hasGujaratiLetters(text: string): boolean {
	return /(?=\p{L})\p{Script=Gujarati}/u.test(text);
}

/**
 * Every proposal for `text` as an item, with names from `sets` (built-in and own) to help: ticked,
 * but for an answer an earlier proposal already asks and a list's third item and after, offered unticked.
 */
export function findItems(text: string, sets: readonly SetLike[]): DraftItem[] {
	const proposals = extract(text, buildGazetteer(sets));
	return proposals.map((found, key) => {
		// the drafted prompt: the cloze, with any copy of the answer inside a longer word blanked too
		const { prompt } = draftQuestion(found, SCRATCH_FILE).question;
		return {
			key,
			ticked: offeredTicked(found),
			category: found.category,
			kind: found.kind ?? '',
			prompt,
			drafted: prompt,
			answer: found.answer,
			quote: found.quote,
			known: LISTED.has(found.rule),
			found
		};
	});
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

/** The set's id from its English title, else its Gujarati one in Latin letters; saving frees it if taken. */
export function draftSetId(titles: Titles): string {
	const name = titles.titleEn.trim() || titles.title.trim();
	// a dot or slash in a title is not an extension or a folder
	return setIdFromName(`${name.replace(/[./\\]/g, ' ')}.txt`, 'article');
}

/** A repeated prompt without the other's number: the draft lists proposals ticked or not, which it would miscount. */
function unnumbered(p: Problem): Problem {
	if (p.code !== 'duplicate-prompt' || p.params.otherNumber === undefined) return p;
	const { otherNumber: _, ...params } = p.params;
	return { ...p, params };
}

/**
 * The ticked items as a question set whose one article is `text`, titled by the teacher, checked
 * by the bank checker against the article. Question ids come from the set id and the prompt, so
 * a set drafted again from the same article keeps its questions' ids.
 */
export function buildSet(text: string, items: readonly DraftItem[], titles: Titles): DraftOutcome {
	const chosen = items.filter((item) => item.ticked);
	if (chosen.length === 0)
		return { problems: [{ problem: problem('none-chosen', { file: 'draft', field: 'questions' }), field: 'set' }] };
	const id = draftSetId(titles);
	const file = `${id}.txt`;
	const title = titles.title.trim();
	const titleEn = titles.titleEn.trim() || title;
	const keyOf = new Map<string, number>();
	const used = new Set<string>();
	const questions = chosen.map((item) => {
		const { question } = draftQuestion(toProposal(item), file);
		// the same prompt twice gets a number: the second question keeps an id of its own
		const qid = freeId(questionIdFor(id, item.prompt), used);
		used.add(qid);
		keyOf.set(qid, item.key);
		// the teacher's prompt as typed: a copy of the answer in it is reported, not silently blanked;
		// no English line (en = quote): the command-line drafter's English is a note for an author, not for a student
		return { ...question, id: qid, prompt: item.prompt, en: question.quote };
	});
	const data = {
		id,
		title,
		title_en: titleEn,
		lang: 'gu',
		articles: [{ file, headline: title, headline_en: titleEn }],
		questions
	};
	const report = validateSet(`${id}.json`, data, { texts: new Map([[file, text]]), severity: DRAFT_SEVERITY });
	const seen = new Set<string>();
	const problems: Placed[] = [];
	for (const found of report.problems.map(unnumbered)) {
		const placed = place(found, keyOf, titles.titleEn.trim() === '');
		// the Gujarati title stands in for an empty English one: the same problem shows once, on the title
		const key = `${placed.key}|${placed.field}|${found.code}|${JSON.stringify(found.params)}`;
		if (!seen.has(key)) problems.push(placed);
		seen.add(key);
	}
	return { ...(report.sets[0] && { set: report.sets[0] }), problems };
}

/** Which item and field a checker problem is about. */
function place(problem: Problem, keyOf: ReadonlyMap<string, number>, titleEnEmpty: boolean): Placed {
	const key = problem.questionId === undefined ? undefined : keyOf.get(problem.questionId);
	const field = problem.field.replace(/\[\d+\]$/, '');
	if (key !== undefined) {
		const shown = field === 'prompt' || field === 'kind' ? field : field === 'answer' || field === 'accept' ? 'answer' : 'item';
		return { problem, key, field: shown };
	}
	if (field === 'title' || field === 'articles[0].headline') return { problem, field: 'title' };
	if (field === 'title_en' || field === 'articles[0].headline_en')
		return { problem, field: titleEnEmpty ? 'title' : 'titleEn' };
	return { problem, field: 'set' };
}
