import type { Handle } from '@sveltejs/kit';
import { defaultLocale, intlLocale, isLocale } from '$lib/i18n/locales';
import { withSiteHead } from '$lib/seo';
import { preloadBodyStylesheets } from '$lib/ui/island/preload-styles';

/**
 * Writes the right `<html lang>` into every prerendered page, from the URL's locale segment, and
 * the canonical, language and link-preview tags (see seo.ts), and preloads the stylesheets that
 * islands link in the body (see preload-styles.ts).
 */
export const handle: Handle = ({ event, resolve }) => {
	const { pathname } = event.url;
	const segment = pathname.split('/')[1];
	const lang = intlLocale[isLocale(segment) ? segment : defaultLocale];
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			preloadBodyStylesheets(withSiteHead(html.replace('%clv.lang%', lang), pathname))
	});
};
