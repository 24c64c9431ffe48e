/**
 * The subscription page's paste-box reader (the cohort-table parser, its paste grid and what it
 * says of unreadable cells) is not part of the page's first load: the box starts with the inputs'
 * table, whose reading is known, and the reader's code comes when the page is idle or the box is
 * used. Here the reader is held back: what is typed meanwhile stays in the box, the last status and
 * results stay whole, and once the code comes the text is read and used.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoBrokenNumbers, field, output } from './helpers';

const path = '/en/calculate/subscription/';
const TABLE = 'cohort\t0\t1\t2\nJan\t500\t310\t240\nFeb\t400\t260';

/**
 * The built file holding the reader's words (`subscription-reader`, found by one of them): the
 * reader's code imports it, so holding it back holds the reader back.
 */
function readerFile(): string {
	const dir = 'build/_app/immutable/chunks';
	const files = readdirSync(dir).filter((file) =>
		readFileSync(join(dir, file), 'utf8').includes('mixes customers and percentages')
	);
	if (files.length !== 1)
		throw new Error(`the reader's words should be in one file, not ${files.length}`);
	return `/_app/immutable/chunks/${files[0]}`;
}

/** Holds the reader back until `release()`; `asked()` says whether the page asked for it. */
async function holdReader(page: Page) {
	const file = readerFile();
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	let asked = false;
	await page.route(
		(url) => url.pathname === file,
		async (route) => {
			asked = true;
			await held;
			await route.continue();
		}
	);
	return { release, asked: () => asked };
}

test('a table typed before the reader’s code came stays in the box and is read when it comes', async ({
	page,
	problems
}) => {
	const late = await holdReader(page);
	await page.goto(path);
	const box = page.getByRole('textbox', { name: 'Cohort table, pasted from a spreadsheet' });
	const status = page.getByText(/^Read: \d+ cohorts?, up to/);
	await expect(status).toHaveText(/^Read: 1 cohort, up to 12 years old\./);
	const clv = output(page, 'Value of a new customer (CLV)');
	await expect(clv).toHaveText(/\d/);
	const value = await clv.textContent();
	const before = await status.textContent();
	// nothing held back for the fit: the small table below is fitted whole
	await field(page, 'Last years held back to check the projection').fill('0');
	await expect(clv).not.toHaveText(value!);
	const kept = await clv.textContent();
	await box.fill(TABLE);
	await expect.poll(late.asked).toBe(true);
	// the code is on its way: the box keeps what was typed, the last status stays whole
	await expect(box).toHaveValue(TABLE);
	await expect(status).toHaveText(before!);
	await expect(clv).toHaveText(kept!);
	await expectNoBrokenNumbers(page);
	late.release();
	await expect(status).toHaveText(/^Read: 2 cohorts,/);
	await expect(box).toHaveValue(TABLE);
	// and used: the results are the new table's
	await expect(clv).not.toHaveText(kept!);
	await expectNoBrokenNumbers(page);
	expect(problems).toEqual([]);
});
