/**
 * What each page of the built site costs on its first load, read from the files in `build/` (no
 * browser, no timing, so the same build always gives the same figures).
 *
 * First-load JavaScript is counted the way `../shared/tools/measure-page.mjs` counts it in a
 * browser: every JS file requested on load, before any interaction, each file's gzip size (zlib
 * default level, as in Vite's report) summed. Those files are
 * - the page's `<link rel="modulepreload">` (and `rel="preload" as="script"`) links, its
 *   `<script src>` and the `import("…")` calls of its inline scripts (SvelteKit's start-up);
 * - SvelteKit's root layout and root error nodes (`nodes/0`, `nodes/1`), which its client always
 *   imports at start;
 * - modules a universal `load` imports during hydration (articles: {@link loadedOnStart}), as
 *   Vite manifest keys (`content/en/what-is-clv.md`);
 * - the page's messages file, in its own language, which the `[lang]` layout's `load` imports
 *   before the page hydrates (src/lib/i18n/vite-plugin.ts; the build lists each route's files in
 *   `page-messages.json` beside Vite's manifest; {@link pageMessagesFile});
 * - everything those files import statically, transitively.
 * Other dynamic imports inside those files (charts, workers, panels opened later, the other
 * language's messages) are not first load.
 *
 * Plain JavaScript with JSDoc types, so `npm run perf` (Node) and the budget test (Vitest) share it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

/**
 * @typedef {{ raw: number, gzip: number }} Size
 * @typedef {{
 *   path: string,
 *   js: Size & { files: string[] },
 *   html: Size,
 *   inlineCss: Size,
 *   inlineScript: Size,
 *   preloadLinks: number
 * }} FirstLoad
 */

/** @type {Map<string, Size>} */
const sizeCache = new Map();

/** @param {string | Buffer} content @returns {Size} */
export function sizeOf(content) {
	const buffer = typeof content === 'string' ? Buffer.from(content) : content;
	return { raw: buffer.length, gzip: gzipSync(buffer).length };
}

/** @param {string} file */
function fileSize(file) {
	let size = sizeCache.get(file);
	if (!size) {
		size = sizeOf(readFileSync(file));
		sizeCache.set(file, size);
	}
	return size;
}

/**
 * Every prerendered page: URL path → HTML file, sorted by path (`/`, `/en/`, `/en/calculate/clv/`…).
 * @param {string} buildDir
 * @returns {{ path: string, file: string }[]}
 */
export function listPages(buildDir) {
	/** @param {string} dir @param {string} urlPath @returns {{ path: string, file: string }[]} */
	const walk = (dir, urlPath) =>
		readdirSync(dir).flatMap((name) => {
			const file = join(dir, name);
			if (name === '_app') return [];
			if (statSync(file).isDirectory()) return walk(file, `${urlPath}${name}/`);
			return name === 'index.html' ? [{ path: urlPath, file }] : [];
		});
	return walk(buildDir, '/').sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * A URL the page or a module refers to, as a path from the site root (`/_app/immutable/…`).
 * @param {string} specifier @param {string} fromUrlPath
 */
function resolveUrl(specifier, fromUrlPath) {
	if (!/^(\.{1,2}\/|\/)/.test(specifier)) {
		throw new Error(`${fromUrlPath} imports "${specifier}", which a browser cannot resolve`);
	}
	return new URL(specifier, `http://site${fromUrlPath}`).pathname;
}

/** @param {string} tag @param {string} name */
function attribute(tag, name) {
	const match = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
	return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/**
 * @param {string} source
 * @returns {{ static: string[], dynamic: string[] }} string specifiers of `import … from`
 *   / `export … from` / `import "…"`, and of `import("…")` with a literal argument
 */
function importsOf(source) {
	const [imports] = parse(source);
	const found = { static: /** @type {string[]} */ ([]), dynamic: /** @type {string[]} */ ([]) };
	for (const entry of imports) {
		if (entry.n === undefined) continue;
		if (entry.t === 1) found.static.push(entry.n);
		else if (entry.t === 2) found.dynamic.push(entry.n);
	}
	return found;
}

/** @param {string} html @param {string} tagName */
function inlineBlocks(html, tagName) {
	const pattern = new RegExp(`<${tagName}(\\s[^>]*)?>([\\s\\S]*?)</${tagName}>`, 'gi');
	return [...html.matchAll(pattern)].map((m) => ({ attributes: m[1] ?? '', body: m[2] ?? '' }));
}

/**
 * Modules a page of this site imports while it hydrates, beyond what its HTML names (Vite manifest
 * keys): an article's universal `load` imports the article's compiled component. (A calculator's
 * page imports its calculator statically, so its HTML preloads it.)
 * @param {string} path
 * @returns {string[]}
 */
export function loadedOnStart(path) {
	const article = path.match(/^\/([a-z]{2})\/learn\/([^/]+)\/$/);
	if (article) return [`content/${article[1]}/${article[2]}.md`];
	return [];
}

/**
 * A route's messages files (paths from the build's root) by locale, and, where the route has a file
 * per page, the route param that picks it and those files by locale and that param's value.
 * @typedef {{ en?: string, zh?: string, param?: string, pages?: Record<string, Record<string, string>> }} RouteMessages
 */

/**
 * The route a SvelteKit route id names matches `path` with these params, or undefined.
 * @param {string} routeId e.g. `/[lang=locale]/learn/[slug]`
 * @param {string} path e.g. `/en/learn/what-is-clv/`
 * @returns {{ params: Record<string, string>, fixed: number } | undefined} `fixed`: how many
 *   segments matched literally (SvelteKit prefers the route with more)
 */
export function matchRoute(routeId, path) {
	const want = routeId.split('/').filter(Boolean);
	const have = path.split('/').filter(Boolean);
	if (want.length !== have.length) return undefined;
	/** @type {Record<string, string>} */
	const params = {};
	let fixed = 0;
	for (const [i, part] of want.entries()) {
		const segment = /** @type {string} */ (have[i]);
		const param = part.match(/^\[(\w+)(?:=\w+)?\]$/);
		if (param) params[/** @type {string} */ (param[1])] = decodeURIComponent(segment);
		else if (/[[\]]/.test(part)) throw new Error(`route ${routeId}: only [name] params are read`);
		else if (part === segment) fixed++;
		else return undefined;
	}
	return { params, fixed };
}

/**
 * The messages file the page at `path` loads while it hydrates (its `lang`'s, its own if its route
 * has one per page), as a path from the site root; undefined when it loads none.
 * @param {Record<string, RouteMessages>} routes the build's `page-messages.json` `routes`
 * @param {string} path
 */
export function pageMessagesFile(routes, path) {
	const matches = Object.entries(routes)
		.map(([id, files]) => ({ files, match: matchRoute(id, path) }))
		.filter((m) => m.match !== undefined)
		.sort((a, b) => (b.match?.fixed ?? 0) - (a.match?.fixed ?? 0));
	const best = matches[0];
	const locale = best?.match?.params.lang;
	if (!best || !locale) return undefined;
	const page = best.files.param ? best.match?.params[best.files.param] : undefined;
	const own = /** @type {Record<string, unknown>} */ (best.files)[locale];
	const file =
		(page !== undefined && best.files.pages?.[locale]?.[page]) ||
		(typeof own === 'string' ? own : undefined);
	return file ? `/${file}` : undefined;
}

/**
 * Reads a whole build. Call once per build; pages share the parsed modules.
 * @param {string} buildDir
 * @param {{ manifest?: string, loadedOnStart?: (path: string) => string[] }} [options]
 *   `manifest`: Vite's client manifest (default `.svelte-kit/output/client/.vite/manifest.json`);
 *   the messages files are read from `page-messages.json` beside it (a build from before
 *   they existed has none: its pages load none);
 *   `loadedOnStart`: manifest keys a page imports during hydration (default: this site's rule)
 */
export async function readBuild(buildDir, options = {}) {
	await init;
	const manifestFile = options.manifest ?? '.svelte-kit/output/client/.vite/manifest.json';
	const messagesFile = join(dirname(manifestFile), 'page-messages.json');
	/** @type {Record<string, RouteMessages>} */
	const messageRoutes = existsSync(messagesFile)
		? JSON.parse(readFileSync(messagesFile, 'utf8')).routes
		: {};
	/** @type {Record<string, { file: string, name?: string }> | undefined} */
	let manifest;
	/** @type {Map<string, { static: string[], dynamic: string[] }>} */
	const moduleImports = new Map();

	/** @param {string} urlPath */
	const fileOf = (urlPath) => {
		const file = join(buildDir, ...urlPath.split('/'));
		if (!existsSync(file)) throw new Error(`${urlPath} is referenced but not in ${buildDir}`);
		return file;
	};
	/** @param {string} urlPath */
	const importsOfModule = (urlPath) => {
		let found = moduleImports.get(urlPath);
		if (!found) {
			const raw = importsOf(readFileSync(fileOf(urlPath), 'utf8'));
			found = {
				static: raw.static.map((s) => resolveUrl(s, urlPath)),
				dynamic: raw.dynamic.map((s) => resolveUrl(s, urlPath))
			};
			moduleImports.set(urlPath, found);
		}
		return found;
	};
	/** @param {string} key */
	const manifestUrl = (key) => {
		if (!manifest) {
			if (!existsSync(manifestFile)) {
				throw new Error(`${manifestFile} is missing: run \`npm run build\` first`);
			}
			manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
		}
		const entries = manifest ?? {};
		let entry = entries[key];
		if (!entry) {
			// A module whose chunk holds other modules too is keyed by the chunk's hash
			// (`_DxmB4Yh5.js`), with the module's name as the chunk's `name`.
			const name = key.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
			const named = Object.entries(entries).filter(
				([other, value]) => other.startsWith('_') && value.name === name
			);
			if (named.length === 1) entry = named[0]?.[1];
		}
		if (!entry) throw new Error(`${key} is not in the client build (${manifestFile})`);
		return `/${entry.file}`;
	};

	/**
	 * @param {string} path page URL path, e.g. `/en/calculate/clv/`
	 * @returns {FirstLoad}
	 */
	function firstLoad(path) {
		const file = join(buildDir, ...path.split('/'), 'index.html');
		const html = readFileSync(file, 'utf8');
		/** @type {string[]} */
		const roots = [];
		let preloadLinks = 0;
		for (const [tag] of html.matchAll(/<link\s[^>]*>/gi)) {
			const rel = attribute(tag, 'rel')?.toLowerCase();
			const as = attribute(tag, 'as')?.toLowerCase();
			const href = attribute(tag, 'href');
			if (!href) continue;
			if (rel === 'modulepreload' || (rel === 'preload' && as === 'script')) {
				roots.push(resolveUrl(href, path));
				preloadLinks++;
			}
		}
		const scripts = inlineBlocks(html, 'script');
		for (const { attributes, body } of scripts) {
			const src = attribute(attributes, 'src');
			const type = attribute(attributes, 'type')?.toLowerCase();
			// Data blocks (application/json, importmap…) run no code.
			if (type && type !== 'module' && !/javascript|ecmascript/.test(type)) continue;
			if (src) roots.push(resolveUrl(src, path));
			else {
				const found = importsOf(body);
				for (const specifier of [...found.static, ...found.dynamic]) {
					roots.push(resolveUrl(specifier, path));
				}
			}
		}
		// SvelteKit's client imports the root layout and root error nodes as soon as it starts.
		for (const root of [...roots]) {
			if (!/\/entry\/app\.[^/]+\.js$/.test(root)) continue;
			for (const node of importsOfModule(root).dynamic) {
				if (/\/nodes\/[01]\.[^/]+\.js$/.test(node)) roots.push(node);
			}
		}
		for (const key of (options.loadedOnStart ?? loadedOnStart)(path)) roots.push(manifestUrl(key));
		// The [lang] layout's load imports the page's messages (none on pages without the app).
		const messages = pageMessagesFile(messageRoutes, path);
		if (messages && roots.some((root) => /\/entry\/start\.[^/]+\.js$/.test(root))) {
			roots.push(messages);
		}

		const seen = new Set();
		const stack = [...roots];
		while (stack.length > 0) {
			const url = /** @type {string} */ (stack.pop());
			if (seen.has(url)) continue;
			seen.add(url);
			if (url.endsWith('.js')) stack.push(...importsOfModule(url).static);
		}
		const files = [...seen].filter((url) => url.endsWith('.js')).sort();
		const js = { files, raw: 0, gzip: 0 };
		for (const url of files) {
			const size = fileSize(fileOf(url));
			js.raw += size.raw;
			js.gzip += size.gzip;
		}
		return {
			path,
			js,
			html: sizeOf(html),
			inlineCss: sizeOf(
				inlineBlocks(html, 'style')
					.map((b) => b.body)
					.join('')
			),
			inlineScript: sizeOf(
				scripts
					.filter((s) => attribute(s.attributes, 'src') === undefined)
					.map((s) => s.body)
					.join('')
			),
			preloadLinks
		};
	}

	return { pages: listPages(buildDir), firstLoad };
}
