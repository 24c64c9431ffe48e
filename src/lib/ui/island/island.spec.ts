import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { islandHtml } from './island';
import { islands } from './vite-plugin';

describe('islandHtml', () => {
	it('on the server: the stylesheets, then the rendering inside one element', () => {
		const seen: unknown[] = [];
		const html = islandHtml(
			{
				load: () => Promise.reject(new Error('not loaded on the server')),
				render: (props, context, idPrefix) => {
					seen.push(props, context, idPrefix);
					return '<!--[--><p>42</p><!---->';
				},
				stylesheets: () => ['/_app/a.css', '/_app/b.css']
			},
			{ preset: 'x' },
			new Map([['locale', 'zh']]),
			's3'
		);
		expect(html).toBe(
			'<link rel="stylesheet" href="/_app/a.css"><link rel="stylesheet" href="/_app/b.css">' +
				'<div class="island-root"><!--[--><p>42</p><!----></div>'
		);
		expect(seen).toEqual([{ preset: 'x' }, new Map([['locale', 'zh']]), 's3']);
	});

	it('in the browser: the element empty, never an empty string (which would drop the server DOM)', () => {
		const html = islandHtml({ load: () => Promise.reject(new Error()) }, {}, new Map(), 's1');
		expect(html).toBe('<div class="island-root"></div>');
	});
});

type Hook = (this: unknown, ...args: unknown[]) => unknown;

/** The plugin configured for a build (`consumer`: which build) or the dev server. */
function plugin(command: 'build' | 'serve', consumer: 'client' | 'server') {
	const p = islands() as Plugin & Record<string, unknown>;
	(p.configResolved as Hook).call(undefined, { root: '/site', command });
	const context = {
		environment: { config: { consumer } },
		resolve: async (source: string) => ({ id: source.replace('$lib', '/site/src/lib') }),
		error: (message: string) => {
			throw new Error(message);
		}
	};
	return {
		resolve: (source: string) =>
			(p.resolveId as Hook).call(context, source, '/site/content/en/a.md', {}) as Promise<unknown>,
		load: (id: string) => (p.load as Hook).call(context, id) as string | undefined
	};
}

describe('the ?island plugin', () => {
	const source = '$lib/calculators/clv/ClvCalculator.svelte?island';
	const id = '/site/src/lib/calculators/clv/ClvCalculator.island.js';

	it('gives the browser build only a loader of the component', async () => {
		const { resolve, load } = plugin('build', 'client');
		expect(await resolve(source)).toBe(id);
		const code = load(id)!;
		expect(code).toContain('import("/site/src/lib/calculators/clv/ClvCalculator.svelte")');
		expect(code).not.toMatch(/^import /m);
		expect(code).not.toContain('svelte/server');
	});

	it('gives the server build the component, its rendering and its stylesheets', async () => {
		const { resolve, load } = plugin('build', 'server');
		await resolve(source);
		const code = load(id)!;
		expect(code).toContain(
			'import Component from "/site/src/lib/calculators/clv/ClvCalculator.svelte"'
		);
		expect(code).toContain("from 'svelte/server'");
		expect(code).toContain('stylesheetsOf("src/lib/calculators/clv/ClvCalculator.svelte")');
	});

	it('links no stylesheets on the dev server, and resolves the address its browser asks for', async () => {
		const { resolve, load } = plugin('serve', 'server');
		await resolve(source);
		expect(load(id)).not.toContain('stylesheetsOf');
		expect(await resolve('/src/lib/calculators/clv/ClvCalculator.island.js')).toBe(id);
	});

	it('leaves other modules alone and refuses an island that is not a component', async () => {
		const { resolve, load } = plugin('build', 'client');
		expect(await resolve('$lib/calculators/clv/ClvCalculator.svelte')).toBeUndefined();
		expect(load('/site/src/lib/other.island.js')).toBeUndefined();
		await expect(resolve('$lib/model/clv.ts?island')).rejects.toThrow(/must be a \.svelte/);
	});
});
