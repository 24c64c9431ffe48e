/**
 * Which messages each page of the browser build needs (issue 20), worked out from a module graph:
 * the namespaces a route's pages read on load, those an article's page adds, those a module
 * imported on demand reads, and which of those on-demand modules each page can import; then the
 * messages files that hold them. Pure but for looking at the project's files (`routeFiles`,
 * `missingRealImporters`); `./vite-plugin.ts` supplies the graph and writes the files.
 *
 * The files (`pageFiles`, `bundles`):
 * - one per route and language with the namespaces its pages read on load, loaded before the
 *   page renders; it also lists, for each module the page can import on demand (transitively)
 *   that reads a namespace the file lacks, the file that brings the rest. On-demand modules whose
 *   namespaces the page already has get no entry, and nothing about on-demand modules sits in the
 *   map every page loads (`virtual:clv-lab/page-messages`). Routes whose files would be the same
 *   share one.
 * - one per article page and language with what it adds to its route's (namespaces, and its
 *   islands' entries), which the article's component imports.
 * - one per language and set of namespaces that some page lacks for some on-demand module
 *   (`demandName`): modules that lack the same namespaces share it.
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

/** What a route's pages (or one article's page, beyond its route) read on load and can import. */
export interface Reads {
	namespaces: string[];
	/**
	 * `demandKey`s of the modules it can import on demand, directly or through one another, that
	 * read messages (sorted).
	 */
	onDemand: string[];
}
/** A route's pages, and by locale, then by the per-page param's value, what a page adds. */
export interface RoutePlan extends Reads {
	pages?: Partial<Record<Locale, Record<string, Reads>>>;
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

/**
 * The links of every module reachable from `starts` (static and dynamic imports) that `follow`
 * accepts, each loaded once with `load`. Modules may import each other in a cycle: a module's
 * walk never waits for a module whose walk is under way (a walk that awaited every import's walk
 * would wait for itself around a cycle, and the build would hang without a word); the whole walk
 * ends once every load it started has finished.
 */
export async function walkModules(
	starts: Iterable<string>,
	load: (id: string) => Promise<ModuleLinks>,
	follow: (id: string) => boolean
): Promise<Map<string, ModuleLinks>> {
	const links = new Map<string, ModuleLinks>();
	const started = new Set<string>();
	const loads: Promise<void>[] = [];
	const visit = (id: string) => {
		if (started.has(id)) return;
		started.add(id);
		loads.push(
			load(id).then((info) => {
				links.set(id, info);
				for (const next of [...info.importedIds, ...info.dynamicallyImportedIds]) {
					if (follow(next)) visit(next);
				}
			})
		);
	};
	for (const id of starts) visit(id);
	// Each load adds its imports' loads before it settles: the list grows while it is awaited.
	for (let i = 0; i < loads.length; i++) await loads[i];
	return links;
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
	/** Module imported on demand → what it reads and imports on demand in turn. */
	const demanded = new Map<string, { namespaces: Set<string>; next: string[] }>();
	const keyed = new Map<string, string>();
	/** `demandKey`s of the message-reading modules reachable on demand from `starts`, sorted. */
	const onDemandFrom = (starts: Iterable<string>) => {
		const keys = new Set<string>();
		const todo = [...starts];
		const seen = new Set<string>();
		for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
			if (seen.has(id)) continue;
			seen.add(id);
			let found = demanded.get(id);
			if (!found) {
				const reached = reach(graph, [id], root);
				found = { namespaces: reached.namespaces, next: [...reached.targets, ...reached.pages] };
				demanded.set(id, found);
				const key = demandKey(id, root);
				const other = keyed.get(key);
				if (other !== undefined && other !== id.replace(/\?.*$/, '')) {
					throw new Error(`${id} and ${other} have the same on-demand key ${key}`);
				}
				keyed.set(key, id.replace(/\?.*$/, ''));
				if (found.namespaces.size > 0) {
					// (one module under two queries shares its key: it gets what both read)
					const known = plan.onDemand[key]?.namespaces ?? [];
					const namespaces = [...new Set([...known, ...found.namespaces])].sort();
					plan.onDemand[key] = { id: plan.onDemand[key]?.id ?? id, namespaces };
				}
			}
			if (found.namespaces.size > 0) keys.add(demandKey(id, root));
			todo.push(...found.next);
		}
		return [...keys].sort();
	};
	for (const [routeId, files] of routes) {
		const found = reach(graph, files, root);
		const route: RoutePlan = {
			namespaces: [...found.namespaces].sort(),
			onDemand: onDemandFrom(found.targets)
		};
		for (const page of found.pages) {
			const [, locale, value] = page.match(perPage.module) as [string, Locale, string];
			if (!routeId.includes(`[${perPage.param}]`)) {
				throw new Error(`${routeId} imports ${page} but has no [${perPage.param}] param`);
			}
			const own = reach(graph, [page], root);
			((route.pages ??= {})[locale] ??= {})[value] = {
				namespaces: [...own.namespaces].filter((n) => !found.namespaces.has(n)).sort(),
				onDemand: onDemandFrom([...own.targets, ...own.pages]).filter(
					(key) => !route.onDemand.includes(key)
				)
			};
		}
		if (route.namespaces.length > 0 || route.onDemand.length > 0 || route.pages) {
			plan.routes[routeId] = route;
		}
	}
	return plan;
}

/**
 * The number each module imported on demand is known by in the browser build, which its
 * `import()` passes to `onDemand` (src/lib/i18n/page-messages.ts), by `demandKey`: one per set of
 * namespaces such modules read (1, 2, … in the order of the sets' names), so that modules reading
 * the same namespaces share one entry in a page's file. (A module that reads none has no number.)
 */
export function demandIds(plan: Plan): Map<string, number> {
	const named = Object.entries(plan.onDemand).map(([key, e]) => [key, e.namespaces.join(' ')]);
	const sets = [...new Set(named.map(([, set]) => set!))].sort();
	return new Map(named.map(([key, set]) => [key!, sets.indexOf(set!) + 1]));
}

/** One messages file a page loads before it renders. */
export interface PageFile {
	locale: Locale;
	routeId: string;
	/** The per-page param's value, for an article's own file. */
	page?: string;
	namespaces: string[];
	/**
	 * By `demandKey`, for each module the page can import on demand that reads namespaces this
	 * file lacks: those namespaces.
	 */
	onDemand: Record<string, string[]>;
	/**
	 * The namespaces its own file holds: a route's file holds all of them; an article's file (which
	 * its component imports, so it loads with it) only what the article adds to its route's.
	 */
	holds: string[];
	/**
	 * What its own file lists for on-demand modules: by their number (`demandIds`), the namespaces
	 * they lack, whose file (`demandName`) they wait for. An article's file lists only the modules
	 * its route's pages do not import (its islands).
	 */
	loads: Record<number, string[]>;
	/**
	 * The name of its own file: for a route, the first route file (`bundleName`) of the same
	 * language, namespaces and `loads` (listing pages, a workshop's three pages share one).
	 */
	file: string;
}

/**
 * Every page's messages, by the name of its own file (`bundleName`): a route's pages, and each
 * article's page beyond its route's.
 */
export function pageFiles(plan: Plan): Map<string, PageFile> {
	const files = new Map<string, PageFile>();
	const ids = demandIds(plan);
	const same = new Map<string, string>();
	const lackingOf = (routeId: string, reads: Reads) => {
		const lacking: Record<string, string[]> = {};
		for (const key of reads.onDemand) {
			const entry = plan.onDemand[key];
			if (!entry) throw new Error(`${routeId}: no on-demand module has the key ${key}`);
			const lacks = entry.namespaces.filter((n) => !reads.namespaces.includes(n));
			if (lacks.length > 0) lacking[key] = lacks;
		}
		return lacking;
	};
	const loadsOf = (lacking: Record<string, string[]>, keys: string[]) =>
		Object.fromEntries(
			Object.entries(lacking)
				.filter(([key]) => keys.includes(key))
				.map(([key, lacks]) => [ids.get(key)!, lacks])
		);
	for (const [routeId, route] of Object.entries(plan.routes)) {
		for (const locale of locales) {
			const onDemand = lackingOf(routeId, route);
			const loads = loadsOf(onDemand, route.onDemand);
			const name = bundleName(locale, routeId);
			const content = JSON.stringify([locale, route.namespaces, loads]);
			if (!same.has(content)) same.set(content, name);
			files.set(name, {
				locale,
				routeId,
				namespaces: route.namespaces,
				onDemand,
				holds: route.namespaces,
				loads,
				file: same.get(content)!
			});
			for (const [page, own] of Object.entries(route.pages?.[locale] ?? {})) {
				const reads = {
					namespaces: [...route.namespaces, ...own.namespaces].sort(),
					onDemand: [...route.onDemand, ...own.onDemand].sort()
				};
				const lacking = lackingOf(routeId, reads);
				const name = bundleName(locale, routeId, page);
				files.set(name, {
					locale,
					routeId,
					page,
					namespaces: reads.namespaces,
					onDemand: lacking,
					holds: own.namespaces,
					loads: loadsOf(lacking, own.onDemand),
					file: name
				});
			}
		}
	}
	return files;
}

/**
 * The file of the per-page module of `locale` and per-page param `value` (an article's component,
 * `content/<locale>/<value>.md`), or undefined if none of the plan's routes has it.
 */
export function perPageFile(plan: Plan, locale: Locale, value: string): string | undefined {
	const routes = Object.entries(plan.routes).filter(([, route]) => route.pages?.[locale]?.[value]);
	if (routes.length > 1) {
		const names = routes.map(([routeId]) => routeId).join(' and ');
		throw new Error(`${locale} ${value} is a page of ${names}: its messages file cannot fit both`);
	}
	return routes[0] && bundleName(locale, routes[0][0], value);
}

/**
 * What `client` (the plan of the final graph, as bundled) has a page read, on load or in a module
 * it can import on demand, that `plan` (the plan the messages files were made from) leaves out of
 * its files: one line each, none if all is there.
 */
export function missingMessages(plan: Plan, client: Plan): string[] {
	const missing: string[] = [];
	const planned = pageFiles(plan);
	for (const [name, file] of pageFiles(client)) {
		const where = `${file.routeId}${file.page === undefined ? '' : ` (${file.locale} ${file.page})`}`;
		const has = planned.get(name);
		if (!has) {
			missing.push(`${where}: no messages file ${name}`);
			continue;
		}
		for (const namespace of file.namespaces.filter((n) => !has.namespaces.includes(n))) {
			missing.push(`${where}: ${namespace}`);
		}
		for (const key of Object.keys(file.onDemand)) {
			const { id, namespaces } = client.onDemand[key]!;
			const brought = [...has.namespaces, ...(has.onDemand[key] ?? [])];
			for (const namespace of namespaces.filter((n) => !brought.includes(n))) {
				missing.push(`${where}, ${id} (on demand): ${namespace}`);
			}
		}
	}
	return [...new Set(missing)];
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

/**
 * `messages-en+keep+tools`: the file of `namespaces` (sorted) loaded on demand (`+` is in no
 * route's file name).
 */
export const demandName = (locale: Locale, namespaces: readonly string[]) =>
	`messages-${locale}+${namespaces.join('+')}`;

/** Every messages file of the browser build: its name → the namespaces it holds. */
export function bundles(plan: Plan) {
	const all = new Map<string, { locale: Locale; namespaces: string[] }>();
	for (const [name, file] of pageFiles(plan)) {
		if (file.file === name) all.set(name, { locale: file.locale, namespaces: file.holds });
		for (const namespaces of Object.values(file.loads)) {
			all.set(demandName(file.locale, namespaces), { locale: file.locale, namespaces });
		}
	}
	return all;
}
