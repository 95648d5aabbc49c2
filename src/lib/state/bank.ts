/** The indexed question bank, for modules written before own sets existed. */
export { library, quizBank } from './library.svelte';
