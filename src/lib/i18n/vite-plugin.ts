/**
 * Ships only the page's language's messages (issue 20). Every page lives under /en/ or /zh/, so
 * its language is known before it hydrates; until this plugin, each page loaded the message
 * modules it uses in both languages.
 *
 * Source stays as it is: a component imports both message modules of a feature and picks one
 * with the page's locale (`./page-messages.ts` says why). In the browser build:
 *
 * 1. each import of `src/lib/i18n/messages/<locale>/<namespace>.ts` resolves to a one-line
 *    stand-in, `messagesOf(locale, namespace)`, so no page's code holds any messages;
 * 2. each page route gets one file per language holding the message modules its pages read on
 *    load (what its layouts, page and error pages import statically, transitively), copied into
 *    that file so a page loads one file of messages, not one per namespace; a route with a file
 *    per page (an article, by its `slug`) gets one per page, with that page's messages added;
 *    the `[lang]` layout's `load` awaits it before the page renders (`loadPageMessages`);
 * 3. a module imported on demand (`import('./Panel.svelte')`: presenting, a share-link notice,
 *    the saved-scenarios panels) gets a file per language of what it reads, and every dynamic
 *    `import()` of the site's own modules waits for it (`onDemand`), fetching it only when the
 *    page's file lacks some of those messages. So a page's first load holds only the messages it
 *    can show on load, in its language.
 *
 * The files must be known before the bundler has its whole graph, so this plugin first walks the
 * browser build's graph from the routes' files itself (`crawl`, loading every module through the
 * bundler), and when the bundle is written checks the final graph against that walk: the build
 * fails if a page could read a namespace that its files lack.
 *
 * Left as they are (both languages, imported as modules): the error pages and the 404 page, which
 * must show without the layout's `load` (their importers are listed in `realImporters`), and the
 * lifecycle presets' state names, which the lifecycle calculator reads in both languages
 * (`bilingual`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { init as initLexer, parse as parseImports } from 'es-module-lexer';
import { normalizePath, type Plugin, type Rolldown } from 'vite';
import { locales, type Locale } from './locales.ts';

/** Namespaces a page reads in both languages; they stay ordinary modules. */
const bilingual = new Set(['lifecycle-states']);

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
const perPage = { module: /\/content\/(en|zh)\/([^/]+)\.md$/, param: 'slug' };

const routesDir = 'src/routes';
const mapId = 'virtual:clv-lab/page-messages';
const bundlePrefix = `${mapId}/`;
/** Ids of the stand-ins of message modules in the browser build. */
export const standInPrefix = '\0clv-lab/messages/';
const copyQuery = '?page-messages=';

/** Namespaces a route's pages read on load. */
interface RoutePlan {
	namespaces: string[];
	/** By locale, then by the per-page param's value: namespaces that page adds. */
	pages?: Partial<Record<Locale, Record<string, string[]>>>;
}
interface Plan {
	routes: Record<string, RoutePlan>;
	/** By `demandKey` of a module imported on demand: the namespaces it and its imports read. */
	onDemand: Record<string, { id: string; namespaces: string[] }>;
}

interface ModuleLinks {
	importedIds: readonly string[];
	dynamicallyImportedIds: readonly string[];
}
interface ModuleGraph {
	getModuleInfo(id: string): ModuleLinks | null;
}

export function pageLocaleMessages(): Plugin[] {
	let root = normalizePath(process.cwd());
	let isBuild = false;
	const messagesDir = () => `${root}/src/lib/i18n/messages/`;

	/** `{ locale, namespace }` of a message module (or of its stand-in), else undefined. */
	function messageModule(id: string): { locale: Locale; namespace: string } | undefined {
		const path = id.startsWith(standInPrefix)
			? id.slice(standInPrefix.length)
			: id.startsWith(messagesDir())
				? id.slice(messagesDir().length).replace(/\?.*$/, '')
				: undefined;
		const match = path?.match(/^(en|zh)\/([\w-]+?)(\.ts)?$/);
		return match ? { locale: match[1] as Locale, namespace: match[2]! } : undefined;
	}

	const keepsRealMessages = (importer: string) => {
		const path = relative(root, importer.replace(/\?.*$/, '')).replaceAll('\\', '/');
		return (
			messageModule(importer) !== undefined ||
			realImporters.some((entry) => (entry.endsWith('/') ? path.startsWith(entry) : path === entry))
		);
	};

	/** Route id → the files of its page, its layouts and its error pages. */
	function routeFiles(): Map<string, string[]> {
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
	function reach(graph: ModuleGraph, starts: string[]) {
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
				const message = messageModule(to);
				if (message) {
					if (!keepsRealMessages(id) && !bilingual.has(message.namespace)) {
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

	/**
	 * The browser build's graph from the routes' files, loading what the bundler has not loaded
	 * yet: the messages files must exist before the bundler has its whole graph.
	 */
	async function crawl(context: Rolldown.PluginContext): Promise<ModuleGraph> {
		const links = new Map<string, ModuleLinks>();
		const visits = new Map<string, Promise<void>>();
		const follow = (id: string) =>
			!id.startsWith('\0') && !id.includes('/node_modules/') && messageModule(id) === undefined;
		const visit = (id: string): Promise<void> => {
			let visiting = visits.get(id);
			if (!visiting) {
				visiting = context.load({ id, resolveDependencies: true }).then((info) => {
					links.set(id, info);
					const next = [...info.importedIds, ...info.dynamicallyImportedIds].filter(follow);
					return Promise.all(next.map(visit)).then(() => undefined);
				});
				visits.set(id, visiting);
			}
			return visiting;
		};
		await Promise.all([...routeFiles().values()].flat().map(visit));
		return { getModuleInfo: (id) => links.get(id) ?? null };
	}

	let planned: Promise<Plan> | undefined;
	const planOf = (context: Rolldown.PluginContext) => (planned ??= crawl(context).then(planFrom));

	function planFrom(graph: ModuleGraph): Plan {
		const plan: Plan = { routes: {}, onDemand: {} };
		const targets: string[] = [];
		for (const [routeId, files] of routeFiles()) {
			const found = reach(graph, files);
			targets.push(...found.targets);
			const route: RoutePlan = { namespaces: [...found.namespaces].sort() };
			for (const page of found.pages) {
				const [, locale, value] = page.match(perPage.module) as [string, Locale, string];
				if (!routeId.includes(`[${perPage.param}]`)) {
					throw new Error(`${routeId} imports ${page} but has no [${perPage.param}] param`);
				}
				const own = reach(graph, [page]);
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
			const found = reach(graph, [id]);
			targets.push(...found.targets, ...found.pages);
			if (found.namespaces.size > 0) {
				plan.onDemand[demandKey(id)] = { id, namespaces: [...found.namespaces].sort() };
			}
		}
		return plan;
	}

	/** A short, stable key for a module imported on demand (its path from the project's root). */
	const demandKey = (id: string) =>
		createHash('sha256')
			.update(relative(root, id.replace(/\?.*$/, '')).replaceAll('\\', '/'))
			.digest('base64url')
			.slice(0, 8);

	/** `messages-en-calculate-clv`: the file's name, from the route (its locale param left out). */
	const bundleName = (locale: Locale, routeId: string, page?: string) =>
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
	const demandName = (locale: Locale, key: string, id: string) =>
		`messages-${locale}-${(id.replace(/\?.*$/, '').split('/').pop() ?? '').replace(/\.\w+$/, '').replace(/[^\w-]+/g, '')}-${key}`;

	/** Every messages file of the browser build: its name → the namespaces it holds. */
	function bundles(plan: Plan) {
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

	const isClientBuild = (environment: { config: { consumer: string } }) =>
		isBuild && environment.config.consumer === 'client';

	const runtime = () => JSON.stringify(`${root}/src/lib/i18n/page-messages.ts`);

	/**
	 * Every `import('…')` of the site's own modules waits for the messages of what it imports
	 * (`onDemand`), after the other plugins (Svelte's compiler) have made the module JavaScript.
	 */
	const onDemandImports: Plugin = {
		name: 'clv-lab:page-locale-messages-on-demand',
		enforce: 'post',
		async transform(code, id) {
			if (!isClientBuild(this.environment) || !code.includes('import(')) return;
			if (id.startsWith('\0') || /\/(node_modules|\.svelte-kit)\//.test(id)) return;
			if (messageModule(id) || id.startsWith(`${root}/src/lib/i18n/`)) return;
			await initLexer;
			const [imports] = parseImports(code);
			const edits: { start: number; end: number; key: string }[] = [];
			for (const entry of imports) {
				if (entry.d < 0 || entry.n === undefined || entry.se <= entry.ss) continue;
				const resolved = await this.resolve(entry.n, id);
				if (!resolved || resolved.external || resolved.id.startsWith('\0')) continue;
				if (resolved.id.includes('/node_modules/') || perPage.module.test(resolved.id)) continue;
				edits.push({ start: entry.ss, end: entry.se, key: demandKey(resolved.id) });
			}
			if (edits.length === 0) return;
			let out = code;
			for (const { start, end, key } of edits.reverse()) {
				out = `${out.slice(0, start)}__clvOnDemand(${out.slice(start, end)}, ${JSON.stringify(key)})${out.slice(end)}`;
			}
			return {
				code: `import { onDemand as __clvOnDemand } from ${runtime()};\n${out}`,
				map: null
			};
		}
	};

	const main: Plugin = {
		name: 'clv-lab:page-locale-messages',
		// before Vite's own resolver, which would otherwise resolve the message modules
		enforce: 'pre',
		configResolved(config) {
			root = normalizePath(config.root);
			isBuild = config.command === 'build';
		},

		async resolveId(source, importer, options) {
			if (source === mapId || source.startsWith(bundlePrefix)) return `\0${source}`;
			if (!isClientBuild(this.environment) || !importer) return;
			const copy = importer.indexOf(copyQuery);
			if (copy >= 0) {
				// A module a messages file holds imports its own copy too (lifecycle's state names),
				// so that the file needs no other.
				const resolved = await this.resolve(source, importer.slice(0, copy), {
					...options,
					skipSelf: true
				});
				if (resolved && messageModule(resolved.id)) return `${resolved.id}${importer.slice(copy)}`;
				return;
			}
			if (keepsRealMessages(importer)) return;
			if (!/(^|\/)(en|zh)\/[\w-]+(\.ts)?$/.test(source)) return;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			const message = resolved && messageModule(resolved.id);
			if (!message || bilingual.has(message.namespace)) return;
			return `${standInPrefix}${message.locale}/${message.namespace}`;
		},

		async load(id) {
			if (id.startsWith(standInPrefix)) {
				const { locale, namespace } = messageModule(id)!;
				return (
					`import { messagesOf } from ${runtime()};\n` +
					`export default /* @__PURE__ */ messagesOf(${JSON.stringify(locale)}, ${JSON.stringify(namespace)});\n`
				);
			}
			if (id === `\0${mapId}`) {
				if (!isClientBuild(this.environment)) return 'export default null;\n';
				const plan = await planOf(this);
				const load = (name: string) => `() => import(${JSON.stringify(bundlePrefix + name)})`;
				const routes = Object.entries(plan.routes).map(([routeId, route]) => {
					const fields = locales.map((locale) => `${locale}: ${load(bundleName(locale, routeId))}`);
					if (route.pages) {
						const variants = locales.map((locale) => {
							const pages = Object.keys(route.pages?.[locale] ?? {}).map(
								(page) => `${JSON.stringify(page)}: ${load(bundleName(locale, routeId, page))}`
							);
							return `${locale}: { ${pages.join(', ')} }`;
						});
						fields.push(
							`param: ${JSON.stringify(perPage.param)}`,
							`variants: { ${variants.join(', ')} }`
						);
					}
					return `\t${JSON.stringify(routeId)}: { ${fields.join(', ')} }`;
				});
				const onDemand = Object.entries(plan.onDemand).map(([key, { id, namespaces }]) => {
					const fields = locales.map((l) => `${l}: ${load(demandName(l, key, id))}`);
					return `\t${JSON.stringify(key)}: { namespaces: ${JSON.stringify(namespaces)}, ${fields.join(', ')} }`;
				});
				return (
					`export default {\nroutes: {\n${routes.join(',\n')}\n},\n` +
					`onDemand: {\n${onDemand.join(',\n')}\n}\n};\n`
				);
			}
			if (id.startsWith(`\0${bundlePrefix}`)) {
				const name = id.slice(`\0${bundlePrefix}`.length);
				const bundle = bundles(await planOf(this)).get(name);
				if (!bundle) this.error(`no messages file ${name}`);
				const imports = bundle.namespaces.map(
					(namespace, i) =>
						`import m${i} from ${JSON.stringify(`${messagesDir()}${bundle.locale}/${namespace}.ts${copyQuery}${name}`)};`
				);
				const fields = bundle.namespaces.map(
					(namespace, i) => `${JSON.stringify(namespace)}: m${i}`
				);
				return `${imports.join('\n')}\nexport default { ${fields.join(', ')} };\n`;
			}
		},

		buildStart() {
			planned = undefined;
			if (!isClientBuild(this.environment)) return;
			for (const entry of realImporters) {
				if (!existsSync(join(root, entry))) {
					this.error(`${entry} is listed in realImporters (${import.meta.url}) but does not exist`);
				}
			}
		},

		async generateBundle(_options, output) {
			if (!isClientBuild(this.environment)) return;
			// The whole graph, as bundled: every namespace a page can read is in its file.
			const plan = await planOf(this);
			const client = planFrom(this);
			const missing: string[] = [];
			for (const [routeId, route] of Object.entries(client.routes)) {
				const planned = plan.routes[routeId];
				for (const namespace of route.namespaces) {
					if (!planned?.namespaces.includes(namespace)) missing.push(`${routeId}: ${namespace}`);
				}
				for (const locale of locales) {
					for (const [page, own] of Object.entries(route.pages?.[locale] ?? {})) {
						const has = [
							...(planned?.namespaces ?? []),
							...(planned?.pages?.[locale]?.[page] ?? [])
						];
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
			if (missing.length > 0) {
				this.error(
					`messages a page can read but its messages file lacks:\n  ${missing.join('\n  ')}`
				);
			}
			// Which file each route loads, for the first-load budget (tests/budget/first-load.js).
			const files: Record<string, string> = {};
			for (const chunk of Object.values(output)) {
				if (chunk.type === 'chunk' && chunk.facadeModuleId?.startsWith(`\0${bundlePrefix}`)) {
					files[chunk.facadeModuleId.slice(`\0${bundlePrefix}`.length)] = chunk.fileName;
				}
			}
			const routes = Object.fromEntries(
				Object.entries(plan.routes).map(([routeId, route]) => [
					routeId,
					{
						namespaces: route.namespaces,
						...Object.fromEntries(locales.map((l) => [l, files[bundleName(l, routeId)]])),
						...(route.pages && {
							param: perPage.param,
							pages: Object.fromEntries(
								locales.map((l) => [
									l,
									Object.fromEntries(
										Object.keys(route.pages?.[l] ?? {}).map((page) => [
											page,
											files[bundleName(l, routeId, page)]
										])
									)
								])
							)
						})
					}
				])
			);
			this.emitFile({
				type: 'asset',
				fileName: '.vite/page-messages.json',
				source: `${JSON.stringify({ routes }, null, '\t')}\n`
			});
		}
	};

	return [main, onDemandImports];
}
