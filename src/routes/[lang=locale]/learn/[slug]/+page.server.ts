import { error } from '@sveltejs/kit';
import { findArticle, listArticles } from '$lib/content.server';
import { locales, type Locale } from '$lib/i18n/locales';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	locales.flatMap((lang) => listArticles(lang).map(({ slug }) => ({ lang, slug })));

export const load: PageServerLoad = ({ params }) => {
	const article = findArticle(params.lang as Locale, params.slug);
	if (!article) error(404, 'No such article');
	return { article };
};
