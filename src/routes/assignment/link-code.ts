/**
 * The code that reads a link and shows its assignment (the import's checks, the quiz's start):
 * fetched for a page with a link, not with the page, which opens with none as often.
 */
export const linkCode = () => Promise.all([import('$lib/class/assignment-link'), import('./AssignmentIntro.svelte')]);
