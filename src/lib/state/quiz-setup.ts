/** The quiz screen's choices: defaults, and reading back the last ones a student made. */
import { CATEGORIES, type Category } from '$lib/bank/categories';
import type { QuizLength, QuizMode, QuizSource } from '$lib/quiz/types';

/** What a student picks on /quiz; stored so the next visit starts from the same choices. */
export interface QuizSetup {
	categories: Category[];
	source: QuizSource;
	length: QuizLength;
	mode: QuizMode;
	weakSpots: boolean;
}

export const DEFAULT_SETUP: QuizSetup = {
	categories: [...CATEGORIES],
	source: { type: 'all' },
	length: 10,
	mode: 'choice',
	weakSpots: false
};

const LENGTHS: readonly unknown[] = [5, 10, 20, 'all'];
const MODES: readonly unknown[] = ['choice', 'typed', 'tf', 'mixed'];

function parseSource(value: unknown): QuizSource {
	const s = value as Record<string, unknown> | null;
	if (s?.type === 'set' && typeof s.id === 'string') return { type: 'set', id: s.id };
	if (s?.type === 'article' && typeof s.file === 'string') return { type: 'article', file: s.file };
	return { type: 'all' };
}

/** Reads stored choices; anything unknown or damaged falls back to the default, field by field. */
export function parseSetup(raw: string | null): QuizSetup {
	let data: Record<string, unknown> = {};
	try {
		const parsed: unknown = raw ? JSON.parse(raw) : {};
		if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>;
	} catch {
		// A damaged entry only costs the student their last choices.
	}
	const categories = Array.isArray(data.categories)
		? CATEGORIES.filter((c) => (data.categories as unknown[]).includes(c))
		: DEFAULT_SETUP.categories;
	return {
		categories: categories.length ? categories : DEFAULT_SETUP.categories,
		source: parseSource(data.source),
		length: LENGTHS.includes(data.length) ? (data.length as QuizLength) : DEFAULT_SETUP.length,
		mode: MODES.includes(data.mode) ? (data.mode as QuizMode) : DEFAULT_SETUP.mode,
		weakSpots: data.weakSpots === true
	};
}

/** The key a source is known by in a form's select box. */
export function sourceKey(source: QuizSource): string {
	if (source.type === 'set') return `set:${source.id}`;
	if (source.type === 'article') return `article:${source.file}`;
	return 'all';
}

/** The source a select box key stands for. */
export function sourceFromKey(key: string): QuizSource {
	if (key.startsWith('set:')) return { type: 'set', id: key.slice(4) };
	if (key.startsWith('article:')) return { type: 'article', file: key.slice(8) };
	return { type: 'all' };
}
