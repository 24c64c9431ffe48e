/**
 * Checks shared by the calculator pages whose sections below the first screen are live islands
 * (issue 20, `src/lib/ui/island/`): each section's text is in the prerendered page, its code is
 * not loaded with the page but once it comes near, waking keeps the server's nodes, an edit made
 * before a section woke shows what the same edit shows after, a share link and a saved scenario
 * reach every section, Tab into a sleeping section keeps focus, printing wakes every section and
 * draws its charts, and an article's embed of the calculator follows its inputs. Each
 * `<calculator>-sections` spec calls `sectionChecks` with what is its own.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { testIn, type Locale } from './locales';
import {
	nothingComesNear,
	recordHydrationWarnings,
	recordPrint,
	recordRequests,
	sourceFile,
	tabInto
} from './loading';

/**
 * A calculator's section islands, less the kit's own islands inside every calculator (the scenario
 * bar's buttons, each list of steps and the inputs, which wake soon, wherever they are:
 * `ScenarioTools`, `StepListBody`, `FieldsBody`). A list of steps inside a section that mounted
 * afresh is empty until its code has loaded, so it is also left out as an island inside another
 * island of the calculator (else it counts as one more section meanwhile).
 */
export const sectionIsland =
	'.island:not(.bar > .island, :has(> .island-root > ol.steps), [data-wake], [data-calculator] .island .island)';
const sectionIslands = `[data-calculator] ${sectionIsland}`;

/** The section islands of the calculators in `scope` (not an article's island around one). */
export const sections = (scope: Page | Locator) => scope.locator(sectionIslands);

/** Each section's text, whitespace folded (what a reader, a search engine or print gets). */
export function sectionTexts(scope: Page | Locator): Promise<string[]> {
	return sections(scope).evaluateAll((islands) =>
		islands.map((island) =>
			(island.querySelector(':scope > .island-root')?.textContent ?? '').replace(/\s+/g, ' ').trim()
		)
	);
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

/** Scrolls each section into view in turn, until every one is awake. */
export async function wakeAll(page: Page): Promise<void> {
	// Counted again each time: a section may come or go as the page settles (a link being read).
	for (let k = 0; k < (await sections(page).count()); k++) {
		await sections(page).nth(k).scrollIntoViewIfNeeded();
		await expect(sections(page).nth(k)).toHaveAttribute('data-island', 'awake');
	}
	// The kit's islands inside them (a list of steps in closed details never comes near).
	await wakeNested(page, sectionIslands);
	await page.evaluate(() => window.scrollTo(0, 0));
}

/** Waits until every section in `scope` is awake (however it was woken). */
export async function allAwake(scope: Page | Locator): Promise<void> {
	const total = await sections(scope).count();
	await expect(sections(scope).and(scope.locator('[data-island=awake]'))).toHaveCount(total);
}

/** Waits until every section in `scope` sleeps (its code not loaded, or not woken yet). */
async function allAsleep(page: Page, count: number): Promise<void> {
	await expect(sections(page).and(page.locator('[data-island=asleep]'))).toHaveCount(count);
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
	texts: readonly (string | RegExp)[];
	/** The page's own checks of its prerendered sections, without JavaScript. */
	withoutJs?: (page: Page) => Promise<void>;
	/** The page's own checks once every section has woken by coming near. */
	awake?: (page: Page) => Promise<void>;
	/** An edit at the top of the page that changes what the sections show (none: they are fixed). */
	edit?: (page: Page) => Promise<void>;
	/** The index of a section with something to Tab to (default: the first). */
	tabInto?: number;
	/** What to do next in the section the Tab woke (the focus is where the test left it). */
	afterTab?: (page: Page) => Promise<void>;
	/**
	 * Sections whose text, once awake, may differ from the server's by design (a plot that fits its
	 * ticks to its measured width): their nodes are still checked.
	 */
	measured?: readonly number[];
	/**
	 * Sections whose text differs from one run to the next (a simulation that reports how long it
	 * took): left out of every comparison of texts; their nodes are still checked.
	 */
	varies?: readonly number[];
}

/**
 * The language each calculator runs the checks of what its sections do (an edit before they
 * woke, a saved scenario, Tab, printing) in: see ./locales.ts. What they say, without JavaScript
 * and once awake, is checked in both. A calculator not listed runs them in both.
 */
const mechanicsIn: Record<string, Locale> = {
	clv: 'en',
	points: 'zh',
	club: 'en',
	complement: 'zh',
	lifecycle: 'zh',
	referral: 'en',
	segments: 'zh',
	subscription: 'en',
	transactions: 'zh'
};

/** Registers the checks above for one page (one locale). */
export function sectionChecks(spec: SectionsSpec): void {
	const { path, sources, texts, edit } = spec;
	const locale = path.split('/')[1] as Locale;
	const mechanics = testIn(
		locale,
		mechanicsIn[/\/calculate\/([^/]+)\//.exec(path)?.[1] ?? ''] ?? locale
	);
	const count = sources.length;
	/** The texts to compare: those of the sections that vary, and those of `also`, left out. */
	const steady =
		(also: readonly number[] = []) =>
		(all: string[]) =>
			all.map((text, k) => (spec.varies?.includes(k) || also.includes(k) ? '' : text));
	const same = steady();
	const unmeasured = steady(spec.measured);
	const shown = async (page: Page) => same(await sectionTexts(page));

	test(`without JavaScript every section's text is in the page (${path})`, async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(path);
		await expect(sections(page)).toHaveCount(count);
		expect(texts).toHaveLength(count);
		for (const [k, text] of texts.entries()) {
			await expect(sections(page).nth(k)).toContainText(text);
		}
		await spec.withoutJs?.(page);
		await context.close();
	});

	test(`sections load their code only near, and wake over the same nodes (${path})`, async ({
		page,
		problems
	}) => {
		const requests = recordRequests(page);
		const warnings = recordHydrationWarnings(page);
		const files = sources.map(sourceFile);
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		await expect(sections(page)).toHaveCount(count);
		// What is below the first screen sleeps, its code not loaded, no simulation started.
		const asleep = await sections(page).evaluateAll((islands) =>
			islands.map((island) => island.getAttribute('data-island'))
		);
		expect(asleep).toEqual(sources.map(() => 'asleep'));
		for (const file of files) expect(requests).not.toContain(file);
		expect(page.workers()).toHaveLength(0);
		const before = await sectionTexts(page);

		// Every element of the server's HTML in each island, to find again after waking.
		await page.evaluate((selector) => {
			const islands = [...document.querySelectorAll(selector)];
			(window as unknown as { marked: Element[][] }).marked = islands.map((island) => [
				...island.querySelectorAll('*')
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
				all
					.filter((node) => !islands[k]!.contains(node))
					.map((node) => `${k}: ${node.outerHTML.slice(0, 80)}`)
			);
		}, sectionIslands);
		expect(dropped).toEqual([]);
		for (const file of files) expect(requests.filter((r) => r === file)).toHaveLength(1);
		// Awake, they say what the server said (less what fits itself to the screen).
		expect(unmeasured(await sectionTexts(page))).toEqual(unmeasured(before));
		// The charts among them draw.
		await expect(page.locator('[data-calculator] .island canvas:not([data-drawn])')).toHaveCount(0);
		await spec.awake?.(page);
		expect(warnings).toEqual([]);
		expect(problems).toEqual([]);
	});

	mechanics(
		`an edit before the sections woke shows what it shows after; its link too (${path})`,
		async ({ page, browser, problems }) => {
			test.skip(!edit, 'these sections show no input');
			const warnings = recordHydrationWarnings(page);
			// Edited while every section sleeps: they are out of date, wake when idle and mount afresh.
			await page.goto(path);
			await allAsleep(page, count);
			const start = await shown(page);
			await edit!(page);
			// Asleep, a section changes only by waking: those the edit concerns have woken by now.
			await expect.poll(() => shown(page)).not.toEqual(start);
			await wakeAll(page);
			const early = await shown(page);

			// The same edit made once every section is awake.
			await page.goto(path);
			await wakeAll(page);
			expect(unmeasured(await sectionTexts(page))).toEqual(unmeasured(start));
			await edit!(page);
			await expect.poll(() => shown(page)).toEqual(early);

			// Its share link loads into every section, asleep or awake.
			await expect.poll(() => page.url()).toContain('?');
			const link = page.url();
			const other = await browser.newPage();
			const otherWarnings = recordHydrationWarnings(other);
			await other.goto(link);
			await other.waitForFunction(() => document.documentElement.dataset.ready !== undefined);
			await expect.poll(() => shown(other)).toEqual(early);
			await wakeAll(other);
			await expect.poll(() => shown(other)).toEqual(early);
			await other.close();
			expect(warnings).toEqual([]);
			expect(otherWarnings).toEqual([]);
			expect(problems).toEqual([]);
		}
	);

	mechanics(
		`a saved scenario opened on a fresh page reaches every section (${path})`,
		async ({ page, problems }) => {
			test.skip(!edit, 'these sections show no input');
			const words = path.startsWith('/zh/') ? savedWords.zh : savedWords.en;
			await page.goto(path);
			await wakeAll(page);
			const start = await shown(page);
			await edit!(page);
			await expect.poll(() => shown(page)).not.toEqual(start);
			const edited = await sectionTexts(page);
			await page.getByRole('button', { name: words.saved }).click();
			await page.getByRole('textbox', { name: words.name, exact: true }).fill('Sections');
			await page.getByRole('button', { name: words.save }).click();

			// A fresh page, every section asleep with the defaults' HTML, then the saved scenario.
			await page.goto(path);
			await allAsleep(page, count);
			await page.getByRole('button', { name: words.saved }).click();
			await page.getByRole('button', { name: words.open('Sections') }).click();
			await expect.poll(() => shown(page)).not.toEqual(start);
			await wakeAll(page);
			// (less what fits itself to the screen: the plot's axis ticks follow its measured width)
			await expect
				.poll(async () => unmeasured(await sectionTexts(page)))
				.toEqual(unmeasured(edited));
			expect(problems).toEqual([]);
		}
	);

	mechanics(
		`Tab into a section that has not woken wakes it and keeps focus (${path})`,
		async ({ page, problems }) => {
			await nothingComesNear(page);
			await page.goto(path);
			const k = spec.tabInto ?? 0;
			const section = sections(page).nth(k);
			await expect(section).toHaveAttribute('data-island', 'asleep');
			const { first, ...focus } = await tabInto(page, section);
			expect(focus, `focus on ${first}`).toEqual({ same: true, connected: true });
			await spec.afterTab?.(page);
			expect(problems).toEqual([]);
		}
	);

	mechanics(
		`Ctrl+P wakes every section and draws every chart (${path})`,
		async ({ page, problems }) => {
			const printed = await recordPrint(page, sectionIslands);
			await page.goto(path);
			await allAsleep(page, count);
			const charts = await page.locator('main canvas').count();
			await page.keyboard.press('Control+P');
			// every section awake, and the kit's islands (the scenario bar's buttons, the steps) too
			expect(await printed()).toEqual({
				islands: count,
				awake: count,
				asleep: 0,
				charts,
				drawn: charts
			});
			expect(problems).toEqual([]);
		}
	);
}

export interface EmbedSpec {
	/** The article, e.g. `/zh/learn/subscription-retention/`. */
	path: string;
	/** The calculator's id, where the article has more than one. */
	calculator?: string;
	/** What brings the calculator into the page, if it is not there at first (a reveal). */
	open?: (page: Page) => Promise<void>;
	/** How many sections the compact embed keeps. */
	count: number;
	/** How many of them (the first ones) to bring near before the edit (default: all). */
	near?: number;
	/** An edit in the calculator that changes what its sections show. */
	edit: (calculator: Locator) => Promise<void>;
	/** Every section must change with the edit, those still asleep by waking (not only some). */
	each?: boolean;
}

/** An article's compact embed: its sections mount once near, and follow its inputs. */
export function embedChecks(spec: EmbedSpec): void {
	const which = spec.calculator ? `, ${spec.calculator}` : '';
	test(`the article embed's sections wake and follow its inputs (${spec.path}${which})`, async ({
		page,
		problems
	}) => {
		const warnings = recordHydrationWarnings(page);
		await page.goto(spec.path);
		await spec.open?.(page);
		const calculator = page.locator(
			`article .island section${spec.calculator ? `[data-calculator=${spec.calculator}]` : '.calculator'}`
		);
		await expect(calculator).toHaveCount(1);
		await calculator.scrollIntoViewIfNeeded();
		// (the island around the calculator: `sections` finds those inside a `[data-calculator]`)
		const around = calculator.locator('..');
		await expect(sections(around)).toHaveCount(spec.count);
		for (let k = 0; k < (spec.near ?? spec.count); k++) {
			await sections(around).nth(k).scrollIntoViewIfNeeded();
			await expect(sections(around).nth(k)).toHaveAttribute('data-island', 'awake');
		}
		const before = await sectionTexts(around);
		expect(before.every((text) => text.length > 0)).toBe(true);
		await spec.edit(calculator);
		const changed = async () => (await sectionTexts(around)).map((text, k) => text !== before[k]);
		if (spec.each) await expect.poll(changed).toEqual(before.map(() => true));
		else await expect.poll(changed).toContain(true);
		await allAwake(around);
		expect(warnings).toEqual([]);
		expect(problems).toEqual([]);
	});
}
