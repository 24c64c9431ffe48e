import { error } from '@sveltejs/kit';
import { isLocale } from '$lib/i18n/locales';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = ({ params }) => {
	if (!isLocale(params.lang)) error(404, 'Unknown language');
	return { locale: params.lang };
};
