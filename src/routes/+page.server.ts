import { builtinSets } from '$lib/bank/builtin';
import { summarizeSet } from '$lib/bank/summary';
import type { PageServerLoad } from './$types';

// Runs at build time: Home ships set counts, not the whole bank.
export const load: PageServerLoad = () => ({ sets: builtinSets.map(summarizeSet) });
