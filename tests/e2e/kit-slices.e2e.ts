/**
 * The calculator kit hydrates in slices (issue 20): the lists of steps (their formulas and the
 * MathML renderer, `StepListBody`) and the scenario bar's buttons after the preset picker
 * (`ScenarioTools`) are islands of their own. Their HTML is in the prerendered page, their code is
 * not part of the first load but arrives without the reader scrolling (steps on the first screen
 * wake right after the page; the buttons' code is fetched when the browser is idle), an edit made
 * before the steps woke shows in them what it shows after, and a button pressed before its code
 * arrived still does its job.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { testIn } from './locales';
import { field } from './helpers';
import { recordHydrationWarnings, recordRequests } from './loading';

const manifest = JSON.parse(
	readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
) as Record<string, { file: string; name?: string }>;
const built = (source: string) => `/${manifest[source]!.file}`;
/** A shared chunk, by its name (the module it is named after). */
const chunk = (name: string) => `/${Object.values(manifest).find((c) => c.name === name)!.file}`;
const files = {
	steps: built('src/lib/ui/calculator/StepListBody.svelte'),
	formula: chunk('Formula'),
	tools: built('src/lib/ui/ScenarioTools.svelte')
};

const pages = {
	en: {
		path: '/en/calculate/clv/',
		field: 'Spend per year',
		value: '250',
		reset: 'Reset',
		copy: 'Copy link to this scenario',
		/** A step of the list followed here (the headline's). */
		step: 'Discount rate per period'
	},
	zh: {
		path: '/zh/calculate/subscription/',
		field: '每位客户每年毛利',
		value: '150',
		reset: '重置',
		copy: '复制本场景的链接',
		/** A step of the list followed here (the values section's, which the margin changes). */
		step: '新客户的 CLV'
	}
} as const;

/** The list of steps holding `step`, as an island. */
const steps = (page: Page, step: string) =>
	page
		.locator('[data-calculator] .island:has(> .island-root > ol.steps)')
		.filter({ hasText: step });
/** Its text, less the hint a narrow screen adds to a wide formula. */
const stepsText = (page: Page, step: string) =>
	steps(page, step).evaluate((island) => {
		const copy = island.cloneNode(true) as Element;
		for (const hint of copy.querySelectorAll('[data-scroll-hint]')) hint.remove();
		return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
	});
/** Opens the disclosure the steps sit in, as a reader would, and scrolls to them. */
async function reveal(page: Page, step: string) {
	const summary = steps(page, step).locator('xpath=ancestor::details[not(@open)][1]/summary');
	if ((await summary.count()) > 0) await summary.click();
	await steps(page, step).scrollIntoViewIfNeeded();
}

/** The scenario bar's buttons, as an island. */
const tools = (page: Page) => page.locator('[data-calculator] .bar > .island');

/** Holds the response for `path` until `release()`. */
async function hold(page: Page, path: string) {
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route(`**${path}`, async (route) => {
		await released;
		await route.continue();
	});
	return release;
}

for (const [locale, c] of Object.entries(pages)) {
	test.describe(`the kit in slices (${locale})`, () => {
		test('steps and buttons are in the HTML, their code is not preloaded', async ({ request }) => {
			const html = await (await request.get(c.path)).text();
			for (const file of Object.values(files)) expect(html).not.toContain(file);
			expect(html).toContain(c.copy);
			expect(html).toMatch(/<ol class="steps[^"]*">/);
			// the formulas themselves, typeset on the server
			expect(html).toContain('<math');
		});

		testIn(locale, 'en')(
			'at 1280 px the code arrives without scrolling or pressing anything',
			async ({ page, problems }) => {
				await page.setViewportSize({ width: 1280, height: 800 });
				const requests = recordRequests(page);
				const warnings = recordHydrationWarnings(page);
				await page.goto(c.path);
				await page.waitForLoadState('networkidle');
				// the buttons' code is fetched when the browser is idle; they wake on first use
				await expect.poll(() => requests).toContain(files.tools);
				await expect(tools(page)).toHaveAttribute('data-island', 'asleep');
				if (locale === 'en') {
					// the CLV headline's steps are on the first screen: they woke right after the page
					await expect(steps(page, c.step)).toHaveAttribute('data-island', 'awake');
					expect(requests).toContain(files.steps);
				}
				expect(await page.evaluate(() => scrollY)).toBe(0);
				expect(warnings).toEqual([]);
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'zh')(
			'an edit before the steps woke shows in them what it shows after',
			async ({ page, problems }) => {
				await page.setViewportSize({ width: 360, height: 740 });
				const requests = recordRequests(page);
				const warnings = recordHydrationWarnings(page);
				await page.goto(c.path);
				await page.waitForLoadState('networkidle');
				await expect(steps(page, c.step)).toHaveAttribute('data-island', 'asleep');
				expect(requests).not.toContain(files.steps);
				const start = await stepsText(page, c.step);
				await field(page, c.field).fill(c.value);
				// out of date, the steps wake when the browser is idle, without the reader scrolling
				await expect(steps(page, c.step)).toHaveAttribute('data-island', 'awake');
				expect(requests).toContain(files.steps);
				expect(await page.evaluate(() => scrollY)).toBeLessThan(740 * 2);
				const early = await stepsText(page, c.step);
				expect(early).not.toEqual(start);

				// The same edit once the steps are awake.
				await page.goto(c.path);
				await reveal(page, c.step);
				await expect(steps(page, c.step)).toHaveAttribute('data-island', 'awake');
				await field(page, c.field).fill(c.value);
				await expect.poll(() => stepsText(page, c.step)).toEqual(early);
				expect(warnings).toEqual([]);
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'en')(
			'Tab from the preset picker reaches the first button and keeps it focused',
			async ({ page, problems }) => {
				await page.goto(c.path);
				const button = page.getByRole('button', { name: c.copy, exact: true });
				const node = await button.elementHandle();
				await page.locator('[data-calculator] .bar select').focus();
				await page.keyboard.press('Tab');
				await expect(button).toBeFocused();
				await expect(tools(page)).toHaveAttribute('data-island', 'awake');
				// woken over the same node: focus stayed where it was
				expect(await page.evaluate((el) => el === document.activeElement, node)).toBe(true);
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'zh')(
			'Reset pressed before the buttons’ code arrived resets once it has',
			async ({ page, problems }) => {
				const release = await hold(page, files.tools);
				await page.goto(c.path);
				const input = field(page, c.field);
				const before = await input.inputValue();
				await input.fill(c.value);
				await page.getByRole('button', { name: c.reset, exact: true }).click();
				await expect(tools(page)).not.toHaveAttribute('data-island', 'awake');
				await expect(input).toHaveValue(c.value);
				release();
				await expect(input).toHaveValue(before);
				await expect(tools(page)).toHaveAttribute('data-island', 'awake');
				expect(problems).toEqual([]);
			}
		);

		test('printing shows the steps with the reader’s numbers', async ({ page, problems }) => {
			await page.setViewportSize({ width: 360, height: 740 });
			await page.addInitScript((step) => {
				window.print = () => {
					const island = [
						...document.querySelectorAll<HTMLElement>('[data-calculator] .island')
					].find((each) =>
						[...each.querySelectorAll(':scope > .island-root > ol.steps > li > p')].some((p) =>
							p.textContent?.includes(step)
						)
					);
					const copy = island?.cloneNode(true) as Element | undefined;
					for (const hint of copy?.querySelectorAll('[data-scroll-hint]') ?? []) hint.remove();
					(window as unknown as { printed: object }).printed = {
						awake: island?.dataset.island,
						text: (copy?.textContent ?? '').replace(/\s+/g, ' ').trim()
					};
				};
			}, c.step);
			// what the steps say after the edit, from a page where they were awake
			await page.goto(c.path);
			await reveal(page, c.step);
			await expect(steps(page, c.step)).toHaveAttribute('data-island', 'awake');
			const start = await stepsText(page, c.step);
			await field(page, c.field).fill(c.value);
			await expect.poll(() => stepsText(page, c.step)).not.toEqual(start);
			const expected = await stepsText(page, c.step);

			// edited while asleep, then printed at once (Ctrl+P)
			await page.goto(c.path);
			await field(page, c.field).fill(c.value);
			await page.keyboard.press('Control+P');
			const printed = await page
				.waitForFunction(() => (window as unknown as { printed?: object }).printed)
				.then((handle) => handle.jsonValue());
			expect(printed).toEqual({ awake: 'awake', text: expected });
			expect(problems).toEqual([]);
		});
	});
}
