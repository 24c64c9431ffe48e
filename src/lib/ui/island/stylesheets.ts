/**
 * The stylesheets an island's component needs in the browser (server only: the island module's
 * server build imports this, `./vite-plugin.ts`). An island's code is loaded on demand, so
 * SvelteKit does not put its styles in the page; the island links them itself, right before its
 * HTML, so that its prerendered HTML is styled from the first paint (and without JavaScript, and
 * in print) while the page's first paint waits for none of them. When the island wakes, Vite's
 * loader finds the same `<link>`s already in the page and adds none.
 *
 * The browser build lists them (`islandStylesheetsFile`) before the site is prerendered; the dev
 * server has no such list (there Vite adds the styles of every module rendered on the server).
 */
import { existsSync, readFileSync } from 'node:fs';
import { islandStylesheetsFile } from './island.ts';

const listFile = `.svelte-kit/output/client/${islandStylesheetsFile}`;
let lists: Record<string, string[]> | null | undefined;

/** The stylesheets (site paths) of the component at `key` (its path from the project root). */
export function stylesheetsOf(key: string): string[] {
	lists ??= existsSync(listFile)
		? (JSON.parse(readFileSync(listFile, 'utf8')) as Record<string, string[]>)
		: null;
	if (!lists) return [];
	const files = lists[key];
	if (!files) throw new Error(`${key} is not an island of the browser build (${listFile})`);
	// The site is published at the root of its origin (svelte.config.js: `paths.relative: false`).
	return files.map((file) => `/${file}`);
}
