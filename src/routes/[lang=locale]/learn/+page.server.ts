import { listArticles } from '$lib/content.server';
import type { Locale } from '$lib/i18n/locales';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const locale = params.lang as Locale; // guaranteed by the [lang=locale] matcher
	return { articles: listArticles(locale) };
};
