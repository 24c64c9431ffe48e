import { describe, expect, it } from 'vitest';
import { siteHeadTags, withSiteHead } from './seo';
import { robotsTxt, sitemapXml } from './sitemap';

const origin = 'https://clv.test';
const page = (title: string, description: string) =>
	`<html><head><title>${title}</title><meta name="description" content="${description}"></head><body></body></html>`;

describe('site head tags', () => {
	it('links a page to its canonical address and to itself in both languages', () => {
		const tags = siteHeadTags(page('Learn · CLV Lab', 'Short articles.'), '/en/learn/', origin);
		expect(tags).toContain('<link rel="canonical" href="https://clv.test/en/learn/">');
		expect(tags).toContain(
			'<link rel="alternate" hreflang="zh-CN" href="https://clv.test/zh/learn/">'
		);
		expect(tags).toContain(
			'<link rel="alternate" hreflang="en" href="https://clv.test/en/learn/">'
		);
		expect(tags).toContain('<link rel="alternate" hreflang="x-default" href="https://clv.test/">');
	});

	it('previews a shared link with the page’s title, description and the share picture', () => {
		const tags = siteHeadTags(
			page('“A &amp; B” · CLV Lab', 'Margins &amp; &quot;retention&quot;.'),
			'/zh/learn/what-is-clv/',
			origin
		);
		expect(tags).toContain('<meta property="og:title" content="“A &amp; B” · CLV Lab">');
		expect(tags).toContain(
			'<meta property="og:description" content="Margins &amp; &quot;retention&quot;.">'
		);
		expect(tags).toContain('<meta property="og:type" content="article">');
		expect(tags).toContain('<meta property="og:image" content="https://clv.test/og-image.png">');
		expect(tags).toContain('<meta property="og:locale" content="zh_CN">');
		expect(tags).toContain('<meta property="og:locale:alternate" content="en_US">');
		expect(tags).toContain('<meta name="twitter:card" content="summary_large_image">');
		expect(tags).toContain('<meta name="twitter:image" content="https://clv.test/og-image.png">');
	});

	it('adds the tags before </head>, and none to a page that is not to be indexed', () => {
		const html = withSiteHead(page('T', 'D'), '/en/', origin);
		expect(html.indexOf('og:title')).toBeLessThan(html.indexOf('</head>'));
		const missing = page('Not found', '').replace(
			'</head>',
			'<meta name="robots" content="noindex"></head>'
		);
		expect(withSiteHead(missing, '/404.html', origin)).toBe(missing);
	});
});

describe('sitemap and robots.txt', () => {
	it('lists every page with its twin in the other language', () => {
		const xml = sitemapXml(['/', '/en/learn/'], origin);
		expect(xml).toContain('<loc>https://clv.test/</loc>');
		expect(xml).toContain('<loc>https://clv.test/en/learn/</loc>');
		expect(xml).toContain(
			'<xhtml:link rel="alternate" hreflang="zh-CN" href="https://clv.test/zh/learn/"/>'
		);
		expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
	});

	it('points robots to the sitemap', () => {
		expect(robotsTxt(origin)).toContain('Sitemap: https://clv.test/sitemap.xml');
	});
});
