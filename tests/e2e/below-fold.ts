/**
 * Checks shared by the calculator pages whose sections below the first screen are live islands
 * (issue 20, `src/lib/ui/island/`): each section's text is in the prerendered page, its code is
 * not loaded with the page but once it comes near, waking keeps the server's nodes, an edit made
 * before a section woke shows what the same edit shows after, a share link and a saved scenario
 * reach every section, Tab into a sleeping section keeps focus, and printing wakes every section
 * and draws its charts.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';

interface ManifestChunk {
	file: string;
	imports?: string[];
	dynamicImports?: string[];
}
const manifest = JSON.parse(
	readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
) as Record<string, ManifestChunk>;

/** The browser file of a section component (its own chunk, loaded by its island module). */
export function sectionFile(source: string): string {
	const own = manifest[source];
	if (!own) throw new Error(`no chunk for ${source} in the client manifest`);
	return `/${own.file}`;
}

/** Every request the page makes, by path, from before it loads. */
export function recordRequests(page: Page): string[] {
	const paths: string[] = [];
	page.on('request', (request: Request) => paths.push(new URL(request.url()).pathname));
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

/** The section islands of a calculator's page (not the calculator itself in an article). */
export const sections = (scope: Page | Locator) => scope.locator(sectionIslands);

/** Each section's text, whitespace folded (what a reader, a search engine or print gets). */
export function sectionTexts(page: Page): Promise<string[]> {
	return sections(page).evaluateAll((islands) =>
		islands.map((island) =>
			(island.querySelector(':scope > .island-root')?.textContent ?? '').replace(/\s+/g, ' ').trim()
		)
	);
}

/** Scrolls each section into view in turn, until every one is awake. */
export async function wakeAll(page: Page): Promise<void> {
	// Counted again each time: a section may come or go as the page settles (a link being read).
	for (let k = 0; k < (await sections(page).count()); k++) {
		await sections(page).nth(k).scrollIntoViewIfNeeded();
		await expect(sections(page).nth(k)).toHaveAttribute('data-island', 'awake');
	}
	await wakeNested(page, sectionIslands);
	await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Wakes the kit's islands inside awake sections (a list of steps in closed details never comes
 * near) with a pointer pressed in each, so that they follow every edit at once from then on.
 */
export async function wakeNested(page: Page, outer: string): Promise<void> {
	const nested = `${outer}[data-island=awake] .island`;
	await page.evaluate((selector) => {
		for (const island of document.querySelectorAll(`${selector}[data-island=asleep]`)) {
			island.dispatchEvent(new PointerEvent('pointerdown'));
		}
	}, nested);
	await expect(page.locator(`${nested}:not([data-island=awake])`)).toHaveCount(0);
}

/** Waits until every section is awake (however it was woken). */
export async function allAwake(page: Page): Promise<void> {
	const total = await sections(page).count();
	await expect(sections(page).and(page.locator('[data-island=awake]'))).toHaveCount(total);
}

/** A page that never reports anything near: only focus, a pointer, print or idle wake an island. */
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

/** The kit's saved-scenarios panel, in each language. */
const savedWords = {
	en: {
		saved: 'Saved scenarios',
		name: 'Name',
		save: 'Save current scenario',
		open: (name: string) => `Open “${name}”`
	},
	zh: {
		saved: '已保存的场景',
		name: '名称',
		save: '保存当前场景',
		open: (name: string) => `打开 “${name}”`
	}
} as const;

export interface SectionsSpec {
	/** The page, e.g. `/en/calculate/subscription/`. */
	path: string;
	/** The sections' component sources, in page order (`src/lib/calculators/…/X.svelte`). */
	sources: readonly string[];
	/** A text of each section, in the same order, that a reader without JavaScript finds there. */
	texts: readonly string[];
	/** An edit at the top of the page that changes what the sections show (none: they are fixed). */
	edit?: (page: Page) => Promise<void>;
	/** The index of a section with something to Tab to (default: the first). */
	tabInto?: number;
	/**
	 * Sections whose text, once awake, may differ from the server's by design (a plot that fits its
	 * ticks to its measured width): their nodes are still checked.
	 */
	measured?: readonly number[];
}

/** Registers the checks above for one page (one locale). */
export function sectionChecks(spec: SectionsSpec): void {
	const { path, sources, texts, edit } = spec;

	test(`without JavaScript every section's text is in the page (${path})`, async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(path);
		await expect(sections(page)).toHaveCount(sources.length);
		for (const [k, text] of texts.entries()) {
			await expect(sections(page).nth(k)).toContainText(text);
		}
		await context.close();
	});

	test(`sections load their code only near, and wake over the same nodes (${path})`, async ({
		page,
		problems
	}) => {
		const requests = recordRequests(page);
		const warnings = recordHydrationWarnings(page);
		const files = sources.map(sectionFile);
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		await expect(sections(page)).toHaveCount(sources.length);
		// What is below the first screen sleeps, its code not loaded.
		const asleep = await sections(page).evaluateAll((islands) =>
			islands.map((island) => island.getAttribute('data-island'))
		);
		expect(asleep).toEqual(sources.map(() => 'asleep'));
		for (const file of files) expect(requests).not.toContain(file);
		const before = await sectionTexts(page);

		// Every element of the server's HTML, to find again after waking.
		await page.evaluate((selector) => {
			const islands = [...document.querySelectorAll(selector)];
			(window as unknown as { marked: Element[][] }).marked = islands.map((island) => [
				...island.querySelectorAll('.island-root *')
			]);
		}, sectionIslands);
		for (const [k, file] of files.entries()) {
			await sections(page).nth(k).scrollIntoViewIfNeeded();
			await expect(sections(page).nth(k)).toHaveAttribute('data-island', 'awake');
			expect(requests).toContain(file);
		}
		const dropped = await page.evaluate((selector) => {
			const islands = [...document.querySelectorAll(selector)];
			const { marked } = window as unknown as { marked: Element[][] };
			return marked.flatMap((all, k) =>
				all.filter((node) => !islands[k]!.contains(node)).map((node) => node.outerHTML.slice(0, 80))
			);
		}, sectionIslands);
		expect(dropped).toEqual([]);
		for (const file of files) expect(requests.filter((r) => r === file)).toHaveLength(1);
		// Awake, they say what the server said (less what fits itself to the screen).
		const unmeasured = (texts: string[]) =>
			texts.map((text, k) => (spec.measured?.includes(k) ? '' : text));
		expect(unmeasured(await sectionTexts(page))).toEqual(unmeasured(before));
		// The charts among them draw.
		await expect(page.locator('[data-calculator] .island canvas:not([data-drawn])')).toHaveCount(0);
		expect(warnings).toEqual([]);
		expect(problems).toEqual([]);
	});

	test(`an edit before the sections woke shows what it shows after; its link too (${path})`, async ({
		page,
		browser,
		problems
	}) => {
		test.skip(!edit, 'these sections show no input');
		const warnings = recordHydrationWarnings(page);
		// Edited while every section sleeps: they are out of date, wake when idle and mount afresh.
		await page.goto(path);
		await expect(sections(page).and(page.locator('[data-island=asleep]'))).toHaveCount(
			sources.length
		);
		const start = await sectionTexts(page);
		await edit!(page);
		// Asleep, a section changes only by waking: those the edit concerns have woken by now.
		await expect.poll(() => sectionTexts(page)).not.toEqual(start);
		await wakeAll(page);
		const early = await sectionTexts(page);

		// The same edit made once every section is awake.
		await page.goto(path);
		await wakeAll(page);
		await edit!(page);
		await expect.poll(() => sectionTexts(page)).toEqual(early);

		// Its share link loads into every section.
		await expect.poll(() => page.url()).toContain('?');
		const link = page.url();
		const other = await browser.newPage();
		await other.goto(link);
		await other.waitForFunction(() => document.documentElement.dataset.ready !== undefined);
		// The link's values are read by code loaded on demand: let it arrive before waking anything.
		await other.waitForLoadState('networkidle');
		await wakeAll(other);
		await expect.poll(() => sectionTexts(other)).toEqual(early);
		await other.close();
		expect(warnings).toEqual([]);
		expect(problems).toEqual([]);
	});

	test(`a saved scenario opened on a fresh page reaches every section (${path})`, async ({
		page,
		problems
	}) => {
		test.skip(!edit, 'these sections show no input');
		const words = path.startsWith('/zh/') ? savedWords.zh : savedWords.en;
		await page.goto(path);
		await wakeAll(page);
		const start = await sectionTexts(page);
		await edit!(page);
		await expect.poll(() => sectionTexts(page)).not.toEqual(start);
		const edited = await sectionTexts(page);
		await page.getByRole('button', { name: words.saved }).click();
		await page.getByRole('textbox', { name: words.name, exact: true }).fill('Sections');
		await page.getByRole('button', { name: words.save }).click();

		// A fresh page, every section asleep with the defaults' HTML, then the saved scenario.
		await page.goto(path);
		await expect(sections(page).and(page.locator('[data-island=asleep]'))).toHaveCount(
			sources.length
		);
		await page.getByRole('button', { name: words.saved }).click();
		await page.getByRole('button', { name: words.open('Sections') }).click();
		await expect.poll(() => sectionTexts(page)).not.toEqual(start);
		await wakeAll(page);
		// (less what fits itself to the screen: the plot's axis ticks follow its measured width)
		const unmeasured = (texts: string[]) =>
			texts.map((text, k) => (spec.measured?.includes(k) ? '' : text));
		await expect.poll(async () => unmeasured(await sectionTexts(page))).toEqual(unmeasured(edited));
		expect(problems).toEqual([]);
	});

	test(`Tab into a section that has not woken wakes it and keeps focus (${path})`, async ({
		page,
		problems
	}) => {
		await nothingComesNear(page);
		await page.goto(path);
		const k = spec.tabInto ?? 0;
		const section = sections(page).nth(k);
		await expect(section).toHaveAttribute('data-island', 'asleep');
		const first = await section.evaluate((island) => {
			const all = [
				...document.querySelectorAll<HTMLElement>(
					'a[href], button, input, select, textarea, summary, [tabindex]'
				)
			].filter((el) => el.tabIndex >= 0 && !el.matches(':disabled') && el.checkVisibility());
			const at = all.findIndex((el) => island.contains(el));
			if (at < 1) throw new Error('nothing to Tab to in this section: set tabInto');
			all[at - 1]!.focus();
			(window as unknown as { first: Element }).first = all[at]!;
			return all[at]!.outerHTML.slice(0, 60);
		});
		await page.keyboard.press('Tab');
		await expect(section).toHaveAttribute('data-island', 'awake');
		const focus = await page.evaluate(() => {
			const { first } = window as unknown as { first: Element };
			return { same: document.activeElement === first, connected: first.isConnected };
		});
		expect(focus, `focus on ${first}`).toEqual({ same: true, connected: true });
		expect(problems).toEqual([]);
	});

	test(`Ctrl+P wakes every section and draws every chart (${path})`, async ({ page, problems }) => {
		await page.addInitScript((selector) => {
			window.print = () => {
				const canvases = [...document.querySelectorAll<HTMLCanvasElement>('main canvas')];
				const islands = [...document.querySelectorAll<HTMLElement>(selector)];
				(window as unknown as { printed: object }).printed = {
					islands: islands.length,
					awake: islands.filter((i) => i.dataset.island === 'awake').length,
					// the kit's islands too (the scenario bar's buttons, the steps)
					asleep: document.querySelectorAll('main .island:not([data-island=awake])').length,
					charts: canvases.length,
					drawn: canvases.filter((c) => c.dataset.drawn !== undefined).length
				};
			};
		}, sectionIslands);
		await page.goto(path);
		const charts = await page.locator('main canvas').count();
		await page.keyboard.press('Control+P');
		const printed = await page
			.waitForFunction(() => (window as unknown as { printed?: object }).printed)
			.then((handle) => handle.jsonValue());
		expect(printed).toEqual({
			islands: sources.length,
			awake: sources.length,
			asleep: 0,
			charts,
			drawn: charts
		});
		expect(problems).toEqual([]);
	});
}
