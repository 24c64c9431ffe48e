import type { Handle } from '@sveltejs/kit';
import { defaultLocale, intlLocale, isLocale } from '$lib/i18n/locales';

/** Writes the right `<html lang>` into every prerendered page, from the URL's locale segment. */
export const handle: Handle = ({ event, resolve }) => {
	const segment = event.url.pathname.split('/')[1];
	const lang = intlLocale[isLocale(segment) ? segment : defaultLocale];
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%clv.lang%', lang)
	});
};
