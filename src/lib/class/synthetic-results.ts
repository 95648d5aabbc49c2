/**
 * A made-up class for benchmarks, tests and previews: an assignment of N questions and M results
 * with plausible answers. Strong students get most questions right, weak ones few; a wrong answer
 * is usually the question's most tempting distractor, typed answers come in several spellings,
 * and a few students retake the quiz or send their result twice. The same seed gives the same class.
 */
import type { Category, Question, QuestionSet } from '../bank/schema';
import { createRng, pick, randomInt, type Rng } from '../quiz/random';
import { toGujaratiDigits } from '../text/normalize';
import type { Assignment, ClassResult, ResultAnswer } from './types';

const SYLLABLES = ['કા', 'મી', 'રો', 'ને', 'સુ', 'લા', 'પે', 'ઝો', 'વિ', 'ત્રા', 'ગો', 'દિ', 'યા', 'શે', 'બુ', 'હા'];
const FIRST_NAMES = [
	'આરવ', 'વિહાન', 'ધ્રુવ', 'મીરા', 'દિયા', 'કાવ્યા', 'જય', 'નિધિ', 'હેત', 'પ્રિયા',
	'રુદ્ર', 'ઈશા', 'યશ', 'ક્રિષ્ના', 'તન્વી', 'પાર્થ', 'ખુશી', 'દેવ', 'રિયા', 'માનવ'
];
const SURNAMES = ['પટેલ', 'શાહ', 'દેસાઈ', 'મહેતા', 'જોશી', 'પંડ્યા', 'ત્રિવેદી', 'ભટ્ટ', 'પરમાર', 'ચૌહાણ', 'સોલંકી', 'રાઠોડ', 'વ્યાસ', 'દવે', 'મકવાણા'];
/** Some students type their name in English letters. */
const LATIN_FIRST = ['Aarav', 'Meera', 'Kavya', 'Yash', 'Riya'];
const LATIN_SURNAMES = ['Patel', 'Shah', 'Desai', 'Mehta', 'Joshi'];
const CATEGORIES: Category[] = ['date', 'person', 'place'];
/** 10 March 2025, 10:00 IST: a fixed moment, so results do not depend on the clock. */
const ASSIGNED_AT = Date.UTC(2025, 2, 10, 4, 30);

/** An answer of the category, written the way the bank writes it. */
function answerFor(rng: Rng, category: Category): string {
	const word = () => Array.from({ length: 2 + randomInt(rng, 2) }, () => pick(rng, SYLLABLES)).join('');
	if (category === 'date') return toGujaratiDigits(String(1950 + randomInt(rng, 75)));
	if (category === 'person') return `${word()} ${word()}`;
	return word();
}

/** An assignment of `questions` questions of all three categories, every one with three distractors. */
export function syntheticAssignment(questions: number, seed = 'class'): Assignment {
	const rng = createRng(`${seed}/set`);
	const list: Question[] = Array.from({ length: questions }, (_, i) => {
		const category = CATEGORIES[i % 3]!;
		const answer = answerFor(rng, category);
		const distractors: string[] = [];
		while (distractors.length < 3) {
			const other = answerFor(rng, category);
			if (other !== answer && !distractors.includes(other)) distractors.push(other);
		}
		return {
			id: `q-${i + 1}`,
			category,
			...(category === 'place' ? { kind: 'city' as const } : {}),
			prompt: `પ્રશ્ન ${toGujaratiDigits(String(i + 1))}: ${category === 'date' ? 'કયા વર્ષે' : category === 'person' ? 'કોણે' : 'ક્યાં'} આ ઘટના બની?`,
			answer,
			accept: [],
			article: 'synthetic.txt',
			quote: `સમાચાર મુજબ ${answer}ની વાત છે.`,
			en: 'synthetic',
			distractors
		};
	});
	const set: QuestionSet = {
		id: `${seed}-set`,
		title: 'વર્ગની કસોટી',
		title_en: 'Class test',
		lang: 'gu',
		articles: [],
		questions: list
	};
	return {
		id: `a-${seed}`,
		title: 'અઠવાડિયાની કસોટી',
		mode: 'mixed',
		length: 'all',
		seed,
		set,
		createdAt: ASSIGNED_AT
	};
}

/** What shapes the results besides their number. */
export type SyntheticOptions = {
	/** Share of students who take the quiz again later (0–1); default 0.05. */
	retakes?: number;
	/** Share of results that arrive twice (0–1); default 0.02. */
	duplicates?: number;
};

/** A typed answer as a phone may send it: with stray spaces, ASCII digits or other case. */
function respelled(rng: Rng, text: string): string {
	const r = rng();
	if (r < 0.15) return ` ${text} `;
	if (r < 0.3) return text.replace(/[\u0AE6-\u0AEF]/g, (d) => String(d.charCodeAt(0) - 0x0ae6));
	if (r < 0.35) return text.toUpperCase();
	return text;
}

/** The name of the i-th student: each name once, one in ten in English letters. */
function studentName(i: number): string {
	const latin = i % 10 === 9;
	const n = latin ? Math.floor(i / 10) : i - Math.floor(i / 10);
	const [firsts, lasts] = latin ? [LATIN_FIRST, LATIN_SURNAMES] : [FIRST_NAMES, SURNAMES];
	// the surname moves on with the first name, so neighbours differ in both and no pair repeats
	const name = `${firsts[n % firsts.length]} ${lasts[(Math.floor(n / firsts.length) + (n % firsts.length)) % lasts.length]}`;
	const round = Math.floor(n / (firsts.length * lasts.length));
	if (round === 0) return name;
	return `${name} ${latin ? round + 1 : toGujaratiDigits(String(round + 1))}`;
}

/**
 * `count` results for `assignment` (retakes and copies included in the count). Each question has a
 * difficulty and each student an ability; the chance of a right answer follows the Rasch model.
 */
export function syntheticResults(
	assignment: Assignment,
	count: number,
	seed = 'class',
	{ retakes = 0.05, duplicates = 0.02 }: SyntheticOptions = {}
): ClassResult[] {
	const rng = createRng(`${seed}/results`);
	const questions = assignment.set.questions;
	// every student is dealt the same questions in the same way, as the real assignment does
	const modes = questions.map(() =>
		assignment.mode === 'mixed' ? pick(rng, ['choice', 'typed', 'tf'] as const) : assignment.mode
	);
	const difficulty = questions.map(() => rng() * 4 - 2);
	const results: ClassResult[] = [];
	const take = (student: string, ability: number, startedAt: number): ClassResult => {
		const answers: ResultAnswer[] = questions.map((question, q) => {
			const mode = modes[q]!;
			const correct = rng() < 1 / (1 + Math.exp(difficulty[q]! - ability));
			// the weaker the student, the longer each answer takes
			const ms = Math.round(2500 + rng() * 9000 + Math.max(0, 1 - ability) * 2500);
			if (mode === 'tf') {
				const truth = rng() < 0.5;
				return { questionId: question.id, mode, given: String(correct === truth), correct, ms };
			}
			if (correct) {
				const given = mode === 'typed' ? respelled(rng, question.answer) : question.answer;
				return { questionId: question.id, mode, given, correct, ms };
			}
			const distractors = question.distractors ?? [];
			// the first distractor tempts most: half the wrong answers, the rest split between the others
			const wrong = rng() < 0.5 ? distractors[0]! : pick(rng, distractors);
			const given = mode === 'typed' ? respelled(rng, rng() < 0.1 ? answerFor(rng, question.category) : wrong) : wrong;
			return { questionId: question.id, mode, given, correct, ms };
		});
		const quizId = `z${results.length.toString(36)}-${randomInt(rng, 1e9).toString(36)}`;
		const finishedAt = startedAt + answers.reduce((sum, a) => sum + a.ms, 0) + 5000;
		return {
			id: `${assignment.id}/${quizId}`,
			assignmentId: assignment.id,
			student,
			quizId,
			startedAt,
			finishedAt,
			answers,
			receivedAt: finishedAt + 60_000 + randomInt(rng, 3_600_000)
		};
	};
	const abilityOf = new Map<string, number>();
	let students = 0;
	while (results.length < count) {
		const earlier = results.length > 0 ? results[randomInt(rng, results.length)]! : undefined;
		const r = rng();
		if (earlier && r < duplicates) {
			// the same result sent again, perhaps by another way
			results.push({ ...earlier, receivedAt: earlier.receivedAt + 600_000 });
			continue;
		}
		let name: string;
		let ability: number;
		let startedAt: number;
		if (earlier && r < duplicates + retakes) {
			// a retake, the name typed a little differently, after some practice
			name = ` ${earlier.student.trim().toLowerCase()}`;
			ability = (abilityOf.get(earlier.student) ?? 0) + 0.5;
			startedAt = earlier.finishedAt + 3_600_000;
		} else {
			name = studentName(students++);
			// abilities from −3 (weak) to +3 (strong), most near the middle
			ability = (rng() + rng() + rng()) * 2 - 3;
			startedAt = ASSIGNED_AT + randomInt(rng, 5 * 24 * 3_600_000);
		}
		abilityOf.set(name, ability);
		results.push(take(name, ability, startedAt));
	}
	return results;
}
