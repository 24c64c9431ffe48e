/**
 * The tags that tell search engines and link previews what a page is, added to every prerendered
 * page from its own `<title>` and description (hooks.server.ts), so no route has to repeat them:
 * the canonical address, the same page in the other language (`hreflang`), and Open Graph and
 * Twitter tags with the share picture. Pure string work on the finished HTML.
 */
import { intlLocale, isLocale, locales, localizePath } from './i18n/locales';
import { shareImage, siteOrigin } from './site';

const attribute = (text: string) =>
	text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** Text of an HTML fragment as it reads (entities decoded), for re-escaping as an attribute. */
const decoded = (html: string) =>
	html
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&amp;', '&');

const ogLocale = { zh: 'zh_CN', en: 'en_US' } as const;

/** The head tags for the page at `pathname` whose HTML is `html`. */
export function siteHeadTags(html: string, pathname: string, origin = siteOrigin): string[] {
	const title = decoded(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1]?.trim() ?? '');
	const description = decoded(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '');
	const segment = pathname.split('/')[1];
	const locale = isLocale(segment) ? segment : undefined;
	const url = origin + pathname;
	const image = origin + shareImage.path;
	const tags = [`<link rel="canonical" href="${attribute(url)}">`];
	if (locale || pathname === '/') {
		for (const other of locales) {
			const href = origin + localizePath(locale ? pathname : '/', other);
			tags.push(`<link rel="alternate" hreflang="${intlLocale[other]}" href="${attribute(href)}">`);
		}
		tags.push(`<link rel="alternate" hreflang="x-default" href="${attribute(origin)}/">`);
	}
	const meta = (key: 'property' | 'name', name: string, content: string) =>
		`<meta ${key}="${name}" content="${attribute(content)}">`;
	tags.push(
		meta('property', 'og:type', pathname.includes('/learn/') ? 'article' : 'website'),
		meta('property', 'og:site_name', locale === 'en' ? 'CLV Lab' : '客户终身价值实验室 CLV Lab'),
		meta('property', 'og:title', title),
		meta('property', 'og:description', description),
		meta('property', 'og:url', url),
		meta('property', 'og:image', image),
		meta('property', 'og:image:width', String(shareImage.width)),
		meta('property', 'og:image:height', String(shareImage.height)),
		meta('property', 'og:image:alt', 'CLV Lab · 客户终身价值实验室'),
		meta('property', 'og:locale', ogLocale[locale ?? 'zh']),
		...locales
			.filter((other) => other !== (locale ?? 'zh'))
			.map((other) => meta('property', 'og:locale:alternate', ogLocale[other])),
		meta('name', 'twitter:card', 'summary_large_image'),
		meta('name', 'twitter:title', title),
		meta('name', 'twitter:description', description),
		meta('name', 'twitter:image', image)
	);
	return tags;
}

/**
 * The page with its head tags added before `</head>`; pages marked `noindex` (404, errors) get
 * none, since they have no address of their own.
 */
export function withSiteHead(html: string, pathname: string, origin = siteOrigin): string {
	if (/<meta name="robots" content="noindex"/.test(html) || !html.includes('</head>')) return html;
	const tags = siteHeadTags(html, pathname, origin).join('\n\t\t');
	return html.replace('</head>', `\t${tags}\n\t</head>`);
}
