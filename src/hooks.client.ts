import type { HandleClientError } from '@sveltejs/kit';
import { isMissingCode } from '$lib/components/missing-code';

// A page that does not exist is an answer, not a fault: show the 404 page without logging an error.
// A page whose code has not been downloaded yet, offline, is told apart from a fault (see +error.svelte).
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (isMissingCode(error)) return { message, missingCode: true };
	if (status !== 404) console.error(error);
	return { message };
};
