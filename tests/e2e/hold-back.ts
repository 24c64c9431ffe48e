/**
 * Holding back one of the built site's files, to test what a page does while code it loads once it
 * is live (a calculator's model, a reader, analysis code) has not come yet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

const chunks = 'build/_app/immutable/chunks';
const found = new Map<string, string>();

/**
 * The built chunk holding `marker` (a word or name only that code holds), as a URL path. Code that
 * the page and its sections both import gets a shared chunk of its own rather than a manifest
 * entry, so it is found by what it contains.
 */
export function chunkHolding(marker: string): string {
	let file = found.get(marker);
	if (!file) {
		const files = readdirSync(chunks).filter((name) =>
			readFileSync(join(chunks, name), 'utf8').includes(marker)
		);
		if (files.length !== 1)
			throw new Error(`"${marker}" should be in one built chunk, not ${files.length}`);
		file = `/_app/immutable/chunks/${files[0]}`;
		found.set(marker, file);
	}
	return file;
}

/**
 * Holds the file at URL path `file` (or the files whose path matches it) back until `release()`;
 * `asked()` says whether the page asked for it.
 */
export async function holdBack(page: Page, file: string | RegExp) {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	let asked = false;
	await page.route(
		(url) => (typeof file === 'string' ? url.pathname === file : file.test(url.pathname)),
		async (route) => {
			asked = true;
			await held;
			await route.continue();
		}
	);
	return { release, asked: () => asked };
}

/**
 * Checks that the built files at URL paths `files` are not in `path`'s first load (the page's HTML
 * names them nowhere) and that the page asks for each once live, without any input. `firstScreen`
 * waits for what the page shows before that (its headline from stored figures, say).
 */
export async function comesOnceLive(
	page: Page,
	path: string,
	files: string | readonly string[],
	firstScreen: () => Promise<void>
): Promise<void> {
	const late = typeof files === 'string' ? [files] : files;
	const html = await (await page.request.get(path)).text();
	for (const file of late) expect(html).not.toContain(file.slice(1));
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	await page.goto(path);
	await firstScreen();
	// fetched when the browser is idle, without any input
	for (const file of late) await expect.poll(() => requested.includes(file)).toBe(true);
}
