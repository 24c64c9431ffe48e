/**
 * Which messages each page of the browser build needs (issue 20), worked out from a module graph:
 * the namespaces a route's pages read on load, those an article's page adds, and those a module
 * imported on demand reads; and the names of the messages files that hold them. Pure but for
 * looking at the project's files (`routeFiles`, `missingRealImporters`); `./vite-plugin.ts`
 * supplies the graph and writes the files.
 *
 * Left as they are (both languages, imported as modules): the error pages and the 404 page, which
 * must show without the layout's `load` (their importers are listed in `realImporters`), and the
 * lifecycle presets' state names, which the lifecycle calculator reads in both languages
 * (`bilingual`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { normalizePath } from 'vite';
import { locales, type Locale } from './locales.ts';

/** Namespaces a page reads in both languages; they stay ordinary modules. */
export const bilingual = new Set(['lifecycle-states']);

/**
 * Modules whose message imports stay ordinary modules (paths from the project root): pages shown
 * when the `[lang]` layout's `load` did not run or failed, and the 404 page, which holds both
 * languages until it starts.
 */
const realImporters = [
	'src/routes/+error.svelte',
	'src/routes/[lang=locale]/+error.svelte',
	'src/routes/404.html/',
	'src/lib/ui/ErrorPage.svelte',
	'src/lib/ui/NotFound.svelte'
];

/**
 * Modules a route imports by the page (an article's component, `content/<locale>/<slug>.md`,
 * imported by `src/lib/content.ts`): each such page gets its own messages file, chosen by the
 * route param `param` (`[slug]`).
 */
export const perPage = { module: /\/content\/(en|zh)\/([^/]+)\.md$/, param: 'slug' };

const routesDir = 'src/routes';
/** Ids of the stand-ins of message modules in the browser build. */
export const standInPrefix = '\0clv-lab/messages/';

/** Namespaces a route's pages read on load. */
export interface RoutePlan {
	namespaces: string[];
	/** By locale, then by the per-page param's value: namespaces that page adds. */
	pages?: Partial<Record<Locale, Record<string, string[]>>>;
}
export interface Plan {
	routes: Record<string, RoutePlan>;
	/** By `demandKey` of a module imported on demand: the namespaces it and its imports read. */
	onDemand: Record<string, { id: string; namespaces: string[] }>;
}

export interface ModuleLinks {
	importedIds: readonly string[];
	dynamicallyImportedIds: readonly string[];
}
export interface ModuleGraph {
	getModuleInfo(id: string): ModuleLinks | null;
}

/** `<root>/src/lib/i18n/messages/`: where the message modules live. */
export const messagesDir = (root: string) => `${root}/src/lib/i18n/messages/`;

/** `{ locale, namespace }` of a message module (or of its stand-in), else undefined. */
export function messageModule(
	id: string,
	root: string
): { locale: Locale; namespace: string } | undefined {
	const path = id.startsWith(standInPrefix)
		? id.slice(standInPrefix.length)
		: id.startsWith(messagesDir(root))
			? id.slice(messagesDir(root).length).replace(/\?.*$/, '')
			: undefined;
	const match = path?.match(/^(en|zh)\/([\w-]+?)(\.ts)?$/);
	return match ? { locale: match[1] as Locale, namespace: match[2]! } : undefined;
}

/** Whether `importer`'s message imports stay ordinary modules (`realImporters`, or a message module). */
export function keepsRealMessages(importer: string, root: string): boolean {
	const path = relative(root, importer.replace(/\?.*$/, '')).replaceAll('\\', '/');
	return (
		messageModule(importer, root) !== undefined ||
		realImporters.some((entry) => (entry.endsWith('/') ? path.startsWith(entry) : path === entry))
	);
}

/** Entries of `realImporters` that do not exist under `root` (a stale list fails the build). */
export function missingRealImporters(root: string): string[] {
	return realImporters
		.filter((entry) => !existsSync(join(root, entry)))
		.map((entry) => `${entry} is listed in realImporters (${import.meta.url}) but does not exist`);
}

/** Route id → the files of its page, its layouts and its error pages. */
export function routeFiles(root: string): Map<string, string[]> {
	const routes = new Map<string, string[]>();
	const visit = (dir: string, parts: string[], inherited: string[]) => {
		const entries = readdirSync(dir, { withFileTypes: true });
		const names = entries.map((entry) => entry.name);
		const at = (file: string) => normalizePath(join(dir, file));
		if (names.some((name) => name.startsWith('+') && name.includes('@'))) {
			throw new Error(`${dir}: layout resets (+…@…) are not supported by ${import.meta.url}`);
		}
		const own = ['+layout.svelte', '+layout.ts', '+layout.js', '+error.svelte']
			.filter((name) => names.includes(name))
			.map(at);
		const files = [...inherited, ...own];
		const page = ['+page.svelte', '+page.ts', '+page.js'].filter((name) => names.includes(name));
		if (page.length > 0) routes.set(`/${parts.join('/')}`, [...files, ...page.map(at)]);
		for (const entry of entries) {
			if (entry.isDirectory()) visit(join(dir, entry.name), [...parts, entry.name], files);
		}
	};
	visit(join(root, routesDir), [], []);
	return routes;
}

/**
 * Namespaces read by `starts` and what they import statically, transitively; and the modules
 * they import on demand, which are not followed: per-page modules (`pages`) and the rest
 * (`targets`).
 */
export function reach(graph: ModuleGraph, starts: string[], root: string) {
	const namespaces = new Set<string>();
	const pages = new Set<string>();
	const targets = new Set<string>();
	const seen = new Set<string>();
	const stack = [...starts];
	for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
		if (seen.has(id)) continue;
		seen.add(id);
		const info = graph.getModuleInfo(id);
		if (!info) continue;
		const edges = [
			...info.importedIds.map((to) => ({ to, dynamic: false })),
			...info.dynamicallyImportedIds.map((to) => ({ to, dynamic: true }))
		];
		for (const { to, dynamic } of edges) {
			const message = messageModule(to, root);
			if (message) {
				if (!keepsRealMessages(id, root) && !bilingual.has(message.namespace)) {
					namespaces.add(message.namespace);
				}
			} else if (to.includes('/node_modules/') || to.startsWith('\0')) continue;
			else if (!dynamic) stack.push(to);
			else if (perPage.module.test(to)) pages.add(to);
			else targets.add(to);
		}
	}
	return { namespaces, pages, targets };
}

/** The plan of `routes` (route id → its files, as from `routeFiles`) over `graph`. */
export function planFrom(graph: ModuleGraph, routes: Map<string, string[]>, root: string): Plan {
	const plan: Plan = { routes: {}, onDemand: {} };
	const targets: string[] = [];
	for (const [routeId, files] of routes) {
		const found = reach(graph, files, root);
		targets.push(...found.targets);
		const route: RoutePlan = { namespaces: [...found.namespaces].sort() };
		for (const page of found.pages) {
			const [, locale, value] = page.match(perPage.module) as [string, Locale, string];
			if (!routeId.includes(`[${perPage.param}]`)) {
				throw new Error(`${routeId} imports ${page} but has no [${perPage.param}] param`);
			}
			const own = reach(graph, [page], root);
			targets.push(...own.targets);
			const added = [...own.namespaces].filter((n) => !found.namespaces.has(n));
			((route.pages ??= {})[locale] ??= {})[value] = added.sort();
		}
		if (route.namespaces.length > 0 || route.pages) plan.routes[routeId] = route;
	}
	const seen = new Set<string>();
	for (let id = targets.pop(); id !== undefined; id = targets.pop()) {
		if (seen.has(id)) continue;
		seen.add(id);
		const found = reach(graph, [id], root);
		targets.push(...found.targets, ...found.pages);
		if (found.namespaces.size > 0) {
			plan.onDemand[demandKey(id, root)] = { id, namespaces: [...found.namespaces].sort() };
		}
	}
	return plan;
}

/**
 * What `client` (the plan of the final graph, as bundled) has a page read that `plan` (the plan
 * the messages files were made from) leaves out of its files: one line each, none if all is there.
 */
export function missingMessages(plan: Plan, client: Plan): string[] {
	const missing: string[] = [];
	for (const [routeId, route] of Object.entries(client.routes)) {
		const planned = plan.routes[routeId];
		for (const namespace of route.namespaces) {
			if (!planned?.namespaces.includes(namespace)) missing.push(`${routeId}: ${namespace}`);
		}
		for (const locale of locales) {
			for (const [page, own] of Object.entries(route.pages?.[locale] ?? {})) {
				const has = [...(planned?.namespaces ?? []), ...(planned?.pages?.[locale]?.[page] ?? [])];
				for (const namespace of own.filter((n) => !has.includes(n))) {
					missing.push(`${routeId} (${locale} ${page}): ${namespace}`);
				}
			}
		}
	}
	for (const [key, { id, namespaces }] of Object.entries(client.onDemand)) {
		const has = plan.onDemand[key]?.namespaces ?? [];
		for (const namespace of namespaces.filter((n) => !has.includes(n))) {
			missing.push(`${id} (on demand): ${namespace}`);
		}
	}
	return missing;
}

/** A short, stable key for a module imported on demand (its path from the project's root). */
export const demandKey = (id: string, root: string) =>
	createHash('sha256')
		.update(relative(root, id.replace(/\?.*$/, '')).replaceAll('\\', '/'))
		.digest('base64url')
		.slice(0, 8);

/** `messages-en-calculate-clv`: the file's name, from the route (its locale param left out). */
export const bundleName = (locale: Locale, routeId: string, page?: string) =>
	[
		'messages',
		locale,
		...routeId
			.split('/')
			.filter((part) => part !== '' && part !== '[lang=locale]')
			.map((part) => part.replace(/[^\w-]+/g, '')),
		...(page === undefined ? [] : [page])
	].join('-') || 'messages';

/** `messages-en-PresentControls-<key>`: the file of a module imported on demand. */
export const demandName = (locale: Locale, key: string, id: string) =>
	`messages-${locale}-${(id.replace(/\?.*$/, '').split('/').pop() ?? '').replace(/\.\w+$/, '').replace(/[^\w-]+/g, '')}-${key}`;

/** Every messages file of the browser build: its name → the namespaces it holds. */
export function bundles(plan: Plan) {
	const all = new Map<string, { locale: Locale; namespaces: string[] }>();
	for (const [key, { id, namespaces }] of Object.entries(plan.onDemand)) {
		for (const locale of locales) all.set(demandName(locale, key, id), { locale, namespaces });
	}
	for (const [routeId, route] of Object.entries(plan.routes)) {
		for (const locale of locales) {
			all.set(bundleName(locale, routeId), { locale, namespaces: route.namespaces });
			for (const [page, own] of Object.entries(route.pages?.[locale] ?? {})) {
				all.set(bundleName(locale, routeId, page), {
					locale,
					namespaces: [...route.namespaces, ...own].sort()
				});
			}
		}
	}
	return all;
}
