import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { listPages, loadedOnStart, matchRoute, pageMessagesFile, readBuild } from './first-load.js';

/** A miniature SvelteKit build: what the counting must follow and what it must leave out. */
const files: Record<string, string> = {
	'index.html': '<!doctype html><title>Choose</title><style>p{color:red}</style><p>zh · en</p>',
	'en/page/index.html': `<!doctype html><html><head>
		<link href="../../_app/immutable/entry/start.A.js" rel="modulepreload">
		<link rel="modulepreload" href="../../_app/immutable/chunks/shared.js">
		<link href="../../_app/immutable/assets/0.css" rel="stylesheet">
		<style>body{margin:0}</style><style>h1{font-size:2rem}</style>
		</head><body><h1>Page</h1><script type="text/plain">import("./not-code.js")</script><script>
			Promise.all([import("../../_app/immutable/entry/start.A.js"), import("../../_app/immutable/entry/app.B.js")]);
		</script></body></html>`,
	'en/article/index.html': `<!doctype html><link href="/_app/immutable/entry/start.A.js" rel="modulepreload"><h1>Article</h1>`,
	'en/calculate/x/index.html': `<!doctype html><link href="/_app/immutable/entry/start.A.js" rel="modulepreload"><h1>X</h1>`,
	'_app/immutable/entry/start.A.js': 'import{a}from"../chunks/shared.js";export{a as start};',
	'_app/immutable/entry/app.B.js':
		'import"../chunks/runtime.js";const nodes=[()=>import(`../nodes/0.N.js`),()=>import("../nodes/1.N.js"),()=>import("../nodes/2.N.js")];export{nodes};',
	'_app/immutable/chunks/shared.js': 'export const a=1;',
	'_app/immutable/chunks/runtime.js': 'export*from"./deep.js";',
	'_app/immutable/chunks/deep.js': 'export const deep="x".repeat(500);',
	'_app/immutable/nodes/0.N.js':
		'import"../chunks/shared.js";const later=()=>import("../chunks/chart.js");export{later};',
	'_app/immutable/nodes/1.N.js': 'export default 1;',
	'_app/immutable/nodes/2.N.js': 'export default 2;',
	'_app/immutable/chunks/chart.js': 'export const chart="y".repeat(5000);',
	'_app/immutable/chunks/article.js': 'import"./article-dep.js";export default 3;',
	'_app/immutable/chunks/article-dep.js': 'export default 4;',
	'_app/immutable/chunks/Hx.js': 'import"./article-dep.js";export default 5;',
	'manifest.json': JSON.stringify({
		'content/en/article.md': { file: '_app/immutable/chunks/article.js' },
		// a module whose chunk holds other modules too: keyed by the chunk, named after the module
		_Hx: { file: '_app/immutable/chunks/Hx.js', name: 'XCalculator' },
		_Hy: { file: '_app/immutable/chunks/article-dep.js', name: 'Other' }
	})
};

const dir = mkdtempSync(join(tmpdir(), 'first-load-'));
for (const [name, content] of Object.entries(files)) {
	mkdirSync(dirname(join(dir, name)), { recursive: true });
	writeFileSync(join(dir, name), content);
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const gzip = (name: string) => gzipSync(Buffer.from(files[name] ?? '')).length;
const build = await readBuild(dir, {
	manifest: join(dir, 'manifest.json'),
	loadedOnStart: (path) =>
		path === '/en/article/'
			? ['content/en/article.md']
			: path === '/en/calculate/x/'
				? ['src/lib/calculators/x/XCalculator.svelte']
				: []
});

describe('first-load counting', () => {
	it('lists every page by URL path', () => {
		expect(listPages(dir).map((p) => p.path)).toEqual([
			'/',
			'/en/article/',
			'/en/calculate/x/',
			'/en/page/'
		]);
	});

	it('follows preloads, start-up imports, the root nodes and static imports, not lazy ones', () => {
		const load = build.firstLoad('/en/page/');
		const expected = [
			'/_app/immutable/chunks/deep.js',
			'/_app/immutable/chunks/runtime.js',
			'/_app/immutable/chunks/shared.js',
			'/_app/immutable/entry/app.B.js',
			'/_app/immutable/entry/start.A.js',
			'/_app/immutable/nodes/0.N.js',
			'/_app/immutable/nodes/1.N.js'
		];
		expect(load.js.files).toEqual(expected);
		expect(load.js.gzip).toBe(expected.reduce((sum, url) => sum + gzip(url.slice(1)), 0));
		expect(load.preloadLinks).toBe(2);
	});

	it('adds what a page imports while it hydrates, with its imports', () => {
		expect(build.firstLoad('/en/article/').js.files).toEqual([
			'/_app/immutable/chunks/article-dep.js',
			'/_app/immutable/chunks/article.js',
			'/_app/immutable/chunks/shared.js',
			'/_app/immutable/entry/start.A.js'
		]);
	});

	it('finds a module keyed by its chunk in the manifest by the chunk’s name', () => {
		expect(build.firstLoad('/en/calculate/x/').js.files).toEqual([
			'/_app/immutable/chunks/Hx.js',
			'/_app/immutable/chunks/article-dep.js',
			'/_app/immutable/chunks/shared.js',
			'/_app/immutable/entry/start.A.js'
		]);
	});

	it("knows what this site's article pages import while they hydrate", () => {
		expect(loadedOnStart('/zh/learn/what-is-clv/')).toEqual(['content/zh/what-is-clv.md']);
		expect(loadedOnStart('/zh/learn/')).toEqual([]);
		// A calculator has a route of its own: its page's HTML preloads the calculator's module.
		expect(loadedOnStart('/en/calculate/clv/')).toEqual([]);
	});

	it('measures the HTML and every inline stylesheet', () => {
		const load = build.firstLoad('/en/page/');
		expect(load.html.raw).toBe(Buffer.byteLength(files['en/page/index.html'] ?? ''));
		expect(load.html.gzip).toBe(gzip('en/page/index.html'));
		expect(load.inlineCss.raw).toBe('body{margin:0}h1{font-size:2rem}'.length);
		expect(build.firstLoad('/').js.files).toEqual([]);
	});

	it('matches a page to its route as SvelteKit does, literal segments first', () => {
		expect(matchRoute('/[lang=locale]/learn/[slug]', '/en/learn/what-is-clv/')).toEqual({
			params: { lang: 'en', slug: 'what-is-clv' },
			fixed: 1
		});
		expect(matchRoute('/[lang=locale]/learn', '/en/learn/what-is-clv/')).toBeUndefined();
		expect(matchRoute('/[lang=locale]', '/zh/')).toEqual({ params: { lang: 'zh' }, fixed: 0 });
		expect(() => matchRoute('/[...rest]', '/a/')).toThrow(/only \[name\] params/);
		const routes = {
			'/[lang=locale]/calculate/[id]': { en: 'any-en.js', zh: 'any-zh.js' },
			'/[lang=locale]/calculate/clv': { en: 'clv-en.js', zh: 'clv-zh.js' },
			'/[lang=locale]/learn/[slug]': {
				en: 'learn-en.js',
				param: 'slug',
				pages: { en: { 'what-is-clv': 'what-en.js' } }
			}
		};
		expect(pageMessagesFile(routes, '/zh/calculate/clv/')).toBe('/clv-zh.js');
		expect(pageMessagesFile(routes, '/zh/calculate/points/')).toBe('/any-zh.js');
		expect(pageMessagesFile(routes, '/en/learn/what-is-clv/')).toBe('/what-en.js');
		// a page the route has no file of its own for loads the route's
		expect(pageMessagesFile(routes, '/en/learn/other/')).toBe('/learn-en.js');
		expect(pageMessagesFile(routes, '/zh/learn/other/')).toBeUndefined();
		expect(pageMessagesFile(routes, '/en/')).toBeUndefined();
	});

	it("adds the page's messages file in its language, with its imports", async () => {
		writeFileSync(
			join(dir, 'page-messages.json'),
			JSON.stringify({
				routes: {
					'/[lang=locale]/page': {
						en: '_app/immutable/chunks/messages-en.js',
						zh: '_app/immutable/chunks/messages-zh.js'
					}
				}
			})
		);
		writeFileSync(
			join(dir, '_app/immutable/chunks/messages-en.js'),
			'import"./messages-dep.js";export default{};'
		);
		writeFileSync(join(dir, '_app/immutable/chunks/messages-dep.js'), 'export default 6;');
		const withMessages = await readBuild(dir, {
			manifest: join(dir, 'manifest.json'),
			loadedOnStart: () => []
		});
		const files = withMessages.firstLoad('/en/page/').js.files;
		expect(files).toContain('/_app/immutable/chunks/messages-en.js');
		expect(files).toContain('/_app/immutable/chunks/messages-dep.js');
		expect(files).not.toContain('/_app/immutable/chunks/messages-zh.js');
		// the language-choice page starts no app, so it loads no messages either
		expect(withMessages.firstLoad('/').js.files).toEqual([]);
		rmSync(join(dir, 'page-messages.json'));
	});

	it('fails loudly on a reference it cannot follow', async () => {
		writeFileSync(join(dir, 'en/page/index.html'), '<link rel="modulepreload" href="/missing.js">');
		const again = await readBuild(dir, { loadedOnStart: () => [] });
		expect(() => again.firstLoad('/en/page/')).toThrow(/missing\.js is referenced but not in/);
		expect(() => again.firstLoad('/en/article/')).not.toThrow();
		const noManifest = await readBuild(dir, {
			manifest: join(dir, 'none.json'),
			loadedOnStart: () => ['content/en/article.md']
		});
		expect(() => noManifest.firstLoad('/en/article/')).toThrow(/run `npm run build` first/);
	});
});
