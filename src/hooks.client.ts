import type { HandleClientError } from '@sveltejs/kit';

// A page that does not exist is an answer, not a fault: show the 404 page without logging an error.
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
