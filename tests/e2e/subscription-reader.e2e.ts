/**
 * The subscription page's paste-box reader (the cohort-table parser, its paste grid and what it
 * says of unreadable cells) is not part of the page's first load: the box starts with the inputs'
 * table, whose reading is known, and the reader's code comes when the page is idle or the box is
 * used. Here the reader is held back: what is typed meanwhile stays in the box, the last status and
 * results stay whole, and once the code comes the text is read and used.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chunkHolding, holdBack } from './hold-back';
import { expectNoBrokenNumbers, field, output } from './helpers';

const path = '/en/calculate/subscription/';
const TABLE = 'cohort\t0\t1\t2\nJan\t500\t310\t240\nFeb\t400\t260';

/**
 * The built file holding the reader's words (`subscription-reader`, found by one of them): the
 * reader's code imports it, so holding it back holds the reader back.
 */
const readerFile = () => chunkHolding('mixes customers and percentages');

/** Holds the reader back until `release()`; `asked()` says whether the page asked for it. */
const holdReader = (page: Page) => holdBack(page, readerFile());

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
