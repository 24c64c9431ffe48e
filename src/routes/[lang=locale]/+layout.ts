import { error } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n/locales';
import { loadPageMessages } from '$lib/i18n/page-messages';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = async ({ params, route }) => {
	if (!isLocale(params.lang)) error(404, 'Unknown language');
	// In the browser, only this page's language's messages load, before it renders.
	await loadPageMessages(params.lang, route.id);
	return { locale: params.lang };
};
