/**
 * The Monte-Carlo simulations run in the browser. Without JavaScript nothing runs, so the page says
 * so where the simulation's progress would be, rather than showing a bar that never moves and a
 * "waiting" status; with JavaScript the bar is there as before.
 */
import { expect, test } from './fixtures';

const pages = [
	{
		path: '/en/calculate/referral/',
		note: 'The simulation runs in your browser, with JavaScript turned on.',
		progress: 'Simulation progress'
	},
	{
		path: '/zh/calculate/referral/',
		note: '模拟在你的浏览器里运行，需要开启 JavaScript。',
		progress: '模拟进度'
	},
	{
		path: '/en/calculate/lifecycle/',
		note: 'The simulation runs in your browser, with JavaScript turned on.',
		progress: 'Simulation progress'
	},
	{
		path: '/zh/calculate/lifecycle/',
		note: '模拟在你的浏览器里运行，需要开启 JavaScript。',
		progress: '模拟进度'
	}
] as const;

for (const { path, note, progress } of pages) {
	test(`without JavaScript the simulation says it needs it (${path})`, async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(path);
		await expect(page.getByText(note, { exact: true })).toBeVisible();
		await expect(page.getByRole('progressbar', { name: progress })).toHaveCount(0);
		await context.close();
	});

	test(`with JavaScript the simulation shows its progress instead (${path})`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByRole('progressbar', { name: progress })).toHaveCount(1);
		await expect(page.getByText(note, { exact: true })).toBeHidden();
	});
}
