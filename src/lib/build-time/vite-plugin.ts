/**
 * `import { figures } from '$lib/ui/article/figures/x.ts?build-time'` (issue 20): the module's
 * exports computed once, in Node, while the site is built, and shipped to the browser as plain
 * values, so the code that computed them never reaches it.
 *
 * An article quotes figures worked out by the model (a preset's CLV, a fitted curve's survival):
 * they are in the prerendered HTML, and they never change in the browser. Yet to hydrate, the
 * article's script has to produce the same values again, and until this plugin it did so by
 * importing the model and the calculator code behind them (up to ~25 kB gzip of an article's
 * first load).
 *
 * - Server (prerendering), dev server, tests: the suffix is dropped; the module runs as usual.
 * - Browser build: the module is evaluated in Node (Vite's `runnerImport`, with the site's
 *   `$lib` alias) and replaced by its exports written as literals (`./literal.ts`). Its exports
 *   must be plain data; anything else fails the build, naming the export. The server renders
 *   from the module itself, the browser hydrates from its literal copy: both hold the same values
 *   (every number written exactly), so hydration changes nothing on the page. Each importer
 *   gets a copy of its own (the module is evaluated once): the bundler keeps only the exports
 *   that importer reads and puts them in its chunk, so an English article does not carry the
 *   Chinese one's figures from a module that computes both.
 */
import { normalizePath, runnerImport, type Plugin } from 'vite';
import { literalModule } from './literal.ts';

/** The import suffix that makes a module's exports build-time values. */
export const buildTimeSuffix = '?build-time';

/**
 * Ids of the literal modules in the browser build, `<prefix><module>?importer=<importer>`
 * (virtual: the `\0` keeps other plugins out).
 */
const prefix = '\0clv-lab:build-time:';
const importerQuery = '?importer=';

export function buildTime(): Plugin {
	let root = normalizePath(process.cwd());
	let isBuild = false;
	/** Each module's exports, evaluated once per build. */
	const evaluated = new Map<string, Promise<string>>();
	const evaluate = (file: string) => {
		let code = evaluated.get(file);
		if (!code) {
			code = runnerImport<Record<string, unknown>>(file, {
				root,
				logLevel: 'error',
				resolve: { alias: [{ find: /^\$lib(?=\/|$)/, replacement: `${root}/src/lib` }] }
			}).then(({ module }) => literalModule(module, file.replace(`${root}/`, '')));
			evaluated.set(file, code);
		}
		return code;
	};
	return {
		name: 'clv-lab:build-time',
		enforce: 'pre',
		configResolved(config) {
			root = normalizePath(config.root);
			isBuild = config.command === 'build';
		},
		buildStart() {
			evaluated.clear();
		},
		async resolveId(source, importer, options) {
			if (!source.endsWith(buildTimeSuffix)) return;
			const target = source.slice(0, -buildTimeSuffix.length);
			const resolved = await this.resolve(target, importer, { ...options, skipSelf: true });
			if (!resolved || resolved.external) {
				this.error(`${source}: not found (imported by ${importer})`);
			}
			const inBrowserBuild = isBuild && this.environment.config.consumer === 'client';
			if (!inBrowserBuild) return resolved;
			return `${prefix}${resolved.id}${importerQuery}${encodeURIComponent(importer ?? '')}`;
		},
		async load(id) {
			if (!id.startsWith(prefix)) return;
			const file = normalizePath(id.slice(prefix.length, id.lastIndexOf(importerQuery)));
			return evaluate(file);
		}
	};
}
