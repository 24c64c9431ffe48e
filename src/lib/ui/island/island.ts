/**
 * Islands (issue 20): a component embedded in a prerendered page whose code loads only when the
 * reader comes near it, while its full server-rendered HTML stays in the page from the start (for
 * readers without JavaScript, search engines and print). `Island.svelte` renders and wakes one;
 * `vite-plugin.ts` turns `import X from './X.svelte?island'` into an {@link IslandOf}.
 */
import type { Component } from 'svelte';

/** What an `import … from '….svelte?island'` gives: the component, or the way to load it. */
export interface IslandOf<Props extends Record<string, unknown> = Record<string, unknown>> {
	/** The component's module, loaded on demand in the browser (already loaded on the server). */
	readonly load: () => Promise<Component<Props>>;
	/**
	 * Server only: the component's HTML with these props and contexts, its `$props.id()` values
	 * prefixed with `idPrefix` so that two islands of a page never share an id.
	 */
	readonly render?: (props: Props, context: Map<unknown, unknown>, idPrefix: string) => string;
	/** Server only: the stylesheets its HTML needs, as site paths (none on the dev server). */
	readonly stylesheets?: () => string[];
}

/**
 * What `Island.svelte` writes with `{@html}`: on the server, the links to the component's
 * stylesheets and its HTML inside one element (so that the browser's html block adopts it whole:
 * the component's own hydration markers end the adoption only at the level they sit on); in the
 * browser, that element empty (not an empty string, which would drop the server's nodes).
 */
export function islandHtml<Props extends Record<string, unknown>>(
	of: IslandOf<Props>,
	props: Props,
	context: Map<unknown, unknown>,
	idPrefix: string
): string {
	const links = (of.stylesheets?.() ?? []).map((href) => `<link rel="stylesheet" href="${href}">`);
	return `${links.join('')}<div class="island-root">${of.render?.(props, context, idPrefix) ?? ''}</div>`;
}

/** The suffix of an import that makes its component an island. */
export const islandSuffix = '?island';

/** Where the browser build lists each island's stylesheets (from its output directory). */
export const islandStylesheetsFile = '.vite/islands.json';
