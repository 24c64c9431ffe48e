import type { Handle } from '@sveltejs/kit';
import { defaultLocale, intlLocale, isLocale } from '$lib/i18n/locales';
import { withSiteHead } from '$lib/seo';

/**
 * Writes the right `<html lang>` into every prerendered page, from the URL's locale segment, and
 * the canonical, language and link-preview tags (see seo.ts).
 */
export const handle: Handle = ({ event, resolve }) => {
	const { pathname } = event.url;
	const segment = pathname.split('/')[1];
	const lang = intlLocale[isLocale(segment) ? segment : defaultLocale];
	return resolve(event, {
		transformPageChunk: ({ html }) => withSiteHead(html.replace('%clv.lang%', lang), pathname)
	});
};
