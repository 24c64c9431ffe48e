/** Shared by the kit's three page routes: which pages to prerender, and the theme to show. */
import { error } from '@sveltejs/kit';
import { listArticles } from '$lib/content.server';
import { isLocale, locales, type Locale } from '$lib/i18n/locales';
import { isThemeId, themeIds, workshopTheme, type WorkshopTheme } from './workshop';

export const kitEntries = () =>
	locales.flatMap((lang) => themeIds.map((theme) => ({ lang, theme })));

export function loadKitTheme(params: { lang: string; theme: string }): {
	theme: WorkshopTheme;
	locale: Locale;
	articles: { slug: string; title: string }[];
} {
	if (!isLocale(params.lang) || !isThemeId(params.theme)) error(404, 'No such workshop theme');
	const theme = workshopTheme(params.theme, params.lang);
	const articles = listArticles(params.lang)
		.filter((article) => theme.articles.includes(article.slug))
		.map(({ slug, title }) => ({ slug, title }));
	return { theme, locale: params.lang, articles };
}
