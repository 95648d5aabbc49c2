// Modules the build makes (vite.config.ts); their code is written when the app is built.
declare module 'virtual:kasoti/builtin-summaries' {
	import type { SetSummary } from '$lib/bank/summary';
	/** Every built-in set's summary, in the order the app lists the sets (src/lib/server/builtin-summaries.ts). */
	const summaries: SetSummary[];
	export default summaries;
}
declare module 'virtual:kasoti/builtin-summaries?teach' {
	import type { SetSummary } from '$lib/bank/summary';
	/** The same summaries, as /teach's own module. */
	const summaries: SetSummary[];
	export default summaries;
}
declare module 'virtual:kasoti/builtin-summaries?set' {
	import type { SetSummary } from '$lib/bank/summary';
	/** The same summaries, as /set's own module. */
	const summaries: SetSummary[];
	export default summaries;
}
declare module 'virtual:kasoti/builtin-summaries?share' {
	import type { SetSummary } from '$lib/bank/summary';
	/** The same summaries, for a shared link's check (state/held-here.ts). */
	const summaries: SetSummary[];
	export default summaries;
}
