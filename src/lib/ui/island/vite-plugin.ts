/**
 * `import Calculator from '$lib/calculators/x/XCalculator.svelte?island'` (issue 20): the
 * component as an island (`./island.ts`), for `<Island of={Calculator} props={…} />`.
 *
 * - On the server (prerendering), the module holds the component itself and renders it with
 *   `render` from 'svelte/server' into the HTML the island keeps.
 * - In the browser, it holds only `import('…XCalculator.svelte')`: the component's code (and
 *   everything only it imports) becomes a chunk of its own, loaded when the island wakes, so an
 *   article's first load no longer carries the calculators it embeds. The page-messages plugin
 *   (`src/lib/i18n/vite-plugin.ts`) wraps that `import()` like any other, so the calculator's
 *   words in the page's language arrive with it.
 *
 * The island module's id is the component's path with `.svelte` replaced by `.island.js`: not
 * a file on disk, and neither a `.svelte` file nor a `.svelte.js` module, so the Svelte plugin
 * leaves it alone.
 */
import { relative } from 'node:path';
import { normalizePath, type Plugin } from 'vite';
import { islandStylesheetsFile, islandSuffix } from './island.ts';

const islandId = /\.island\.js$/;

export function islands(): Plugin {
	let root = normalizePath(process.cwd());
	let isBuild = false;
	/** The island modules' ids this plugin made (no file on disk has them). */
	const made = new Set<string>();
	return {
		name: 'clv-lab:islands',
		enforce: 'pre',
		configResolved(config) {
			root = normalizePath(config.root);
			isBuild = config.command === 'build';
		},
		async resolveId(source, importer, options) {
			// The dev server's browser asks for an island module by its address under the root.
			if (made.has(source)) return source;
			if (made.has(`${root}${source}`)) return `${root}${source}`;
			if (!source.endsWith(islandSuffix)) return;
			const target = source.slice(0, -islandSuffix.length);
			const resolved = await this.resolve(target, importer, { ...options, skipSelf: true });
			if (!resolved || !resolved.id.endsWith('.svelte')) {
				this.error(`${source}: an island must be a .svelte component (imported by ${importer})`);
			}
			const id = resolved.id.replace(/\.svelte$/, '.island.js');
			made.add(id);
			return id;
		},
		load(id) {
			if (!made.has(id)) return;
			const path = id.replace(islandId, '.svelte');
			const component = JSON.stringify(path);
			if (this.environment.config.consumer === 'server') {
				const key = JSON.stringify(normalizePath(relative(root, path)));
				const stylesheets = JSON.stringify(`${root}/src/lib/ui/island/stylesheets.ts`);
				return (
					`import Component from ${component};\n` +
					`import { render } from 'svelte/server';\n` +
					(isBuild ? `import { stylesheetsOf } from ${stylesheets};\n` : '') +
					`export default {\n` +
					// The dev server adds the styles of every module it renders on the server itself.
					(isBuild ? `\tstylesheets: () => stylesheetsOf(${key}),\n` : '') +
					`\tload: () => Promise.resolve(Component),\n` +
					`\trender(props, context, idPrefix) {\n` +
					`\t\tconst { head, body } = render(Component, { props, context, idPrefix });\n` +
					`\t\tif (head) throw new Error(${JSON.stringify(`${id}: an island cannot write into <head>`)});\n` +
					`\t\treturn body;\n` +
					`\t}\n` +
					`};\n`
				);
			}
			return `export default { load: () => import(${component}).then((module) => module.default) };\n`;
		},

		/**
		 * Which stylesheets each island needs, for its server rendering (`./stylesheets.ts`): those
		 * of its component's chunk and the chunks that imports, less those already there where the
		 * island sits. That is the page's own (an article's: SvelteKit puts them in the page) or,
		 * for an island inside another island's component (a calculator's section, in an article),
		 * the outer component's (its island links them), or the page's again (the calculator's own
		 * page). So: less the stylesheets of the chunk holding the island module, and of every
		 * chunk holding island modules that is neither an island's component nor imported by one.
		 */
		generateBundle(_options, bundle) {
			if (this.environment.config.consumer !== 'client') return;
			const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
			const closureCss = (start: string) => {
				const files = new Set<string>();
				const seen = new Set<string>();
				// What a chunk imports comes first, as in the page's own stylesheets: a component's
				// rules come after those of the kit it builds on, so that its own win at equal
				// specificity (the CLV tornado's phone spacing over the kit's table spacing).
				const visit = (fileName: string) => {
					const chunk = bundle[fileName];
					if (seen.has(fileName) || chunk?.type !== 'chunk') return;
					seen.add(fileName);
					for (const next of chunk.imports) visit(next);
					for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
				};
				visit(start);
				return files;
			};
			const holding = (moduleId: string) =>
				chunks.find((chunk) => chunk.moduleIds.includes(moduleId));
			const homes = new Set(
				[...made].map((id) => holding(id.replace(islandId, '.svelte'))?.fileName)
			);
			// A chunk an island's component imports (the calculator kit, which holds islands of its
			// own) goes with that island where no page has it, e.g. a calculator in an article.
			const brought = new Set<string>();
			const bring = (fileName: string) => {
				const chunk = bundle[fileName];
				if (brought.has(fileName) || chunk?.type !== 'chunk') return;
				brought.add(fileName);
				for (const next of chunk.imports) bring(next);
			};
			for (const home of homes) if (home) bring(home);
			const inPage = new Set<string>();
			for (const chunk of chunks) {
				if (homes.has(chunk.fileName) || brought.has(chunk.fileName)) continue;
				if (chunk.moduleIds.some((id) => made.has(id))) {
					for (const css of closureCss(chunk.fileName)) inPage.add(css);
				}
			}
			const islands: Record<string, string[]> = {};
			for (const id of made) {
				const path = id.replace(islandId, '.svelte');
				const home = holding(path);
				if (!home) continue;
				const holder = holding(id);
				const there = holder ? closureCss(holder.fileName) : new Set<string>();
				const own = [...closureCss(home.fileName)].filter(
					(css) => !inPage.has(css) && !there.has(css)
				);
				islands[normalizePath(relative(root, path))] = own;
			}
			this.emitFile({
				type: 'asset',
				fileName: islandStylesheetsFile,
				source: `${JSON.stringify(islands, null, '\t')}\n`
			});
		}
	};
}
