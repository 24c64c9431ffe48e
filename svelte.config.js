import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';

/**
 * Hashes of the inline scripts in app.html (the language redirect of "/", the theme before first
 * paint, the fields a reader changes before the page is ready), read from the template itself so an edit there can never silently break the policy.
 * SvelteKit hashes its own start-up script on every prerendered page.
 */
const templateScripts = [
	...readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').matchAll(
		/<script>([\s\S]*?)<\/script>/g
	)
].map(([, body]) => `sha256-${createHash('sha256').update(body).digest('base64')}`);

/**
 * The build's version, from what it is built from (sources, content, static files, locked
 * dependencies, configuration), so that the same sources always give the same files: SvelteKit
 * otherwise names a build after its time, and that name (and a global named after it) changed the
 * size of every page's first load by up to 0.1 kB from one build to the next (the budget test).
 * The offline cache is named after it (src/service-worker.ts), so a change of any of these still
 * replaces it.
 */
function sourceVersion() {
	const hash = createHash('sha256');
	const roots = [
		'src',
		'content',
		'static',
		'package-lock.json',
		'svelte.config.js',
		'vite.config.ts'
	];
	for (const root of roots) {
		const at = new URL(`./${root}`, import.meta.url);
		const files = statSync(at).isDirectory()
			? readdirSync(at, { recursive: true, encoding: 'utf8' })
					.map((name) => `${root}/${name.split('\\').join('/')}`)
					.filter((name) => statSync(new URL(`./${name}`, import.meta.url)).isFile())
			: [root];
		for (const name of files.sort()) {
			hash.update(`${name}\0`);
			hash.update(readFileSync(new URL(`./${name}`, import.meta.url)));
		}
	}
	return hash.digest('hex').slice(0, 12);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.md'], smartypants: false })],
	compilerOptions: {
		// Runes everywhere in our own code (articles included); libraries keep their own mode.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: adapter({ strict: true }),
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail'
		},
		alias: { $content: 'content' },
		version: { name: sourceVersion() },
		// Absolute asset addresses (/_app/…): the 404 page is served at any depth of address, where
		// relative ones would point nowhere. The site is published at the root of its origin.
		paths: { relative: false },
		// Every stylesheet is small (≤ 11 kB): inline them, so the first paint waits for no request.
		inlineStyleThreshold: 16_384,
		// Content-Security-Policy, written by SvelteKit as a <meta> (with hashes) into every
		// prerendered page. Scripts: this site's files and hashed inline scripts only, never
		// 'unsafe-inline' or 'unsafe-eval'. <style> elements: this site's files and the inlined
		// stylesheets, which SvelteKit hashes. Style *attributes* stay allowed ('unsafe-inline' in
		// style-src-attr): Svelte's `style:` directives render data-driven widths and colours as
		// attributes in the prerendered HTML, and app.html wraps the body in one. An attribute
		// cannot run script, and with default-src 'self' a style cannot load anything from
		// another host, so this gives away little. Nothing may be fetched from, framed by or
		// posted to another host (the site makes no request to any other host).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...templateScripts],
				'style-src': ['self'],
				'style-src-elem': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'frame-src': ['none'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['none']
			}
		},
		// Registered by the root layout once the visitor pauses, so the offline download of the
		// whole site never competes with the first seconds on a page (src/lib/offline/register.ts).
		serviceWorker: { register: false }
	}
};

export default config;
