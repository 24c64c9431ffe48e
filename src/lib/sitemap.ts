/**
 * sitemap.xml and robots.txt as text. Every page exists in both languages at the same path, so each
 * sitemap entry lists its other-language twin (`xhtml:link hreflang`), as search engines ask.
 */
import { intlLocale, locales, localizePath } from './i18n/locales';

const escapeXml = (text: string) =>
	text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

/** The sitemap for the site's pages (paths such as `/en/learn/`), at `origin`. */
export function sitemapXml(paths: readonly string[], origin: string): string {
	const entries = paths.map((path) => {
		const twins = /^\/(zh|en)\//.test(path)
			? locales.map(
					(locale) =>
						`\t\t<xhtml:link rel="alternate" hreflang="${intlLocale[locale]}" href="${escapeXml(origin + localizePath(path, locale))}"/>`
				)
			: [];
		return ['\t<url>', `\t\t<loc>${escapeXml(origin + path)}</loc>`, ...twins, '\t</url>'].join(
			'\n'
		);
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...entries,
		'</urlset>',
		''
	].join('\n');
}

/** robots.txt: everything may be read; where the sitemap is. */
export function robotsTxt(origin: string): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`;
}
