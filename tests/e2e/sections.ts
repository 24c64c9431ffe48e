/**
 * Checks for a calculator page's below-the-fold sections, each a live island (issue 20,
 * src/lib/ui/island/): their HTML is in the prerendered page, their code is not loaded with it but
 * once they come near, waking keeps the server's nodes, and they follow the page's inputs whether
 * an edit came before or after they woke. Used by the `<calculator>-sections` specs.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { wakeNested } from './below-fold';
import { expect } from './fixtures';

const manifest = JSON.parse(
	readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
) as Record<string, { file: string; isDynamicEntry?: boolean }>;

/** The browser file of a section component (loaded on demand), by its source path. */
export function sectionFile(source: string): string {
	const chunk = manifest[source];
	if (!chunk?.isDynamicEntry) throw new Error(`${source} is not loaded on demand in this build`);
	return `/${chunk.file}`;
}

/** Every path the page requests, from now on. */
export function recordRequests(page: Page): string[] {
	const paths: string[] = [];
	page.on('request', (request) => paths.push(new URL(request.url()).pathname));
	return paths;
}

/** Console messages about hydration (Svelte's warnings, or "Failed to hydrate"). */
export function recordHydrationWarnings(page: Page): string[] {
	const warnings: string[] = [];
	page.on('console', (message) => {
		if (/hydrat/i.test(message.text())) warnings.push(`${message.type()}: ${message.text()}`);
	});
	return warnings;
}

/**
 * A calculator's section islands, less the kit's own islands inside every calculator (the scenario
 * bar's buttons, and each list of steps: `ScenarioTools`, `StepListBody`).
 */
export const sectionIsland = '.island:not(.bar > .island, :has(> .island-root > ol.steps))';
const sectionIslands = `[data-calculator] ${sectionIsland}`;

/** The calculator's islands (its sections), in page order. */
export const sections = (page: Page | Locator) => page.locator(sectionIslands);

/** Remembers every element of each island now, to compare after they wake. */
export async function markSections(page: Page): Promise<void> {
	await page.evaluate((selector) => {
		const islands = [...document.querySelectorAll(selector)];
		(window as unknown as { marked: Element[][] }).marked = islands.map((island) => [
			...island.querySelectorAll('*')
		]);
	}, sectionIslands);
}

/** For island `index`: how many of its marked elements are no longer in it (0 = woken in place). */
export async function droppedSince(page: Page, index: number): Promise<string[]> {
	return page.evaluate(
		([i, selector]) => {
			const island = document.querySelectorAll(selector)[i]!;
			const { marked } = window as unknown as { marked: Element[][] };
			return marked[i]!.filter((node) => !island.contains(node)).map((node) =>
				node.outerHTML.slice(0, 100)
			);
		},
		[index, sectionIslands] as const
	);
}

/** Scrolls to each island in turn and waits until it is awake. */
export async function wakeAll(page: Page): Promise<void> {
	const islands = sections(page);
	const count = await islands.count();
	for (let i = 0; i < count; i++) {
		await islands.nth(i).scrollIntoViewIfNeeded();
		await expect(islands.nth(i)).toHaveAttribute('data-island', 'awake');
	}
	// The kit's islands inside them (a list of steps in closed details never comes near).
	await wakeNested(page, sectionIslands);
	await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Replaces IntersectionObserver with one that never reports, so that nothing comes "near": only
 * focus, a pointer, an edit or printing can wake an island. Call before `goto`.
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
		} as unknown as typeof IntersectionObserver;
	});
}

/**
 * Focuses the last focusable element before `island` and presses Tab: the focus lands in the
 * island. Returns a description of the element focused.
 */
export async function tabInto(page: Page, island: Locator): Promise<string> {
	await island.evaluate((el) => {
		const all = [
			...document.querySelectorAll<HTMLElement>(
				'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])'
			)
		].filter((node) => node.offsetParent !== null || node.getClientRects().length > 0);
		const before = all.filter(
			(node) => el.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING
		);
		before.at(-1)!.focus();
	});
	await page.keyboard.press('Tab');
	return island.evaluate((el) => {
		const active = document.activeElement;
		if (!active || !el.contains(active)) return '';
		return `${active.tagName.toLowerCase()} ${active.getAttribute('aria-label') ?? active.id}`;
	});
}
