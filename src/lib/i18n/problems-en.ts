/** Problems in sets and files, in English: the app's second language and the command line's. */
import type { LeftOut, ValueKind } from '../bank/problems';
import { groupedCount } from '../text/grouped-count';
import type { ProblemWords } from './types';

const FOUND: Record<ValueKind, string> = {
	list: 'a list',
	object: 'an object',
	text: 'text',
	number: 'a number',
	boolean: 'true or false',
	null: 'null',
	other: 'something else'
};

const EXPECTED: Record<ValueKind, string> = {
	...FOUND,
	text: 'text in double quotes',
	list: 'a list in [ ]',
	object: 'an object in { }'
};

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const enProblems: ProblemWords = {
	text: {
		'file-empty': () => 'The file is empty.',
		'json-syntax': ({ line, column, atEnd }, num) =>
			atEnd
				? `This is not valid JSON: the file ends too soon, at line ${num(line)}, column ${num(column)}; a closing } or ] or a quote is missing.`
				: `This is not valid JSON at line ${num(line)}, column ${num(column)}: look just before this point for a missing or extra comma, quote or bracket.`,
		'not-an-object': ({ found }) => `The file must hold one set in { }, not ${FOUND[found]}.`,
		'no-sets': () => 'The folder has no question sets (*.json files).',
		missing: () => 'This is missing.',
		'wrong-type': ({ expected, found, value }) =>
			`This must be ${EXPECTED[expected]}, not ${found === 'list' || found === 'object' ? FOUND[found] : value}.`,
		empty: () => 'This must not be empty.',
		'too-long': ({ max }, num) => `Too long: at most ${num(max)} characters.`,
		'bad-id': () => 'Use only lower-case Latin letters, digits and single hyphens, as in gk-quiz-1.',
		'bad-category': ({ value }) => `${value} is not a category: use "date", "person" or "place".`,
		'bad-kind': ({ value }) => `${value} is not a kind of place: use "country", "city", "region" or "site".`,
		'bad-lang': ({ value }) => `The language must be "gu", not ${value}.`,
		'bad-article-file': ({ value }) => `${value} is not an article file name: it must end in .txt and name no folder.`,
		'no-questions': () => 'A set needs at least one question.',
		'bad-range': () => 'The range is wrong: "min" must be a number no larger than "max".',
		'unknown-field': () => 'This is not a field Kasoti knows (check the spelling): what it holds would be lost.',
		'no-article-file': ({ file }) => `There is no article file "${file}".`,
		'article-not-listed': ({ file }) => `"${file}" is not listed in this set’s articles.`,
		'place-needs-kind': () => 'Choose the kind of place, so the wrong options are of the same kind.',
		'kind-not-place': () => 'Only place questions have a kind.',
		'quote-not-in-article': () => 'This quote is not word for word in the source text.',
		'answer-not-in-quote': ({ answer, withAccept }) =>
			withAccept
				? `Neither the answer “${answer}” nor any other accepted spelling is in the quote.`
				: `The answer “${answer}” is not in the quote.`,
		'answer-not-in-statement': ({ answer }) => `The answer “${answer}” is not in the statement for true/false.`,
		'gives-away': ({ form }) => `The question gives the answer away: it contains “${form}”. Put _____ in its place.`,
		'distractor-is-answer': ({ answer }) => `This wrong option is the right answer, “${answer}”.`,
		'distractor-is-accept': ({ form }) => `This wrong option is an accepted spelling of the answer, “${form}”.`,
		'distractor-repeats': ({ first }, num) => `This option is written twice (first on line ${num(first + 1)}).`,
		'duplicate-set-id': ({ id, otherFile }) => `The set id "${id}" is already used by ${otherFile}.`,
		'duplicate-question-id': ({ otherFile, otherLine }, num) =>
			otherFile
				? `A question in ${otherFile} has the same id.`
				: otherLine !== undefined
					? `This question has the same id as the question on line ${num(otherLine)}: give each question its own id.`
					: 'Another question in this set has the same id.',
		'duplicate-prompt': ({ otherAnswer, otherFile, otherNumber, otherLine }, num) =>
			otherFile
				? `The same question is asked in ${otherFile} (its answer is “${otherAnswer}”).`
				: otherLine !== undefined
					? `The question on line ${num(otherLine)} is the same (its answer is “${otherAnswer}”).`
					: otherNumber !== undefined
						? `Question ${num(otherNumber)} is the same question (its answer is “${otherAnswer}”).`
						: `The same question is in the set twice (the other one’s answer is “${otherAnswer}”).`,
		'file-too-large': ({ size, max }, num) =>
			`The file is too large (${num(megabytes(size))}): at most ${num(megabytes(max))} can be imported at once.`,
		'not-text': () =>
			'This is not a text file (it looks like a spreadsheet, PDF or image): save it as CSV UTF-8 or plain text first.',
		'unknown-format': () =>
			'This is in no format Kasoti knows: use Kasoti JSON, Moodle GIFT, Aiken, or CSV/TSV with a question column and an answer column. ' +
			'When exporting from Quizlet, choose "Tab" between term and definition and "New line" between rows.',
		'no-usable-questions': () => 'The file has no questions Kasoti can use.',
		'too-many-questions': ({ count: n, max }, num) =>
			`The file has ${num(groupedCount(n))} questions: at most ${num(groupedCount(max))} can be imported at once.`,
		'categories-to-choose': ({ count: n }, num) =>
			`${num(n)} ${n === 1 ? 'question has' : 'questions have'} no category that could be told from the file: choose date, person or place.`,
		'category-to-choose': () => 'The category is not known: choose date, person or place.',
		'title-length': ({ max }, num) => `The title must be ${num(1)} to ${num(max)} characters.`,
		'aiken-no-answer-line': () => 'The question has no "ANSWER:" line after its choices.',
		'aiken-no-choices': () =>
			'The question has no choices: write the question on one line, then "A) ..." lines, then "ANSWER: A".',
		'aiken-one-choice': () => 'The question has only one choice: an Aiken question needs at least two.',
		'aiken-answer-alone': ({ text }) => `"${text}" has no question before it.`,
		'aiken-answer-case': ({ text }) => `"${text}" must be written in capitals, as in "ANSWER: B".`,
		'aiken-answer-letter': ({ text }) => `"${text}" must name one choice by its capital letter, as in "ANSWER: B".`,
		'aiken-answer-unknown': ({ letter, labels }) => `"ANSWER: ${letter}" names no choice: the choices are ${labels}.`,
		'aiken-gujarati-label': ({ label }) =>
			`Label the choices A), B), C) with capital Latin letters: "${label}" is not Aiken.`,
		'aiken-empty-choice': ({ label }) => `Choice ${label} is empty.`,
		'csv-unknown-columns': ({ names }) =>
			`${names.map((n) => `"${n}"`).join(', ')} ${names.length === 1 ? 'is not a column' : 'are not columns'} Kasoti knows; left out.`,
		'csv-extra-columns': ({ last }, num) =>
			last === 3
				? `Only the first two columns are read (question, answer); column ${num(3)} has no header naming it and is left out.`
				: `Only the first two columns are read (question, answer); columns ${num(3)} to ${num(last)} have no header naming them and are left out.`,
		'csv-comma-in-answer': ({ answer }) =>
			`This row has more commas than its two columns: the text after the first comma is read as the answer, "${answer}". Check it.`,
		'csv-unclosed-quote': () => 'A quoted field has no closing quote (").',
		'csv-misplaced-quote': () => 'A quote (") is out of place in this row.',
		'csv-no-columns': () => 'The file needs a question column and an answer column (a header row such as "question,answer").',
		'csv-continued-line': () =>
			'The answer is empty: if this line goes on from the line above, put that text in double quotes.',
		'csv-category-name': ({ value }) => `"${value}" is not date, person or place (or તારીખ, વ્યક્તિ, સ્થળ).`,
		'csv-kind-name': ({ value }) => `"${value}" is not country, city, region or site.`,
		'anki-separator': ({ value }) =>
			`The file names "${value}" as its separator, but Anki knows no such separator or the rows are not split by it: the separator was guessed from the rows.`,
		'gift-description': () => 'This has no { } answer block: a description is not a question, so it was left out.',
		'gift-stray-brace': () => 'There is a } with no { before it (write \\} for a brace in the text).',
		'gift-unclosed-brace': () => 'There is a { that is never closed with }.',
		'gift-second-block': () =>
			'There is a second { } answer block: only one is allowed (write \\{ for a brace in the text).',
		'gift-no-text': () => 'There is no question text before the { }.',
		'gift-part-marks': () => 'Answers with part marks (%50%) were left out: a Kasoti question has one right answer.',
		'gift-essay': () => 'This is an essay question (an empty { }), which Kasoti does not ask; it was left out.',
		'gift-matching': () => 'This is a matching question, which Kasoti does not ask; it was left out.',
		'gift-multiple-answer': () =>
			'This is a multiple-answer question (several options with % weights), which Kasoti does not ask; it was left out.',
		'gift-too-few-options': () => 'A multiple-choice question needs at least two options.',
		'gift-no-right-option': () => 'No option is marked right: mark it with =.',
		'gift-empty-option': () => 'One of the options is empty.',
		'gift-no-full-marks': () => 'No answer has full marks: write the right one as {=answer}.',
		'gift-no-number': () => 'A numerical question needs a number, as in {#1822}.',
		'gift-not-a-number': ({ text }) => `"${text}" is not a number.`,
		'invisible-text': ({ chars }) =>
			`This holds only invisible characters (${chars}): nobody could see or type it. Write it again in plain letters.`,
		'too-many-options': ({ max }, num) => `This question has more than ${num(max)} answers and options: no quiz can show that many.`,
		'left-out': ({ what, text }) => LEFT_OUT_EN[what](text),
		'json-no-source': ({ count }, num) =>
			`${num(count)} ${count === 1 ? 'question has' : 'questions have'} no quote or article: ${count === 1 ? 'it is' : 'they are'} taken as the set’s own facts, as from a GIFT file.`,
		'json-too-deep': ({ max }, num) =>
			`Brackets are nested more than ${num(max)} deep here: no question set is shaped like that, so the file could not be read.`,
		'none-chosen': () => 'Tick at least one question.',
		'lost-letters': () =>
			'The letters here became "?": the file was saved in an encoding without Gujarati (Excel’s "CSV (Comma delimited)"). ' +
			'In Excel choose Save As, "CSV UTF-8 (Comma delimited)", and import that file.',
		'not-utf8': () =>
			'Letters here are not in UTF-8: they were read as Windows-1252 (Western European), as Excel saves é, ’ and “ ”; ' +
			'check that they look right. Windows-1252 has no Gujarati letters, so Gujarati saved in it was lost. ' +
			'Save the file as "CSV UTF-8" or as UTF-8 text and import it again.',
		'aiken-duplicate-label': ({ label, first }, num) =>
			`Two choices are lettered ${label}) (the first on line ${num(first)}): give each choice its own letter, A), B), C).`
	},
	fields: {
		'(file)': 'Whole file',
		'(folder)': 'Folder',
		$schema: '$schema',
		id: 'Id',
		title: 'Title (in Gujarati)',
		title_en: 'Title (in English)',
		lang: 'Language',
		articles: 'Articles',
		questions: 'Questions',
		question: 'Question',
		category: 'Category',
		kind: 'Kind of place',
		prompt: 'Question',
		answer: 'Answer',
		accept: 'Other spellings',
		article: 'Article',
		quote: 'Quote',
		en: 'In English',
		distractors: 'Wrong options',
		explanation: 'Explanation',
		feedback: 'Feedback',
		statement: 'Statement for true/false',
		file: 'File name',
		headline: 'Headline (in Gujarati)',
		headline_en: 'Headline (in English)',
		columns: 'Columns',
		row: 'Row',
		separator: 'Separator',
		choices: 'Choices'
	},
	item: (list, n) => (list === 'questions' ? `Question ${n}` : list === 'articles' ? `Article ${n}` : `Line ${n}`),
	line: (n) => `Line ${n}`,
	wholeFile: 'Whole file'
};

/** What was left out of a question, in English. */
const LEFT_OUT_EN: Record<LeftOut, (text: string) => string> = {
	image: (text) => `An image was left out ("${text}"): Kasoti shows text only.`,
	audio: (text) => `A sound was left out ("${text}"): Kasoti shows text only.`,
	file: (text) => `A file was left out ("${text}"): Kasoti shows text only.`,
	idnumber: (text) => `Moodle’s ID number "${text}" was left out: Kasoti gives each question its own id.`,
	'other-number-feedback': (text) => `The feedback for any other number ("${text}") was left out.`,
	'other-answer-feedback': (text) => `The feedback for any other answer ("${text}") was left out.`,
	'other-range': (text) => `The second right range ${text} was left out: a Kasoti question checks one range of numbers.`,
	notetype: (text) => `Anki’s note type "${text}" was left out: each note is read as a question and its answer.`,
	'extra-field': (text) => `The field "${text}" was left out: Kasoti has no place for it.`
};
