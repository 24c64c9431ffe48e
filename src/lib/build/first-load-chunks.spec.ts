import { init } from 'es-module-lexer';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	firstLoadSets,
	hasSideEffects,
	rootsOfModules,
	type ModuleLinks
} from './first-load-chunks.ts';

beforeAll(async () => {
	await init;
});

interface Fake {
	code?: string;
	imports?: string[];
	dynamic?: string[];
	entry?: boolean;
}

/** A module graph as the bundler's chunking context shows it, from a compact description. */
function graph(modules: Record<string, Fake>) {
	const importers = new Map<string, string[]>();
	const dynamicImporters = new Map<string, string[]>();
	for (const [id, m] of Object.entries(modules)) {
		for (const t of m.imports ?? []) importers.set(t, [...(importers.get(t) ?? []), id]);
		for (const t of m.dynamic ?? []) dynamicImporters.set(t, [...(dynamicImporters.get(t) ?? []), id]);
	}
	return (id: string): ModuleLinks | null => {
		const m = modules[id];
		if (!m) return null;
		return {
			// By default a module imports its dependencies for their effects (none of it unused).
			code: m.code ?? [...(m.imports ?? []).map((t) => `import '${t}';`), 'export const x = 1;'].join('\n'),
			importedIds: m.imports ?? [],
			dynamicallyImportedIds: m.dynamic ?? [],
			importers: importers.get(id) ?? [],
			dynamicImporters: dynamicImporters.get(id) ?? [],
			isEntry: m.entry ?? false
		};
	};
}

const lib = '/site/src/lib';
const routes = '/site/src/routes';

describe('first-load sets', () => {
	// Two pages share a kit; one of them and an article (loaded by a universal load) share a
	// formatter; an island (loaded on demand) imports part of the kit.
	const info = graph({
		'/gen/nodes/1.js': { entry: true, imports: [`${routes}/a/+page.svelte`] },
		'/gen/nodes/2.js': { entry: true, imports: [`${routes}/b/+page.svelte`] },
		'/gen/nodes/3.js': { entry: true, imports: [`${routes}/learn/+page.ts`] },
		[`${routes}/a/+page.svelte`]: { imports: [`${lib}/ui/Kit.svelte`, `${lib}/ui/Only-a.svelte`] },
		[`${routes}/b/+page.svelte`]: { imports: [`${lib}/ui/Kit.svelte`, `${lib}/ui/island.ts`] },
		[`${routes}/learn/+page.ts`]: { imports: [`${lib}/content.ts`] },
		[`${lib}/content.ts`]: { dynamic: ['/site/content/article.md'] },
		'/site/content/article.md': { imports: [`${lib}/i18n/format.ts`] },
		[`${lib}/ui/Kit.svelte`]: { imports: [`${lib}/ui/Field.svelte`, `${lib}/i18n/format.ts`] },
		[`${lib}/ui/Field.svelte`]: {},
		[`${lib}/ui/Only-a.svelte`]: {},
		[`${lib}/i18n/format.ts`]: {},
		[`${lib}/ui/island.ts`]: { dynamic: [`${lib}/ui/Field.svelte`, `${lib}/ui/Lazy.svelte`] },
		[`${lib}/ui/Lazy.svelte`]: { imports: [`${lib}/ui/Field.svelte`] }
	});

	it('counts entries and what universal loads import as pages, not on-demand imports', () => {
		const roots = rootsOfModules('/gen/nodes/1.js', info);
		expect(roots.get(`${lib}/i18n/format.ts`)).toEqual([
			'/gen/nodes/1.js',
			'/gen/nodes/2.js',
			'/site/content/article.md'
		]);
		// The island's dynamic import does not make the kit's parts pages of their own.
		expect(roots.get(`${lib}/ui/Field.svelte`)).toEqual(['/gen/nodes/1.js', '/gen/nodes/2.js']);
		// On demand only: no page loads it first.
		expect(roots.has(`${lib}/ui/Lazy.svelte`)).toBe(false);
	});

	it('puts modules of the same pages in one file, and leaves one-page and on-demand modules out', () => {
		const sets = firstLoadSets('/gen/nodes/1.js', info);
		expect(sets.get(`${lib}/ui/Kit.svelte`)).toBeDefined();
		expect(sets.get(`${lib}/ui/Field.svelte`)).toBe(sets.get(`${lib}/ui/Kit.svelte`));
		expect(sets.get(`${lib}/i18n/format.ts`)).not.toBe(sets.get(`${lib}/ui/Kit.svelte`));
		expect(sets.has(`${lib}/ui/Only-a.svelte`)).toBe(false);
		expect(sets.has(`${lib}/ui/Lazy.svelte`)).toBe(false);
		expect(sets.has('/gen/nodes/1.js')).toBe(false);
	});
});

describe('re-export-only modules', () => {
	const model = `${lib}/model/loyalty`;
	const info = graph({
		'/gen/nodes/1.js': { entry: true, imports: [`${lib}/calc/club.ts`] },
		'/gen/nodes/2.js': { entry: true, imports: [`${lib}/calc/points.ts`] },
		[`${lib}/calc/club.ts`]: {
			code: "import { clubValue } from '$lib/model/loyalty';\nexport const v = clubValue;",
			imports: [`${model}/index.ts`]
		},
		[`${lib}/calc/points.ts`]: {
			code: "import { pointsValue } from '$lib/model/loyalty';\nexport const v = pointsValue;",
			imports: [`${model}/index.ts`]
		},
		[`${model}/index.ts`]: {
			code:
				"/** index */\nexport { clubValue } from './club';\nexport { pointsValue } from './points';\n" +
				"export { presets } from './presets';\n",
			imports: [`${model}/club.ts`, `${model}/points.ts`, `${model}/presets.ts`]
		},
		[`${model}/club.ts`]: { code: 'export function clubValue() { return 1; }' },
		[`${model}/points.ts`]: { code: 'export function pointsValue() { return 2; }' },
		// Runs code when loaded, so the bundler keeps it wherever the index is imported.
		[`${model}/presets.ts`]: { code: 'export const presets = build();\nfunction build() { return []; }' }
	});

	it('reach only the modules whose exports the importer names, and those with side effects', () => {
		const roots = rootsOfModules('/gen/nodes/1.js', info);
		expect(roots.get(`${model}/club.ts`)).toEqual(['/gen/nodes/1.js']);
		expect(roots.get(`${model}/points.ts`)).toEqual(['/gen/nodes/2.js']);
		expect(roots.get(`${model}/presets.ts`)).toEqual(['/gen/nodes/1.js', '/gen/nodes/2.js']);
	});
});

describe('unused code', () => {
	const info = graph({
		'/gen/nodes/1.js': { entry: true, imports: [`${lib}/page-a.ts`] },
		'/gen/nodes/2.js': { entry: true, imports: [`${lib}/page-b.ts`] },
		[`${lib}/page-a.ts`]: {
			code: "import { used } from './model/a';\nexport default used;",
			imports: [`${lib}/model/a.ts`]
		},
		[`${lib}/page-b.ts`]: {
			code: "import { steps } from './model/a';\nexport default steps;",
			imports: [`${lib}/model/a.ts`]
		},
		[`${lib}/model/a.ts`]: {
			code: [
				"import { add } from './expr';",
				"import { unused } from './never';",
				'export function used() { return 1; }',
				'export function steps() { return add(used(), 2); }',
				'function dead() { return unused(); }'
			].join('\n'),
			imports: [`${lib}/model/expr.ts`, `${lib}/model/never.ts`]
		},
		[`${lib}/model/expr.ts`]: { code: 'export function add(a, b) { return a + b; }' },
		[`${lib}/model/never.ts`]: { code: 'export function unused() { return 0; }' }
	});

	it('is not followed: an import only unused code needs is reached by no page', () => {
		const roots = rootsOfModules('/gen/nodes/1.js', info);
		expect(roots.get(`${lib}/model/a.ts`)).toEqual(['/gen/nodes/1.js', '/gen/nodes/2.js']);
		// Used by the model's `steps`, which only page b runs; the bundler keeps the import (some
		// page needs it), so the module is loaded by every page that loads the model.
		expect(roots.get(`${lib}/model/expr.ts`)).toEqual(['/gen/nodes/1.js', '/gen/nodes/2.js']);
		expect(roots.has(`${lib}/model/never.ts`)).toBe(false);
	});
});

describe('hasSideEffects', () => {
	it('is false for declarations, literals, functions, pure calls and collections of literals', () => {
		expect(
			hasSideEffects(
				[
					"import { a } from './a';",
					'export const n = 1, s = `x`, o = { k: [1, -2, a] };',
					'export function f() { return g(); }',
					'const h = () => 1;',
					"const set = new Set(['a', 'b']);",
					'const p = /* @__PURE__ */ make();',
					'export class E extends Error {}',
					"export { f as default } from './f';"
				].join('\n')
			)
		).toBe(false);
	});

	it('is true for calls, property reads, assignments and anything it cannot parse', () => {
		expect(hasSideEffects('export const x = make();')).toBe(true);
		expect(hasSideEffects('export const y = shared.value;')).toBe(true);
		expect(hasSideEffects('window.x = 1;')).toBe(true);
		expect(hasSideEffects('export const { a } = b;')).toBe(true);
		expect(hasSideEffects('export const = ;')).toBe(true);
	});
});
