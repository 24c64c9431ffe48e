/**
 * Printing gives the whole page: every chart, including those never scrolled to, and the finished
 * simulation reports. The Print button and Ctrl+P wait for them; `window.print` is replaced here by
 * a recorder of what the page holds at the moment the dialog would open.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface Printed {
	charts: number;
	drawn: number;
	text: string;
}

/** Replaces `window.print` with a snapshot of the page at the moment it is called. */
async function recordPrint(page: Page) {
	await page.addInitScript(() => {
		window.print = () => {
			const canvases = [...document.querySelectorAll<HTMLCanvasElement>('main canvas')];
			(window as unknown as { printed: Printed }).printed = {
				charts: canvases.length,
				drawn: canvases.filter((c) => c.dataset.drawn !== undefined).length,
				text: document.querySelector('main')!.textContent ?? ''
			};
		};
	});
}

const printed = (page: Page) =>
	page
		.waitForFunction(() => (window as unknown as { printed?: Printed }).printed)
		.then((handle) => handle.jsonValue() as Promise<Printed>);

const drawnNow = (page: Page) =>
	page.evaluate(() => document.querySelectorAll('main canvas[data-drawn]').length);

test.describe('print', () => {
	test('Ctrl+P waits until every chart is drawn, even those never scrolled to (en)', async ({
		page,
		problems
	}) => {
		await recordPrint(page);
		await page.goto('/en/calculate/lifecycle/');
		const total = await page.locator('main canvas').count();
		expect(total).toBeGreaterThanOrEqual(2);
		expect(await drawnNow(page)).toBeLessThan(total);
		await page.keyboard.press('Control+P');
		const snapshot = await printed(page);
		expect(snapshot).toMatchObject({ charts: total, drawn: total });
		expect(problems).toEqual([]);
	});

	test('the Print handout button waits too (zh)', async ({ page, problems }) => {
		await recordPrint(page);
		await page.goto('/zh/calculate/points/');
		const total = await page.locator('main canvas').count();
		expect(total).toBeGreaterThan(0);
		expect(await drawnNow(page)).toBeLessThan(total);
		await page.getByRole('button', { name: '打印讲义' }).click();
		expect(await printed(page)).toMatchObject({ charts: total, drawn: total });
		expect(problems).toEqual([]);
	});

	test('printing from the browser menu draws every chart at once, once chart.js is loaded', async ({
		page,
		problems
	}) => {
		await page.goto('/en/calculate/clv/');
		await page.locator('main figure').first().scrollIntoViewIfNeeded();
		await page.locator('main canvas[data-drawn]').first().waitFor({ state: 'attached' });
		await page.evaluate(() => window.scrollTo(0, 0));
		// `beforeprint` cannot wait: the charts must exist when the handlers return.
		const counts = await page.evaluate(() => {
			dispatchEvent(new Event('beforeprint'));
			const canvases = [...document.querySelectorAll<HTMLCanvasElement>('main canvas')];
			return [canvases.length, canvases.filter((c) => c.dataset.drawn !== undefined).length];
		});
		expect(counts[1]).toBe(counts[0]);
		await page.evaluate(() => dispatchEvent(new Event('afterprint')));
		expect(problems).toEqual([]);
	});

	for (const [path, waiting, finished] of [
		[
			'/en/calculate/lifecycle/',
			'The simulation starts when the inputs stop changing.',
			/Simulated [\d,]+ cohorts of [\d,]+ customers/
		],
		['/zh/calculate/referral/', '等你输入完再开始', /已模拟 [\d,]+ 条推荐链（/]
	] as const) {
		test(`a simulation prints its finished report: ${path}`, async ({ page, problems }) => {
			await recordPrint(page);
			await page.goto(path);
			await page.keyboard.press('Control+P');
			const snapshot = await printed(page);
			expect(snapshot.text).not.toContain(waiting);
			expect(snapshot.text).toMatch(finished);
			expect(snapshot.drawn).toBe(snapshot.charts);
			expect(problems).toEqual([]);
		});
	}
});
