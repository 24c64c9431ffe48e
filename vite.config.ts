import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin, Rolldown } from 'vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { buildTime } from './src/lib/build-time/vite-plugin.ts';
import { firstLoadSets } from './src/lib/build/first-load-chunks.ts';
import { stdlibBuiltins } from './src/lib/build/stdlib-builtins.ts';
import { init as initLexer } from 'es-module-lexer';
import { contentCheck } from './src/lib/content/vite-plugin.ts';
import { pageLocaleMessages, standInPrefix } from './src/lib/i18n/vite-plugin.ts';
import { islands } from './src/lib/ui/island/vite-plugin.ts';
import { chromiumArgs, executablePath } from './tests/chromium.ts';
import { isolatedSpecs, nodeSpecs } from './tests/unit-specs.ts';

/**
 * Client chunks: every localized page loads the framework (Svelte, SvelteKit's client) and the
 * shell (what the `[lang]` layout renders: header, footer, presentation layer, their messages).
 * Left to automatic splitting they come as ~15 small files, because some pages share one part and
 * other pages another; each file is one more request, response and compile competing with the
 * first paint. Two groups make them two files (about 10 fewer requests and 2–3 kB less gzip per
 * page, measured on the built site). Only modules a page imports statically (`$initial`) are
 * grouped, so nothing loaded on demand (chart.js, panels, workers) becomes first-load.
 */
const framework =
	/[\\/]node_modules[\\/](svelte|@sveltejs[\\/]kit|devalue|esm-env|clsx)[\\/]|^\0(rolldown[\\/]runtime|vite[\\/]preload-helper)/;
/** SvelteKit's generated entries (start, app, one per route node) stay entries of their own. */
const generated = /[\\/]\.svelte-kit[\\/]generated[\\/]/;

/** `src/routes/<segment>/+layout.*`: the layouts around every localized page. */
function localeLayouts(): string[] {
	return readdirSync('src/routes', { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((entry) =>
			['+layout.svelte', '+layout.ts', '+layout.js'].map((file) =>
				resolve(join('src/routes', entry.name, file))
			)
		)
		.filter((file) => existsSync(file));
}

/** Modules the locale layouts import statically, transitively (computed once per build). */
let shell: Set<string> | undefined;
function inShell(id: string, context: Rolldown.ChunkingContext): boolean {
	if (!shell) {
		const found = new Set<string>();
		const stack = localeLayouts();
		for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
			if (found.has(next)) continue;
			found.add(next);
			stack.push(...(context.getModuleInfo(next)?.importedIds ?? []));
		}
		shell = found;
	}
	return shell.has(id);
}

function frameworkChunk(id: string): string | null {
	return !generated.test(id) && framework.test(id) ? 'framework' : null;
}

/**
 * The shell, with the one-line stand-ins for message modules (src/lib/i18n/vite-plugin.ts), also
 * those that only pages or panels import: ~40 lines in all, where leaving them to automatic
 * splitting makes tiny files of a few of them that some pages load.
 */
function shellChunk(id: string, context: Rolldown.ChunkingContext): string | null {
	if (generated.test(id)) return null;
	return id.startsWith(standInPrefix) || inShell(id, context) ? 'shell' : null;
}

/**
 * Everything else a page runs on load (the calculators' kit, the home page's and the articles'
 * shared parts) goes into files by the set of pages that load it, so a page loads one file per
 * distinct set rather than one per module. Pages here are the bundle's entries (SvelteKit's start,
 * app and route nodes) and what a route's universal `load` imports (an article's component, a
 * page's messages file: dynamic imports of the modules `+page.ts` and `+layout.ts` import
 * statically). Other dynamic imports (islands, charts, panels, workers, sections that hydrate
 * when near) are loaded on demand and do not count: without this group the bundler also splits
 * by them, and since the islands came each calculator that articles embed split the kit its page
 * loads into ~8 files of 0.2–3 kB (~1.3 kB gzip more per calculator page and on the home page).
 * A module on demand only is left to automatic splitting, so nothing on demand becomes
 * first-load; a module only one page loads stays with that page's entry (automatic splitting
 * puts it there). Which pages load what is worked out in src/lib/build/first-load-chunks.ts.
 * Dependencies are not pulled in recursively: each module joins the file of its own set of pages;
 * since whatever imports a module is loaded by a subset of its pages, files import files of larger
 * sets, and `clientChunks` fails the build if they ever import each other in a cycle.
 */
let pagesOf: Map<string, string> | undefined;
function loadedBySamePages(id: string, context: Rolldown.ChunkingContext): string | null {
	pagesOf ??= firstLoadSets(id, (other) => context.getModuleInfo(other));
	return pagesOf.get(id) ?? null;
}

/**
 * chart.js ships as one ES module. The site registers its parts one by one
 * (src/lib/charts/chartjs.ts), and the bundler drops the controllers, elements and plugins it does
 * not register, but not four scales: their `static defaults = { … Ticks.formatters.logarithmic … }`
 * read properties of shared objects, which a bundler must assume may run a getter, so each class
 * stays as a statement nobody uses (~6 kB gzip of the on-demand chart chunk). Wrapping each in a
 * function call marked pure lets the bundler drop it when it is unused; where it is used, the
 * call runs at the same point of the module as the class did. The build fails if chart.js is
 * reshaped so that a class is no longer found (update the list, or delete this plugin).
 */
const unusedChartScales = ['LogarithmicScale', 'RadialLinearScale', 'TimeScale', 'TimeSeriesScale'];

function chartJsScalesPure(): Plugin {
	return {
		name: 'clv:chartjs-scales-pure',
		apply: 'build',
		transform: {
			filter: { id: /[\\/]node_modules[\\/]chart\.js[\\/]dist[\\/]chart\.js$/ },
			handler(code) {
				let out = code;
				for (const name of unusedChartScales) {
					const start = out.indexOf(`\nclass ${name} extends `);
					// chart.js's dist closes each top-level class with a `}` alone on a line.
					const end = start < 0 ? -1 : out.indexOf('\n}\n', start);
					if (end < 0) this.error(`chart.js: class ${name} not found (see vite.config.ts)`);
					const body = out.slice(start + 1, end + 2);
					out = `${out.slice(0, start + 1)}const ${name} = /* @__PURE__ */ (() => ${body})();${out.slice(end + 2)}`;
				}
				return { code: out, map: null };
			}
		}
	};
}

/**
 * The client build's chunking (above). In an environment hook because SvelteKit builds the server
 * first in the same process, where the config's `isSsrBuild` is still false, and sets
 * `preserveEntrySignatures: 'strict'` for both builds, which the first-load group cannot use.
 * The server's chunks stay as the bundler makes them: nothing downloads them.
 */
function clientChunks(): Plugin {
	return {
		name: 'clv:client-chunks',
		apply: 'build',
		async buildStart() {
			await initLexer;
		},
		generateBundle(_options, bundle) {
			if (this.environment.config.consumer !== 'client') return;
			// A file that imports, transitively, a file importing it would run its modules out of
			// order: the first-load group must never make one.
			const state = new Map<string, 'open' | 'done'>();
			const visit = (fileName: string, path: string[]) => {
				const chunk = bundle[fileName];
				if (chunk?.type !== 'chunk' || state.get(fileName) === 'done') return;
				if (state.get(fileName) === 'open') {
					if (process.env.CYCLE_OK) return;
					const cycle = [...path.slice(path.indexOf(fileName)), fileName].join(' → ');
					this.error(`client chunks import each other in a cycle: ${cycle}`);
				}
				state.set(fileName, 'open');
				for (const next of chunk.imports) visit(next, [...path, fileName]);
				state.set(fileName, 'done');
			};
			for (const fileName of Object.keys(bundle)) visit(fileName, []);
			if (process.env.CHUNK_REPORT) {
				const report: Record<string, Record<string, number>> = {};
				for (const [fileName, chunk] of Object.entries(bundle)) {
					if (chunk.type !== 'chunk') continue;
					report[fileName] = Object.fromEntries(
						Object.entries(chunk.modules).map(([id, m]) => [id, m.renderedLength])
					);
				}
				writeFileSync(process.env.CHUNK_REPORT, JSON.stringify(report));
			}
		},
		configEnvironment(name) {
			if (name !== 'client') return;
			return {
				build: {
					rolldownOptions: {
						// The first-load group does not pull dependencies into its files, which needs an
						// entry's chunk to be allowed more exports than its entry module has.
						preserveEntrySignatures: 'allow-extension',
						output: {
							codeSplitting: {
								groups: [
									{ name: frameworkChunk, tags: ['$initial'], priority: 3 },
									{ name: shellChunk, priority: 2 },
									{ name: loadedBySamePages, priority: 1, includeDependenciesRecursively: false }
								]
							}
						}
					}
				}
			};
		}
	};
}

export default defineConfig({
	plugins: [
		contentCheck(),
		stdlibBuiltins(),
		chartJsScalesPure(),
		buildTime(),
		islands(),
		pageLocaleMessages(),
		clientChunks(),
		sveltekit()
	],
	test: {
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'node',
					environment: 'node',
					include: nodeSpecs,
					exclude: ['src/**/*.svelte.spec.ts', ...isolatedSpecs],
					// One module graph per worker, not one per file: most of the run was setting up
					// each file's graph afresh (112 s → 24 s here). Specs that need a graph of their
					// own run in the next project (tests/unit-specs.ts); those that stub a global undo
					// it after each test.
					isolate: false,
					setupFiles: ['tests/fast-check-setup.ts'],
					benchmark: { include: ['bench/**/*.bench.ts'] }
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'node-isolated',
					environment: 'node',
					include: isolatedSpecs,
					setupFiles: ['tests/fast-check-setup.ts']
				}
			},
			{
				// Components in a real browser (the same Chromium as the e2e tests), as a reader uses them.
				extends: './vite.config.ts',
				test: {
					name: 'browser',
					include: ['src/**/*.svelte.spec.ts'],
					// failure screenshots go with the e2e results, outside the source tree
					attachmentsDir: 'test-results/vitest-attachments',
					browser: {
						enabled: true,
						headless: true,
						screenshotDirectory: 'test-results/vitest',
						provider: playwright({ launchOptions: { executablePath, args: chromiumArgs } }),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
