import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin, Rolldown } from 'vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { buildTime } from './src/lib/build-time/vite-plugin.ts';
import { contentCheck } from './src/lib/content/vite-plugin.ts';
import { pageLocaleMessages, standInPrefix } from './src/lib/i18n/vite-plugin.ts';
import { islands } from './src/lib/ui/island/vite-plugin.ts';
import { chromiumArgs, executablePath } from './tests/chromium.ts';

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

function firstLoadChunk(id: string, context: Rolldown.ChunkingContext): string | null {
	if (generated.test(id)) return null;
	if (framework.test(id)) return 'framework';
	return inShell(id, context) ? 'shell' : null;
}

/**
 * The one-line stand-ins for message modules (src/lib/i18n/vite-plugin.ts) join the shell, also
 * those that only pages or panels import: ~40 lines in all, where leaving them to automatic
 * splitting makes tiny files of a few of them that some pages load.
 */
const messageStandIn = (id: string) => (id.startsWith(standInPrefix) ? 'shell' : null);

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

export default defineConfig(({ isSsrBuild }) => ({
	plugins: [
		contentCheck(),
		chartJsScalesPure(),
		buildTime(),
		islands(),
		pageLocaleMessages(),
		sveltekit()
	],
	build: isSsrBuild
		? {}
		: {
				rolldownOptions: {
					output: {
						codeSplitting: {
							groups: [{ name: firstLoadChunk, tags: ['$initial'] }, { name: messageStandIn }]
						}
					}
				}
			},
	test: {
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'node',
					environment: 'node',
					include: [
						'src/**/*.spec.ts',
						'tests/unit/**/*.spec.ts',
						'tests/reference/**/*.spec.ts',
						'tests/budget/**/*.spec.ts'
					],
					exclude: ['src/**/*.svelte.spec.ts'],
					setupFiles: ['tests/fast-check-setup.ts'],
					benchmark: { include: ['bench/**/*.bench.ts'] }
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
}));
