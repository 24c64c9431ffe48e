/**
 * What a page loads, and when (issue 20: islands load their code only near). The built client's
 * files by the component they hold (from the Vite manifest of the last `npm run build`), the
 * requests and scripts a page makes, its hydration warnings, a page where nothing comes near, and
 * what printing finds. Shared by the islands', the articles' and the calculators' sections' e2e.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

interface ManifestChunk {
	file: string;
	name?: string;
	isDynamicEntry?: boolean;
	dynamicImports?: string[];
}

let read: Record<string, ManifestChunk> | undefined;
/** The client build's manifest: each chunk by its key (a source path, or `_<file>` for shared ones). */
function manifest(): Record<string, ManifestChunk> {
	read ??= JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8'));
	return read!;
}

/** The browser file of a component loaded on demand, by its source path (`src/lib/…/X.svelte`). */
export function sourceFile(source: string): string {
	const chunk = manifest()[source];
	if (!chunk?.isDynamicEntry) throw new Error(`${source} is not loaded on demand in this build`);
	return `/${chunk.file}`;
}

/**
 * The browser file of a component loaded on demand, by its name: the one its island module loads
 * (the bundler may put several small island modules in one chunk, named after one of them), else
 * its own. The component may share that file with others (the bundler names a file after its
 * largest module).
 */
export function componentFile(name: string): string {
	const chunks = manifest();
	// The component's module, or a shared chunk named after it.
	const own = (id: string) => id.endsWith(`/${name}.svelte`) || chunks[id]?.name === name;
	const islands = Object.values(chunks).filter((chunk) => chunk.name?.endsWith('.island'));
	const island =
		islands.find((chunk) => chunk.name === `${name}.island`) ??
		islands.find((chunk) => chunk.dynamicImports?.some(own));
	const key = island
		? island.dynamicImports?.find(own)
		: Object.keys(chunks).find((id) => id.endsWith(`/${name}.svelte`));
	if (!key) throw new Error(`no chunk for ${name} in the client manifest`);
	return island ? `/${chunks[key]!.file}` : sourceFile(key);
}

/** Every path the page requests, from now on (call before `goto`). */
export function recordRequests(page: Page): string[] {
	const paths: string[] = [];
	page.on('request', (request) => paths.push(new URL(request.url()).pathname));
	return paths;
}

/**
 * Every JavaScript response's path and body, from now on. A worker's script (app.html's
 * number-format worker) has no body Playwright can read: it is the built file.
 */
export function recordScripts(page: Page): Promise<{ path: string; body: string }>[] {
	const scripts: Promise<{ path: string; body: string }>[] = [];
	page.on('response', (response) => {
		const path = new URL(response.url()).pathname;
		if (!path.endsWith('.js')) return;
		const body = response.text().catch(() => readFileSync(`build${path}`, 'utf8'));
		scripts.push(body.then((text) => ({ path, body: text })));
	});
	return scripts;
}

/** Console messages about hydration (Svelte's warnings, or its fallback "Failed to hydrate"). */
export function recordHydrationWarnings(page: Page): string[] {
	const warnings: string[] = [];
	page.on('console', (message) => {
		if (/hydrat/i.test(message.text())) warnings.push(`${message.type()}: ${message.text()}`);
	});
	return warnings;
}

/**
 * Replaces IntersectionObserver with one that never reports, so that nothing comes "near": only
 * focus, a pointer, an edit, idle time or printing can wake an island. Call before `goto`.
 */
export async function nothingComesNear(page: Page): Promise<void> {
	await page.addInitScript(() => {
		window.IntersectionObserver = class {
			observe() {}
			unobserve() {}
			disconnect() {}
			takeRecords() {
				return [];
			}
			root = null;
			rootMargin = '';
			thresholds = [];
		} as unknown as typeof IntersectionObserver;
	});
}

/**
 * Focuses the last focusable element before a sleeping `island`, presses Tab and waits until the
 * island is awake. Returns where the focus went: `same` when it is on the island's first focusable
 * element (the server's node, still in the page: waking kept it), and that element's start.
 */
export async function tabInto(
	page: Page,
	island: Locator
): Promise<{ same: boolean; connected: boolean; first: string }> {
	const first = await island.evaluate((island) => {
		const all = [
			...document.querySelectorAll<HTMLElement>(
				'a[href], button, input, select, textarea, summary, [tabindex]'
			)
		].filter((el) => el.tabIndex >= 0 && !el.matches(':disabled') && el.checkVisibility());
		const at = all.findIndex((el) => island.contains(el));
		if (at < 1) throw new Error('nothing to Tab to in this island, or nothing before it');
		all[at - 1]!.focus();
		(window as unknown as { first: Element }).first = all[at]!;
		return all[at]!.outerHTML.slice(0, 60);
	});
	await page.keyboard.press('Tab');
	await expect(island).toHaveAttribute('data-island', 'awake');
	const focus = await page.evaluate(() => {
		const { first } = window as unknown as { first: Element };
		return { same: document.activeElement === first, connected: first.isConnected };
	});
	return { ...focus, first };
}

export interface Printed {
	/** Every island in `main` (the calculators' sections inside an article's islands included). */
	islands: number;
	awake: number;
	/** Islands anywhere in `main` not awake, whether `selector` counts them or not. */
	asleep: number;
	/** Every chart (`canvas`) in `main`, and those drawn. */
	charts: number;
	drawn: number;
}

/**
 * Replaces `window.print` (call before `goto`) with a record of the islands (those `selector`
 * finds) and charts at the moment it is called; returns a function that waits for that record.
 */
export async function recordPrint(
	page: Page,
	selector = 'main .island'
): Promise<() => Promise<Printed>> {
	await page.addInitScript((selector) => {
		window.print = () => {
			const canvases = [...document.querySelectorAll<HTMLCanvasElement>('main canvas')];
			const islands = [...document.querySelectorAll<HTMLElement>(selector)];
			(window as unknown as { printed: object }).printed = {
				islands: islands.length,
				awake: islands.filter((i) => i.dataset.island === 'awake').length,
				asleep: document.querySelectorAll('main .island:not([data-island=awake])').length,
				charts: canvases.length,
				drawn: canvases.filter((c) => c.dataset.drawn !== undefined).length
			};
		};
	}, selector);
	return () =>
		page
			.waitForFunction(() => (window as unknown as { printed?: Printed }).printed)
			.then((handle) => handle.jsonValue() as Promise<Printed>);
}
