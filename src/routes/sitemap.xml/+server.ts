import { calculatorIds } from '$lib/calculators/ids';
import { listArticles } from '$lib/content.server';
import { locales } from '$lib/i18n/locales';
import { siteOrigin } from '$lib/site';
import { kitParts, kitPath, themeIds } from '$lib/teach/workshop';
import { sitemapXml } from '$lib/sitemap';

export const prerender = true;
export const trailingSlash = 'never';

/** Every page of the site, in both languages (the 404 page is not one). */
export function GET(): Response {
	const paths = [
		'/',
		...locales.flatMap((locale) => [
			`/${locale}/`,
			`/${locale}/learn/`,
			...listArticles(locale).map((a) => `/${locale}/learn/${a.slug}/`),
			`/${locale}/calculate/`,
			...calculatorIds.map((id) => `/${locale}/calculate/${id}/`),
			`/${locale}/teach/`,
			...themeIds.flatMap((theme) => kitParts.map((part) => kitPath(locale, theme, part))),
			`/${locale}/glossary/`
		])
	];
	return new Response(sitemapXml(paths, siteOrigin), {
		headers: { 'content-type': 'application/xml; charset=utf-8' }
	});
}
