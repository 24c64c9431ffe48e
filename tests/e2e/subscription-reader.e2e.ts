/**
 * The subscription page's paste-box reader (the cohort-table parser, its paste grid and what it
 * says of unreadable cells) is not part of the page's first load: the box starts with the inputs'
 * table, whose reading is known, and the reader's code comes when the page is idle or the box is
 * used. Here every chunk the page asks for after its first load is held back: what is typed meanwhile
 * stays in the box, the last status stays whole, and once the code comes the text is read and used.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoBrokenNumbers, output } from './helpers';

const path = '/en/calculate/subscription/';
const TABLE = 'cohort\t0\t1\t2\nJan\t500\t310\t240\nFeb\t400\t260';

/** Holds back every script chunk not in the page's first load until `release()`. */
async function holdLateChunks(page: Page) {
	const html = await (await page.request.get(path)).text();
	const first = new Set([...html.matchAll(/\/_app\/immutable\/[^"]+\.js/g)].map((m) => m[0]));
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	let asked = 0;
	await page.route(
		(url) => url.pathname.startsWith('/_app/immutable/') && url.pathname.endsWith('.js'),
		async (route) => {
			if (!first.has(new URL(route.request().url()).pathname)) {
				asked++;
				await held;
			}
			await route.continue();
		}
	);
	return { release, asked: () => asked };
}

test('a table typed before the reader’s code came stays in the box and is read when it comes', async ({
	page,
	problems
}) => {
	const late = await holdLateChunks(page);
	await page.goto(path);
	const box = page.getByRole('textbox', { name: 'Cohort table, pasted from a spreadsheet' });
	const status = page.getByText(/^Read: \d+ cohorts?, up to/);
	await expect(status).toHaveText(/^Read: \d+ cohorts/);
	const clv = output(page, 'Value of a new customer (CLV)');
	await expect(clv).toHaveText(/\d/);
	const value = await clv.textContent();
	const before = await status.textContent();
	await box.fill(TABLE);
	await expect.poll(late.asked).toBeGreaterThan(0);
	// the code is on its way: the box keeps what was typed, the last status stays whole
	await expect(box).toHaveValue(TABLE);
	await expect(status).toHaveText(before!);
	await expect(clv).toHaveText(value!);
	await expectNoBrokenNumbers(page);
	late.release();
	await expect(status).toHaveText(/^Read: 2 cohorts,/);
	await expect(box).toHaveValue(TABLE);
	// and used: the results are the new table's
	await expect(clv).not.toHaveText(value!);
	await expectNoBrokenNumbers(page);
	expect(problems).toEqual([]);
});
