import type { HandleClientError } from '@sveltejs/kit';

/**
 * A link to an address with no page is not a fault of the site: the 404 page says so to the reader
 * (src/routes/+error.svelte), so only other errors are logged to the console.
 */
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
