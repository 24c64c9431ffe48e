/**
 * Which cached file answers an address, for the service worker. Pages are cached as their
 * canonical address (`/en/learn/`), but a reader may type `/en/learn` or follow a link to
 * `/en/learn/index.html`: both are redirected to the page's own address, where the app's router
 * knows the page (at `…/index.html` it would find no route). Pure, so it is unit-tested.
 */

/** The page served for an address with no page (prerendered from src/routes/404.html). */
export const notFoundPage = '/404.html';

export type CachedAddress =
	| { readonly kind: 'cached'; readonly path: string }
	| { readonly kind: 'redirect'; readonly path: string }
	| { readonly kind: 'unknown' };

export function cachedAddress(pathname: string, known: ReadonlySet<string>): CachedAddress {
	if (known.has(pathname)) return { kind: 'cached', path: pathname };
	if (pathname.endsWith('/index.html')) {
		const folder = pathname.slice(0, -'index.html'.length);
		if (known.has(folder)) return { kind: 'redirect', path: folder };
	}
	if (!pathname.endsWith('/') && known.has(`${pathname}/`))
		return { kind: 'redirect', path: `${pathname}/` };
	return { kind: 'unknown' };
}
