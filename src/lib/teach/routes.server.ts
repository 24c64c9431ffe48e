/** Shared by the kit's three page routes: which pages to prerender, and the theme to show. */
import { error } from '@sveltejs/kit';
import { presentLink } from '$lib/calculators/class-cases';
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

/**
 * The run sheet's theme, each class case with the address that presents it. Resolved here, when the
 * page is built, because the links are encoded from every calculator's fields and presets: done in
 * the page's script they put all of them on the run sheet's first load (~38 kB gzip).
 */
export function loadKitRunSheet(params: { lang: string; theme: string }) {
	const data = loadKitTheme(params);
	const blocks = data.theme.blocks.map((block) => ({
		...block,
		links: block.links.map((link) =>
			link.kind === 'case'
				? { ...link, href: presentLink(data.locale, link.calculator, link.preset) }
				: link
		)
	}));
	return { ...data, theme: { ...data.theme, blocks } };
}
