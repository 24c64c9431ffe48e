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
 *    that file so a page loads one file of messages, not one per namespace; the `[lang]`
 *    layout's `load` awaits it before the page renders (`loadPageMessages`). A module a route
 *    imports per page (an article's component, by its `slug`) imports a file of what it adds
 *    (`provide`), so it loads with the component, which the page's `load` awaits, and the map
 *    every page loads names only the routes' files;
 * 3. a module imported on demand (`import('./Panel.svelte')`: presenting, a share-link notice,
 *    the saved-scenarios panels, an island) that reads messages a page's file lacks is listed in
 *    that page's file, with a loader of a file holding what it lacks (one file per language and
 *    set of namespaces lacking, whichever modules and pages lack it), and every dynamic
 *    `import()` of the site's own modules waits for that file, if the page's file lists the
 *    module (`onDemand`). So a page's first load holds only the messages it can show on load, in
 *    its language. Modules reading the same namespaces share a number (`demandIds`), written
 *    into their `import()`s when the chunks are rendered, and with it one entry in a page's file;
 *    pages whose files would be the same share one.
 *
 * The files must be known before the bundler has its whole graph, so this plugin first walks the
 * browser build's graph from the routes' files itself (`crawl`, loading every module through the
 * bundler), and when the bundle is written checks the final graph against that walk: the build
 * fails if a page could read a namespace that its files lack. What each file holds is worked out
 * in `./page-messages-plan.ts`; this file wires it into the build.
 */
import { relative } from 'node:path';
import { init as initLexer, parse as parseImports } from 'es-module-lexer';
import { normalizePath, type Plugin, type Rolldown } from 'vite';
import { locales, type Locale } from './locales.ts';
import {
	bilingual,
	bundleName,
	bundles,
	demandIds,
	demandKey,
	demandName,
	pageFiles,
	keepsRealMessages,
	messageModule,
	messagesDir,
	missingMessages,
	missingRealImporters,
	perPage,
	perPageFile,
	planFrom,
	routeFiles,
	standInPrefix,
	type ModuleGraph,
	type Plan,
	walkModules
} from './page-messages-plan.ts';

export { standInPrefix };

const mapId = 'virtual:clv-lab/page-messages';
const bundlePrefix = `${mapId}/`;
/** `${pagePrefix}<locale>/<slug>`: the messages file of a per-page module (an article's). */
const pagePrefix = `${bundlePrefix}page:`;
const copyQuery = '?page-messages=';
/** Prefix of the `demandKey` an `import()` carries until the chunk is written. */
const demandMark = 'clv-lab-on-demand:';
/** A loader of the messages file `name`. */
const load = (name: string) => `() => import(${JSON.stringify(bundlePrefix + name)})`;

export function pageLocaleMessages(): Plugin[] {
	let root = normalizePath(process.cwd());
	/** Modules whose `import()`s carry `demandMark`s. */
	const marking = new Set<string>();
	/** The messages files of the browser build as written (`_app/immutable/chunks/….js`). */
	const messagesFiles = new Set<string>();
	let isBuild = false;
	/** The plan over `graph` of the routes now in `src/routes`. */
	const planOver = (graph: ModuleGraph) => planFrom(graph, routeFiles(root), root);

	/**
	 * The browser build's graph from the routes' files, loading what the bundler has not loaded
	 * yet: the messages files must exist before the bundler has its whole graph.
	 */
	async function crawl(context: Rolldown.PluginContext): Promise<ModuleGraph> {
		const follow = (id: string) =>
			!id.startsWith('\0') &&
			!id.includes('/node_modules/') &&
			messageModule(id, root) === undefined;
		const links = await walkModules(
			[...routeFiles(root).values()].flat(),
			(id) => context.load({ id, resolveDependencies: true }),
			follow
		);
		return { getModuleInfo: (id) => links.get(id) ?? null };
	}

	let planned: Promise<Plan> | undefined;
	/** The plan, once made (the map module's `load` waits for it, long before any chunk is written). */
	let madePlan: Plan | undefined;
	const planOf = (context: Rolldown.PluginContext) =>
		(planned ??= crawl(context)
			.then(planOver)
			.then((made) => (madePlan = made)));

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
			if (!isClientBuild(this.environment)) return;
			// An article's component brings its own messages file: it loads with the component,
			// which the page's `load` imports before the page renders (no entry in the map).
			const perPageModule = !id.startsWith('\0') && id.match(perPage.module);
			if (perPageModule) {
				const [, locale, value] = perPageModule;
				return {
					code: `import ${JSON.stringify(`${pagePrefix}${locale}/${value}`)};\n${code}`,
					map: null
				};
			}
			if (!code.includes('import(')) return;
			if (id.startsWith('\0') || /\/(node_modules|\.svelte-kit)\//.test(id)) return;
			if (messageModule(id, root) || id.startsWith(`${root}/src/lib/i18n/`)) return;
			await initLexer;
			const [imports] = parseImports(code);
			const edits: { start: number; end: number; key: string }[] = [];
			for (const entry of imports) {
				if (entry.d < 0 || entry.n === undefined || entry.se <= entry.ss) continue;
				const resolved = await this.resolve(entry.n, id);
				if (!resolved || resolved.external || resolved.id.startsWith('\0')) continue;
				if (resolved.id.includes('/node_modules/') || perPage.module.test(resolved.id)) continue;
				edits.push({ start: entry.ss, end: entry.se, key: demandKey(resolved.id, root) });
			}
			if (edits.length === 0) return;
			marking.add(id);
			let out = code;
			for (const { start, end, key } of edits.reverse()) {
				out = `${out.slice(0, start)}__clvOnDemand(${out.slice(start, end)}, ${JSON.stringify(demandMark + key)})${out.slice(end)}`;
			}
			return {
				code: `import { onDemand as __clvOnDemand } from ${runtime()};\n${out}`,
				map: null
			};
		},

		// The marks become the modules' numbers (`demandIds`), once the plan is known: modules
		// reading the same namespaces share one, and with it one entry in a page's file.
		async renderChunk(code) {
			if (!isClientBuild(this.environment) || !code.includes(demandMark)) return;
			const ids = demandIds(await planOf(this));
			const marked = new RegExp(`(["'\`])${demandMark}([\\w-]+)\\1`, 'g');
			return {
				code: code.replaceAll(marked, (_, _quote, key) => String(ids.get(key) ?? 0)),
				map: null
			};
		},
		augmentChunkHash(chunk) {
			if (!isClientBuild(this.environment)) return;
			if (!chunk.moduleIds.some((id) => marking.has(id))) return;
			if (!madePlan) this.error('the page-messages plan is not made yet');
			return JSON.stringify([...demandIds(madePlan)]);
		}
	};

	const main: Plugin = {
		name: 'clv-lab:page-locale-messages',
		// before Vite's own resolver, which would otherwise resolve the message modules
		enforce: 'pre',
		config() {
			return {
				build: {
					modulePreload: {
						// A messages file imports only Vite's preload helper (for its on-demand
						// loaders), from SvelteKit's start file, which every page has run before any
						// `load`: listing it and its imports beside each loader in the map would cost
						// every page ~0.6 kB gzip for nothing.
						resolveDependencies: (file, deps) => (messagesFiles.has(file) ? [] : deps)
					}
				}
			};
		},
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
				if (resolved && messageModule(resolved.id, root))
					return `${resolved.id}${importer.slice(copy)}`;
				return;
			}
			if (keepsRealMessages(importer, root)) return;
			if (!/(^|\/)(en|zh)\/[\w-]+(\.ts)?$/.test(source)) return;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			const message = resolved && messageModule(resolved.id, root);
			if (!message || bilingual.has(message.namespace)) return;
			return `${standInPrefix}${message.locale}/${message.namespace}`;
		},

		async load(id) {
			if (id.startsWith(standInPrefix)) {
				const { locale, namespace } = messageModule(id, root)!;
				return (
					`import { messagesOf } from ${runtime()};\n` +
					`export default /* @__PURE__ */ messagesOf(${JSON.stringify(locale)}, ${JSON.stringify(namespace)});\n`
				);
			}
			if (id === `\0${mapId}`) {
				if (!isClientBuild(this.environment)) return 'export default null;\n';
				const plan = await planOf(this);
				const files = pageFiles(plan);
				const loadOf = (locale: Locale, routeId: string) =>
					load(files.get(bundleName(locale, routeId))!.file);
				const routes = Object.keys(plan.routes).map((routeId) => {
					const fields = locales.map((locale) => `${locale}: ${loadOf(locale, routeId)}`);
					return `\t${JSON.stringify(routeId)}: { ${fields.join(', ')} }`;
				});
				return `export default {\nroutes: {\n${routes.join(',\n')}\n}\n};\n`;
			}
			if (id.startsWith(`\0${pagePrefix}`)) {
				const plan = await planOf(this);
				const [locale, value] = id.slice(`\0${pagePrefix}`.length).split('/') as [Locale, string];
				const name = perPageFile(plan, locale, value);
				if (!name) return 'export {};\n';
				return `import ${JSON.stringify(bundlePrefix + name)};\n`;
			}
			if (id.startsWith(`\0${bundlePrefix}`)) {
				const name = id.slice(`\0${bundlePrefix}`.length);
				const plan = await planOf(this);
				const bundle = bundles(plan).get(name);
				if (!bundle) this.error(`no messages file ${name}`);
				const imports = bundle.namespaces.map(
					(namespace, i) =>
						`import m${i} from ${JSON.stringify(`${messagesDir(root)}${bundle.locale}/${namespace}.ts${copyQuery}${name}`)};`
				);
				const fields = bundle.namespaces.map(
					(namespace, i) => `${JSON.stringify(namespace)}: m${i}`
				);
				const messages = `{ ${fields.join(', ')} }`;
				const page = pageFiles(plan).get(name);
				if (!page) return `${imports.join('\n')}\nexport default ${messages};\n`;
				// A page's file: for each module it can import on demand that reads messages it
				// lacks, the file with the rest (one loader per file, shared by the modules).
				let code = imports.join('\n');
				{
					const loaders = new Map<string, string>();
					const entries = Object.entries(page.loads).map(([id, namespaces]) => {
						const file = demandName(page.locale, namespaces);
						let loader = loaders.get(file);
						if (!loader) {
							loader = `d${loaders.size}`;
							loaders.set(file, loader);
						}
						return `${id}: ${loader}`;
					});
					for (const [file, loader] of loaders) {
						code += `\nconst ${loader} = ${load(file)};`;
					}
					const onDemand = `{ ${entries.join(', ')} }`;
					// An article's file, which its component imports: it hands its messages over
					// itself, in the component's language.
					if (page.page !== undefined) {
						code =
							`import { provide } from ${runtime()};\n${code}\n` +
							`provide(${JSON.stringify(page.locale)}, ${messages}, ${onDemand});\n`;
					} else {
						code += `\nexport default ${messages};\nexport const onDemand = ${onDemand};\n`;
					}
				}
				return code;
			}
		},

		buildStart() {
			planned = undefined;
			if (!isClientBuild(this.environment)) return;
			madePlan = undefined;
			marking.clear();
			for (const message of missingRealImporters(root)) this.error(message);
		},

		async generateBundle(_options, output) {
			if (!isClientBuild(this.environment)) return;
			// (before Vite's own generateBundle, which asks `resolveDependencies`)
			messagesFiles.clear();
			for (const chunk of Object.values(output)) {
				if (chunk.type === 'chunk' && chunk.facadeModuleId?.startsWith(`\0${bundlePrefix}`)) {
					messagesFiles.add(chunk.fileName);
				}
			}
			// The whole graph, as bundled: every namespace a page can read is in its file.
			const plan = await planOf(this);
			const missing = missingMessages(plan, planOver(this));
			if (missing.length > 0) {
				this.error(
					`messages a page can read but its messages file lacks:\n  ${missing.join('\n  ')}`
				);
			}
			// Which file each route loads, for the first-load budget (tests/budget/first-load.js).
			const written: Record<string, string> = {};
			for (const chunk of Object.values(output)) {
				if (chunk.type === 'chunk' && chunk.facadeModuleId?.startsWith(`\0${bundlePrefix}`)) {
					written[chunk.facadeModuleId.slice(`\0${bundlePrefix}`.length)] = chunk.fileName;
				}
			}
			// (An article's own file is not listed: its component imports it, so it counts with it.)
			const pages = pageFiles(plan);
			const routes = Object.fromEntries(
				Object.entries(plan.routes).map(([routeId, route]) => [
					routeId,
					{
						namespaces: route.namespaces,
						...Object.fromEntries(
							locales.map((l) => [l, written[pages.get(bundleName(l, routeId))!.file]])
						)
					}
				])
			);
			// And, by page (its route's file, or an article's own name), the file each module it
			// can import on demand waits for (by the module's path), for reading what a page can
			// fetch later.
			const onDemand = Object.fromEntries(
				[...pages.values()].map((page) => [
					written[page.file] ?? page.file,
					Object.fromEntries(
						Object.entries(page.onDemand).map(([key, namespaces]) => [
							relative(root, plan.onDemand[key]!.id).replaceAll('\\', '/'),
							{ namespaces, file: written[demandName(page.locale, namespaces)] }
						])
					)
				])
			);
			this.emitFile({
				type: 'asset',
				fileName: '.vite/page-messages.json',
				source: `${JSON.stringify({ routes, onDemand }, null, '\t')}\n`
			});
		}
	};

	return [main, onDemandImports];
}
