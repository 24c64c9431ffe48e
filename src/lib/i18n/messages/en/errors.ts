/**
 * What the 404 page and a failed page say (`NotFound`, `ErrorPage`: ordinary modules, shown even
 * when a page's messages did not load); kept out of `common` so that other pages do not load them.
 */
const errors = {
	notFound: {
		title: 'Page not found',
		body: 'There is no page at this address. It may have moved, or the link may be mistyped.',
		address: 'You asked for',
		tryThese: 'Where to go from here'
	},
	error: {
		title: 'Something went wrong',
		body: 'This page could not be shown. Reload it, or start again from the home page.'
	}
};

export default errors;
