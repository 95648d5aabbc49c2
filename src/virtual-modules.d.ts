// Modules the build makes (vite.config.ts); their code is written when the app is built.
// Home imports the summaries as `virtual:kasoti/builtin-summaries`; /teach, /set and a shared
// link's check as `…?teach`, `…?set` and `…?share`, modules of their own (src/lib/server/builtin-summaries.ts).
declare module 'virtual:kasoti/builtin-summaries*' {
	import type { SetSummary } from '$lib/bank/summary';
	/** Every built-in set's summary, in the order the app lists the sets. */
	const summaries: SetSummary[];
	export default summaries;
}
