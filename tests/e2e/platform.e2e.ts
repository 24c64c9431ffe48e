/**
 * Web platform basics: a localised 404, language alternates and canonical links, link previews
 * (Open Graph / Twitter), sitemap.xml and robots.txt, and an installable web app manifest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { pages } from './pages';

/** The origin the build was made for (src/lib/site.ts; VITE_SITE_ORIGIN overrides it). */
const origin = /<loc>(https?:\/\/[^<]+?)\/<\/loc>/.exec(
	readFileSync('build/sitemap.xml', 'utf8')
)![1]!;

const pngSize = (path: string) => {
	const png = readFileSync(`build${path}`);
	return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
};

const notFound = {
	en: { title: 'Page not found', learn: 'Learn', lang: 'en' },
	zh: { title: '找不到这个页面', learn: '学习', lang: 'zh-CN' }
} as const;

for (const [locale, c] of Object.entries(notFound)) {
	test(`an address with no page gets a 404 in its language (${locale})`, async ({ page }) => {
		const response = await page.goto(`/${locale}/no-such-page/`);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
		await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
		await expect(page.getByText(`/${locale}/no-such-page/`)).toBeVisible();
		// The site's own navigation is there, in the same language, and works.
		await page.getByRole('banner').getByRole('link', { name: c.learn }).click();
		await expect(page).toHaveURL(new RegExp(`/${locale}/learn/$`));
	});
}

test('the static 404.html holds both languages without JavaScript and one with it', async ({
	browser
}) => {
	const noScript = await browser.newContext({ javaScriptEnabled: false });
	const page = await noScript.newPage();
	await page.goto('/404.html');
	await expect(page.getByRole('heading', { name: notFound.zh.title })).toBeVisible();
	await expect(page.getByRole('heading', { name: notFound.en.title })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Learn' })).toHaveAttribute('href', '/en/learn/');
	await noScript.close();
	const html = readFileSync('build/404.html', 'utf8');
	expect(html).toMatch(/<meta name="robots" content="noindex"\s*\/?>/);
	expect(html).not.toContain('rel="canonical"');
});

test('sitemap.xml lists every page, with its twin in the other language', async ({ request }) => {
	const response = await request.get('/sitemap.xml');
	expect(response.ok()).toBe(true);
	const xml = await response.text();
	const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.slice(origin.length));
	expect([...listed].sort()).toEqual([...pages].sort());
	expect(xml).toContain(
		`<xhtml:link rel="alternate" hreflang="zh-CN" href="${origin}/zh/calculate/clv/"/>`
	);
	const robots = await (await request.get('/robots.txt')).text();
	expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`);
	expect(robots).toMatch(/User-agent: \*\nAllow: \//);
});

/** The value of the first `<meta>`/`<link>` in `html` matching `attributes`, read from `value`. */
function tag(html: string, attributes: string, value: 'content' | 'href'): string | undefined {
	const element = new RegExp(`<(?:meta|link) ${attributes} ${value}="([^"]*)"`).exec(html);
	return element?.[1]?.replaceAll('&amp;', '&').replaceAll('&quot;', '"');
}

for (const path of pages) {
	test(`${path} links its canonical address, its other language and a preview`, async ({
		request
	}) => {
		// The HTML as a crawler or a link preview reads it: no script runs.
		const html = await (await request.get(path)).text();
		expect(tag(html, 'rel="canonical"', 'href')).toBe(origin + path);
		for (const [lang, prefix] of [
			['zh-CN', '/zh/'],
			['en', '/en/']
		] as const) {
			const twin = path === '/' ? prefix : path.replace(/^\/(zh|en)\//, prefix);
			expect(pages).toContain(twin);
			expect(tag(html, `rel="alternate" hreflang="${lang}"`, 'href')).toBe(origin + twin);
		}
		const title = /<title>([^<]*)<\/title>/.exec(html)![1]!.replaceAll('&amp;', '&');
		expect(tag(html, 'property="og:title"', 'content')).toBe(title);
		const description = tag(html, 'name="description"', 'content');
		expect(description?.length).toBeGreaterThan(10);
		expect(tag(html, 'property="og:description"', 'content')).toBe(description);
		expect(tag(html, 'property="og:url"', 'content')).toBe(origin + path);
		expect(tag(html, 'property="og:image"', 'content')).toBe(`${origin}/og-image.png`);
		expect(pngSize('/og-image.png')).toBe('1200x630');
		expect(tag(html, 'name="twitter:card"', 'content')).toBe('summary_large_image');
		expect(tag(html, 'name="twitter:title"', 'content')).toBe(title);
	});
}

test('the site installs as an app: manifest, icons and theme colour', async ({
	page,
	request,
	problems
}) => {
	await page.goto('/en/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const response = await request.get(new URL(href!, page.url()).pathname);
	expect(response.headers()['content-type']).toContain('application/manifest+json');
	const manifest = await response.json();
	expect(manifest).toMatchObject({
		short_name: 'CLV Lab',
		start_url: '/',
		display: 'standalone',
		theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
		background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i)
	});
	const icons = manifest.icons as { src: string; sizes: string; type: string; purpose: string }[];
	for (const [sizes, purpose] of [
		['192x192', 'any'],
		['512x512', 'any'],
		['512x512', 'maskable']
	])
		expect(icons.some((i) => i.sizes === sizes && i.purpose === purpose)).toBe(true);
	for (const icon of icons) {
		expect(icon.type).toBe('image/png');
		expect(existsSync(`build${icon.src}`)).toBe(true);
		expect(pngSize(icon.src)).toBe(icon.sizes);
	}
	await expect(page.locator('meta[name="theme-color"]').first()).toHaveAttribute(
		'content',
		/^#[0-9a-f]{6}$/i
	);
	expect(problems).toEqual([]);
});
