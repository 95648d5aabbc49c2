/** "Try it as a student": a quiz of every question of one set, as a student would get it. */
import { goto } from '$app/navigation';
import { CATEGORIES } from '$lib/bank/categories';
import { library } from '$lib/state/library.svelte';
import { dealQuiz } from '$lib/state/start-quiz';

/** Deals the quiz and opens it; false when the set gives no quiz (it is not in the library). */
export async function trySet(id: string): Promise<boolean> {
	await library.load();
	const quiz = await dealQuiz({
		categories: [...CATEGORIES],
		source: { type: 'set', id },
		length: 'all',
		mode: 'choice',
		weakSpots: false
	});
	if (!quiz) return false;
	await goto('/quiz/play');
	return true;
}
