import { describe, expect, it } from 'vitest';
import { englishLine } from '../bank/english-line';
import type { Question } from '../bank/schema';
import { problem, problemSummary } from '../bank/problems';
import { checkRecord, isUsable, placeProblems } from './check';
import type { TeacherSetRecord } from '../db/schema';
import { normalizeRecord } from './record';

const SOURCE = 'ગુજરાતની રાજધાની ગાંધીનગર છે. તે સાબરમતીના કિનારે છે.';

function question(extra: Partial<Question> = {}): Question {
	return {
		id: 's-q1',
		category: 'place',
		kind: 'city',
		prompt: 'ગુજરાતની રાજધાની કઈ છે?',
		answer: 'ગાંધીનગર',
		accept: [],
		article: 's.txt',
		quote: 'ગુજરાતની રાજધાની ગાંધીનગર છે.',
		en: 'Gandhinagar is the capital of Gujarat.',
		...extra
	};
}

/** A saved record of set `s` with these questions and sources. */
function record(questions: Question[], sources: Record<string, string> = { 's.txt': SOURCE }): TeacherSetRecord {
	return normalizeRecord({
		id: 's',
		set: { id: 's', title: 'રાજધાની', title_en: 'Capitals', lang: 'gu', articles: [], questions },
		sources,
		origin: 'new',
		createdAt: 0,
		updatedAt: 0
	});
}

describe('checkRecord', () => {
	it('passes a set whose quotes are copied from its source text', () => {
		const report = checkRecord(record([question()]));
		expect(report.problems).toEqual([]);
		expect(report.set?.questions[0]?.id).toBe('s-q1');
	});

	it('blocks a quote that is not in the source text', () => {
		const report = checkRecord(record([question({ quote: 'ગાંધીનગર ગુજરાતની રાજધાની છે.' })]));
		expect(report.problems.map(problemSummary)).toEqual(['s-q1: quote: quote-not-in-article file=s.txt']);
		expect(report.errors).toBe(1);
	});

	it('takes a question with no source text as it stands: its quote is the fact sentence', () => {
		const report = checkRecord(record([question({ quote: '' })], {}));
		expect(report.problems).toEqual([]);
	});

	it('does not ask for the text of a listed article nobody pasted in', () => {
		const saved = record([question({ article: 'news.txt', quote: 'કોઈ પણ વાક્ય, ગાંધીનગર.' })], {});
		saved.set.articles = [{ file: 'news.txt', headline: 'સમાચાર', headline_en: 'News' }];
		expect(checkRecord(saved).problems).toEqual([]);
	});

	it('makes notes, not blocks, of a place without a kind and a prompt that gives the answer away', () => {
		const q = question({ kind: undefined, prompt: 'ગાંધીનગર કયા રાજ્યની રાજધાની છે?' });
		const report = checkRecord(record([q]));
		expect(report.problems.map((p) => [p.field, p.severity])).toEqual([
			['kind', 'note'],
			['prompt', 'note']
		]);
		expect(report.errors).toBe(0);
	});

	it('blocks an empty field, a distractor equal to the answer, and a set with no questions', () => {
		expect(checkRecord(record([question({ answer: ' ' })])).problems.map((p) => [p.field, p.severity])).toEqual([
			['answer', 'error']
		]);
		const report = checkRecord(record([question({ distractors: ['ગાંધીનગર', 'સુરત'] })]));
		expect(report.problems.map((p) => [p.field, p.severity])).toEqual([['distractors[0]', 'error']]);
		expect(checkRecord(record([])).problems.map((p) => p.field)).toEqual(['questions']);
	});
});

describe('checkRecord, a question without English', () => {
	it('does not block it: the fact stands in, as on import, and no English line is shown for it', () => {
		const report = checkRecord(record([question({ en: ' ' })]));
		expect(report.problems).toEqual([]);
		const stored = normalizeRecord(record([question({ en: ' ' })])).set.questions[0]!;
		expect(stored.en).toBe(stored.quote);
		expect(englishLine(stored)).toBeUndefined();
	});
});

describe('isUsable', () => {
	it('is true only for a set with no blocking problem', () => {
		expect(isUsable(record([question()]))).toBe(true);
		expect(isUsable(record([question({ kind: undefined })]))).toBe(true);
		expect(isUsable(record([question({ quote: 'બીજું વાક્ય.' })]))).toBe(false);
		expect(isUsable(record([]))).toBe(false);
	});
});

describe('placeProblems', () => {
	it('puts each problem beside its field: list items beside their box, set fields apart', () => {
		const set = { questions: [question(), question({ id: 's-q2' })] };
		const placed = placeProblems(set, [
			problem('empty', { file: 'f', field: 'title' }),
			problem('distractor-is-answer', { file: 'f', questionId: 's-q2', field: 'distractors[1]' }, { answer: 'x' }),
			problem('empty', { file: 'f', field: 'questions[0].prompt' })
		]);
		expect([...placed.set.keys()]).toEqual(['title']);
		expect([...placed.questions.get('s-q2')!.keys()]).toEqual(['distractors']);
		expect([...placed.questions.get('s-q1')!.keys()]).toEqual(['prompt']);
	});
});
