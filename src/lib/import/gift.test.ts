import { describe, expect, it } from 'vitest';
import { problemSummary } from '../bank/problems';
import { categoryFromPath, FALSE_ANSWER, parseGift, TRUE_ANSWER } from './gift';
import { only, read } from './gift-testing';

/** Problems as `line: question id: field: code values`, with `(note)` after a note. */
const problemsOf = (text: string) =>
	read(text).problems.map((p) => `${p.line}: ${problemSummary(p)}`);

describe('parseGift: question types', () => {
	it('reads multiple choice: = is the answer, ~ the distractors, # feedback stays with its option', () => {
		const d = only("::Q1:: Who is buried in Grant's tomb? {~Grant ~Jefferson =no one#Right!}");
		expect(d.prompt).toBe("Who is buried in Grant's tomb?");
		expect(d.answer).toBe('no one');
		expect(d.distractors).toEqual(['Grant', 'Jefferson']);
		expect(d.feedback).toEqual([{ option: 'no one', text: 'Right!' }]);
		expect(d.explanation).toBeUndefined();
		expect(d.title).toBe('Q1');
		expect(d.id).toBeUndefined();
	});

	it('takes a ::title:: that is a valid Kasoti id as the id', () => {
		expect(only('::gujarat-capital:: ગુજરાતની રાજધાની કઈ છે? {=ગાંધીનગર ~સુરત}').id).toBe('gujarat-capital');
	});

	it('reads %weights%: 100% is right, negative and 0% wrong, part marks left out with a note', () => {
		const { drafts, problems } = read('Q {~%100%a ~%50%b ~%-50%c ~%0%d}');
		expect(drafts[0]!.answer).toBe('a');
		expect(drafts[0]!.distractors).toEqual(['c', 'd']);
		expect(problems.map((p) => [p.line, p.field, p.severity])).toEqual([[1, 'answer', 'note']]);
	});

	it('counts a second = option as another right answer (an accept form)', () => {
		const d = only('Q {=રવિવાર =Sunday ~શનિવાર}');
		expect([d.answer, d.accept, d.distractors]).toEqual(['રવિવાર', ['Sunday'], ['શનિવાર']]);
	});

	it('reads short answer: the first = is the answer, the others accept forms', () => {
		const d = only("Who is buried in Grant's tomb? {=no one =nobody}");
		expect([d.answer, d.accept, d.distractors]).toEqual(['no one', ['nobody'], []]);
	});

	it('turns true/false into a two-choice question answered સાચું or ખોટું', () => {
		for (const [block, answer, other] of [
			['{T}', TRUE_ANSWER, FALSE_ANSWER],
			['{TRUE}', TRUE_ANSWER, FALSE_ANSWER],
			['{F}', FALSE_ANSWER, TRUE_ANSWER],
			['{FALSE}', FALSE_ANSWER, TRUE_ANSWER]
		]) {
			const d = only(`The sun rises in the east. ${block}`);
			expect([d.prompt, d.answer, d.distractors, d.origin]).toEqual([
				'The sun rises in the east.',
				answer,
				[other],
				'true-false'
			]);
		}
	});

	it('keeps the feedback of a true/false question with the reply it answers, not as its explanation', () => {
		const d = only('Q {F#No, it does not.#Yes: it is false.}');
		expect(d.feedback).toEqual([
			{ option: TRUE_ANSWER, text: 'No, it does not.' },
			{ option: FALSE_ANSWER, text: 'Yes: it is false.' }
		]);
		expect(d.explanation).toBeUndefined();
	});

	it('reads numerical answers in ASCII: plain, with tolerance, a range, Gujarati digits', () => {
		expect(only('When was Grant born? {#1822}').answer).toBe('1822');
		expect(only('When was Grant born? {#1822:5}').answer).toBe('1822');
		expect(only('When was Grant born? {#1820..1824}').answer).toBe('1820–1824');
		expect(only('ગુજરાત રાજ્ય ક્યારે બન્યું? {#૧૯૬૦}').answer).toBe('1960');
		expect(only('ગુજરાત રાજ્ય ક્યારે બન્યું? {#૧૯૬૦:૦}').answer).toBe('1960');
		const d = only('Q {#=1822:0 =1823:0}');
		expect([d.answer, d.accept, d.origin, d.category, d.categorySource]).toEqual([
			'1822',
			['1823'],
			'numerical',
			'date',
			'proposed'
		]);
	});

	it('puts a blank where the answer block stood in a missing-word question', () => {
		const d = only("Grant is {~buried =entombed ~living} in Grant's tomb.");
		expect(d.prompt).toBe("Grant is _____ in Grant's tomb.");
		expect([d.answer, d.distractors, d.origin]).toEqual(['entombed', ['buried', 'living'], 'missing-word']);
	});
});

describe('parseGift: text', () => {
	it('undoes the escapes \\~ \\= \\# \\{ \\} \\: \\\\ and \\n', () => {
		const d = only('a\\~b \\= c\\#d \\{e\\} f\\: g\\\\h\\ni {=x\\~y\\:z}');
		expect(d.prompt).toBe('a~b = c#d {e} f: g\\h\ni');
		expect(d.answer).toBe('x~y:z');
	});

	it('reads \\\\~ as a backslash and then a real tilde, as Moodle does', () => {
		expect(only('Q {=a\\\\ ~b}').distractors).toEqual(['b']);
		expect(only('Q {=a\\\\ ~b}').answer).toBe('a\\');
	});

	it('strips tags from [html] text and decodes entities, and marks from [markdown]; [plain] only loses the prefix', () => {
		const d = only('[html]<p>ગાંધીનો જન્મ <b>ક્યાં</b> થયો?</p> {=[html]પોરબંદર&nbsp;શહેર ~રાજકોટ}');
		expect([d.prompt, d.answer]).toEqual(['ગાંધીનો જન્મ ક્યાં થયો?', 'પોરબંદર શહેર']);
		expect(only('[markdown]**Who** is it? {=x}').prompt).toBe('Who is it?');
		const md = only('[markdown]**સરદાર પટેલ**ની _જન્મજયંતી_ કયા `દિવસે` ઊજવાય છે? {=[markdown]*એકતા દિવસ* ~શિક્ષક દિન}');
		expect([md.prompt, md.answer]).toEqual(['સરદાર પટેલની જન્મજયંતી કયા દિવસે ઊજવાય છે?', 'એકતા દિવસ']);
		expect(only('[markdown]See [the article](https://example.org) on snake_case_names: 2*3*4? {=24}').prompt).toBe(
			'See the article on snake_case_names: 2*3*4?'
		);
		expect(only('[plain]<b>not a tag</b>? {=x}').prompt).toBe('<b>not a tag</b>?');
	});

	// regression: &ldquo; &rsquo; &eacute; … of Moodle's HTML editor reached the set page as written
	it('decodes every character reference of [html] text in the question, its options and their feedback', () => {
		const d = only(
			'[html]<p>Who wrote &ldquo;Hind Swaraj&rdquo;? It&rsquo;s from 1909&hellip;</p>' +
				'{=M.&nbsp;K. Gandhi#Yes &mdash; in Gujarati ~Ren&eacute; Descartes#Non, c&rsquo;est fran&ccedil;ais ~Nehru}'
		);
		expect([d.prompt, d.answer, d.distractors]).toEqual([
			'Who wrote “Hind Swaraj”? It’s from 1909…',
			'M. K. Gandhi',
			['René Descartes', 'Nehru']
		]);
		expect(d.feedback).toEqual([
			{ option: 'M. K. Gandhi', text: 'Yes — in Gujarati' },
			{ option: 'René Descartes', text: 'Non, c’est français' }
		]);
		expect(only('[html]&#x0AB8;&#2736;&#x0AA6;&#x0ABE;&#x0AB0; &#128073; &#x1F3DB;? {=&#x0AAA;&#x0A9F;&#x0AC7;&#x0AB2;}').prompt).toBe(
			'સરદાર 👉 🏛?'
		);
	});

	it('takes #### general feedback as the explanation, and only that', () => {
		expect(only('Q {=a#own ~b ####general}').explanation).toBe('general');
		expect(only('Q {=a ~b####[html]<i>general</i>}').explanation).toBe('general');
	});

	it('cleans imported text: NFC, no control or zero-width characters, single spaces', () => {
		const d = only('ક\u200Dિમ  જોંગ\u0007 ઉન? {=ઉ\u0307ત્તર}');
		expect(d.prompt).toBe('કિમ જોંગ ઉન?');
		expect(d.answer).toBe('ઉ\u0307ત્તર'.normalize('NFC'));
	});
});

describe('parseGift: categories', () => {
	it('maps the last part of a $CATEGORY: path, in English or Gujarati, to a category', () => {
		expect(categoryFromPath('$course$/top/dates')).toEqual({ category: 'date' });
		expect(categoryFromPath('$course$/top/Week 1/People')).toEqual({ category: 'person' });
		expect(categoryFromPath('$course$/top/સામાન્ય/સ્થળ')).toEqual({ category: 'place' });
		expect(categoryFromPath('$course$/top/quiz/places/city')).toEqual({ category: 'place', kind: 'city' });
		expect(categoryFromPath('$course$/top/Week 1')).toEqual({});
	});

	it('applies a category to the questions after it, until the next one', () => {
		const { drafts } = read(
			'$CATEGORY: $course$/top/તારીખ\n\nQ1 {=a ~b}\n\n$CATEGORY: $course$/top/Week 2\n\nWho won? {=x ~y}\n\nQ3 {=c ~d}'
		);
		expect(drafts.map((d) => [d.category, d.categorySource])).toEqual([
			['date', 'file'],
			['person', 'proposed'],
			[undefined, 'missing']
		]);
	});
});

describe('parseGift: file layout and line numbers', () => {
	it('skips // comments and keeps the real line numbers', () => {
		const { drafts } = read('// heading\n// more\n\n::a:: Q1 {=x ~y}\n\n// note\n::b:: Q2\ncontinued {=z}\n');
		expect(drafts.map((d) => [d.title, d.line, d.prompt])).toEqual([
			['a', 4, 'Q1'],
			['b', 7, 'Q2\ncontinued']
		]);
	});

	it('reads answer blocks written over several lines, and CRLF line endings', () => {
		const { drafts } = read('::a:: Q1 {\r\n\t=x\r\n\t~y\r\n}\r\n\r\n::b:: Q2 {=z}\r\n');
		expect(drafts.map((d) => [d.line, d.answer, d.distractors])).toEqual([
			[1, 'x', ['y']],
			[6, 'z', []]
		]);
	});

	it('also reads questions not separated by blank lines, one after each closed answer block', () => {
		const { drafts } = read(
			"$CATEGORY: $course$/top/dates\n::Q1:: Q1 {~a =b}\nGrant is {~buried =entombed} in it.\n::TF:: Sun? {T}\nWhen? {#1822:5}"
		);
		expect(drafts.map((d) => [d.line, d.answer, d.category])).toEqual([
			[2, 'b', 'date'],
			[3, 'entombed', 'date'],
			[4, TRUE_ANSWER, 'date'],
			[5, '1822', 'date']
		]);
	});

	it('lists matching, essay and description questions as left out, with their lines', () => {
		const text = 'Q1 {=a ~b}\n\nMatch. {=Canada -> Ottawa =Italy -> Rome}\n\nWrite an essay. {}\n\nJust some text.\n';
		expect(problemsOf(text)).toEqual([
			'3: -: question: gift-matching (note)',
			'5: -: question: gift-essay (note)',
			'7: -: question: gift-description (note)'
		]);
		expect(read(text).drafts).toHaveLength(1);
	});

	it('lists a multiple-answer question (weights, no =) as left out', () => {
		expect(problemsOf('Two of these? {~%50%a ~%50%b ~%-100%c}')).toEqual([
			'1: -: question: gift-multiple-answer (note)'
		]);
	});

	it('blocks on broken braces, on the line of the brace', () => {
		expect(problemsOf('::a:: Q1 {=x ~y}\n\n::b:: Q2\n{=x\n~y\n\n::c:: Q3 {=z}')).toEqual([
			'4: b: question: gift-unclosed-brace'
		]);
		expect(problemsOf('Q1 =x}')).toEqual(['1: -: question: gift-stray-brace']);
		expect(problemsOf('Q1 {=x} and {=y}')).toEqual([
			'1: -: question: gift-second-block'
		]);
	});

	it('blocks on answer blocks that say nothing usable', () => {
		expect(problemsOf('Q {~a ~b}')).toEqual(['1: -: answer: gift-no-right-option']);
		expect(problemsOf('Q {~a}')).toEqual(['1: -: answer: gift-too-few-options']);
		expect(problemsOf('Q {#twelve}')).toEqual(['1: -: answer: gift-not-a-number text=twelve']);
		expect(problemsOf('{=x}')).toEqual(['1: -: prompt: gift-no-text']);
	});

	it('names the question by its title in problems', () => {
		expect(read('::Q7:: Q {~a ~b}').problems[0]!.questionId).toBe('Q7');
	});
});
