/**
 * A question set in the bank's format from an article's proposals, for a teacher to edit:
 * one question per proposal, with ids from the file name, a question (or the blanked sentence) as prompt,
 * English and digit variants as accept forms, and a short English gloss saying what was found.
 */
import { setIdFromName } from '../bank/ids';
import type { PlaceKind, QuestionSetInput } from '../bank/schema';
import { classifyDate, isMonthRange, type DateKind } from '../quiz/date-kinds';
import { normalizeForMatch, toAsciiDigits } from '../text/normalize';
import { BLANK } from '../bank/blank';
import { standAlone, standsAsWord } from './cloze';
import { storySentences } from './dateline';
import type { Proposal } from './extract';
import { englishDate, latinName } from './gloss';
import { splitEnding, wordsOf } from './words';

/** Longest title taken from the article's first line, in characters. */
const TITLE_LENGTH = 100;

/** The article's first line, cut at a word to at most TITLE_LENGTH characters. */
export function headlineOf(text: string): string {
	const first = text.trim().split('\n')[0]!.trim();
	if (first.length <= TITLE_LENGTH) return first;
	const cut = first.slice(0, TITLE_LENGTH);
	return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,\s]+$/, '')}…`;
}

/** How the gloss names a date of each kind. */
const DATE_WORDS: Record<DateKind, string> = {
	year: 'the year',
	'year-range': 'the years',
	decade: 'the decade',
	month: 'the month',
	weekday: 'the weekday',
	'day-month': 'the date',
	'day-range': 'the dates',
	tithi: 'the lunar day',
	duration: 'the span of time',
	'clock-time': 'the time',
	'part-of-day': 'the time of day',
	other: 'the time'
};

const KIND_WORDS: Record<PlaceKind, string> = {
	country: 'a country',
	city: 'a city',
	region: 'a region',
	site: 'a site'
};

/** The answer in English when known: a date word by word, a name as the gazetteer spells it in Latin. */
function knownEnglish(p: Proposal): string | undefined {
	if (p.category === 'date') return englishDate(p.answer) ?? undefined;
	return p.forms.find((f) => /^[A-Za-z][A-Za-z .'-]*$/.test(f));
}

/** The answer in English for the gloss, transliterated when nothing better is known. */
function english(p: Proposal): string {
	return knownEnglish(p) ?? latinName(p.answer);
}

/** The gloss's words for what was found: 'the weekday "Tuesday"', 'the place "Surat" (a city)'. */
function whatWasFound(p: Proposal): string {
	const en = `"${english(p)}"`;
	if (p.rule === 'time-of-day' && classifyDate(p.answer) !== 'clock-time') return `the time of day ${en}`;
	if (p.rule === 'event') return `the event ${en}`;
	if (p.category === 'date') return `${isMonthRange(p.answer) ? 'the months' : DATE_WORDS[classifyDate(p.answer)]} ${en}`;
	if (p.kind) return `the place ${en} (${KIND_WORDS[p.kind]})`;
	return `the ${p.category} ${en}`;
}

/**
 * Other ways to write the answer (`shown`: the prompt, normalised): ASCII digits, English, the gazetteer's spellings. Not a
 * transliteration: typed Latin letters are matched by sound already, and a guessed spelling
 * would only be something for the teacher to delete.
 */
function acceptFor(p: Proposal, shown: string): string[] {
	const forms = [toAsciiDigits(p.answer), knownEnglish(p) ?? '', ...p.forms];
	// compared as written: the ASCII-digit form (2024 for ૨૦૨૪) is worth listing for a teacher
	const seen = new Set([p.answer]);
	return forms.filter((form) => {
		const key = normalizeForMatch(form);
		// a form the prompt still shows would give the answer away
		const keep = key !== '' && !seen.has(form) && !shown.includes(key);
		seen.add(form);
		return keep;
	});
}

/**
 * The prompt with each word made from the answer (ગુજરાતી, ભારતીય, of ગુજરાત, ભારત) blanked to its
 * case ending: "_____ સાહિત્યને", "_____માં", where blanking the answer alone left "_____ઈ સાહિત્યને".
 */
function blankDerivedWords(prompt: string, answer: string): string {
	if (!/^[\p{L}\p{M}]+$/u.test(answer)) return prompt;
	let out = '';
	let from = 0;
	for (const word of wordsOf(prompt)) {
		const at = word.text.indexOf(answer);
		if (at === -1 || standsAsWord(word.text, at, answer.length)) continue;
		out += prompt.slice(from, word.start) + BLANK + splitEnding(word.text).ending;
		from = word.end;
	}
	return out + prompt.slice(from);
}

/**
 * The prompt with any remaining copy of the answer blanked too (a word made from it, inside a
 * longer word, in other digits), and the prompt normalised for matching.
 */
function safePrompt(p: Proposal): { prompt: string; shown: string } {
	const shown = normalizeForMatch(p.prompt);
	if (!shown.includes(normalizeForMatch(p.answer))) return { prompt: p.prompt, shown };
	const prompt = standAlone(blankDerivedWords(p.prompt, p.answer).split(p.answer).join(BLANK));
	return { prompt, shown: normalizeForMatch(prompt) };
}

/** A question of a set drafted from article `file`, without its id and English line. */
export type DraftedQuestion = Omit<QuestionSetInput['questions'][number], 'id' | 'en'>;

/** One proposal as a question of article `file`; `shown` is its prompt normalised, to tell two alike. */
export function draftQuestion(p: Proposal, file: string): { question: DraftedQuestion; shown: string } {
	const { prompt, shown } = safePrompt(p);
	const question = {
		category: p.category,
		...(p.kind ? { kind: p.kind } : {}),
		prompt,
		answer: p.answer,
		accept: acceptFor(p, shown),
		article: file,
		quote: p.quote
	};
	return { question, shown };
}

/** A draft question set for `file` (its name under questions/articles/) with text `text`. */
export function draftSet(file: string, text: string, proposals: readonly Proposal[]): QuestionSetInput {
	// the set is named after its article's file: 000_1ee9.txt -> 000-1ee9
	const id = setIdFromName(file, 'draft');
	const sentences = storySentences(text);
	const counts = { date: 0, person: 0, place: 0 };
	const prompts = new Set<string>();
	const questions: QuestionSetInput['questions'] = [];
	for (const p of proposals) {
		const { question, shown } = draftQuestion(p, file);
		if (prompts.has(shown)) continue;
		prompts.add(shown);
		counts[p.category] += 1;
		const n = sentences.findIndex((s) => p.start >= s.start && p.end <= s.end) + 1;
		const where = n > 0 ? `in sentence ${n}` : 'in the dateline';
		questions.push({ id: `${id}-${p.category}-${counts[p.category]}`, ...question, en: `Draft: ${whatWasFound(p)}, ${where}.` });
	}
	const headline = headlineOf(text);
	return {
		$schema: '../question-set.schema.json',
		id,
		title: headline,
		title_en: `Questions on ${file}`,
		lang: 'gu',
		articles: [{ file, headline, headline_en: `Headline of ${file}, to be put in English` }],
		questions
	};
}
