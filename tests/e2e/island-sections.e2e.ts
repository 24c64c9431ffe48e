/**
 * A calculator's own page hands its below-the-fold sections to islands with live props (issue 20,
 * src/lib/ui/island/Island.svelte): a section's HTML is prerendered, its code loads when the
 * reader comes near, and awake it follows the calculator. Checked on the lifecycle simulator's
 * value table; each calculator's e2e checks its own sections.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { testIn } from './locales';
import { field, type Locale } from './helpers';
import { nothingComesNear } from './loading';
import { sections } from './sections';

/** `quietMs` in Island.svelte: how long the props must rest before an out-of-date section mounts. */
const quietMs = 1000;

const manifest = JSON.parse(
	readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
) as Record<string, { file: string }>;
const tableCode = `/${manifest['src/lib/calculators/lifecycle/ValueTable.svelte']!.file}`;

const words = {
	en: { horizon: 'Horizon', churnTime: 'Expected time to churn' },
	zh: { horizon: '推演时长', churnTime: '流失前的预期时间' }
} as const;

/** The value table's island (the one whose table has the time-to-churn column). */
const section = (page: Page, locale: Locale = 'en') =>
	page
		.locator('main .island:not([data-wake])')
		.filter({ has: page.getByRole('columnheader', { name: words[locale].churnTime }) });

for (const locale of ['en', 'zh'] as Locale[]) {
	const t = words[locale];
	const url = `/${locale}/calculate/lifecycle/`;

	testIn(locale, 'en')(
		`a section's code loads only near it; it wakes in place and follows the inputs (${locale})`,
		async ({ page, problems }) => {
			const requests: string[] = [];
			page.on('request', (r) => requests.push(new URL(r.url()).pathname));
			await page.goto(url);
			await page.waitForLoadState('networkidle');
			await expect(section(page, locale)).toHaveAttribute('data-island', 'asleep');
			expect(requests).not.toContain(tableCode);
			await section(page, locale).evaluate((el) => {
				(window as unknown as { table: Element }).table = el.querySelector('table')!;
			});

			await section(page, locale).scrollIntoViewIfNeeded();
			await expect(section(page, locale)).toHaveAttribute('data-island', 'awake');
			expect(requests).toContain(tableCode);
			const same = await section(page, locale).evaluate(
				(el) => el.querySelector('table') === (window as unknown as { table: Element }).table
			);
			expect(same).toBe(true);

			const before = await section(page, locale).locator('tbody').innerText();
			const horizon = field(page, t.horizon);
			await horizon.fill(String(Number(await horizon.inputValue()) * 2));
			await expect(section(page, locale).locator('tbody')).not.toHaveText(before);
			expect(problems).toEqual([]);
		}
	);

	testIn(locale, 'zh')(
		`a section whose inputs changed while it slept wakes with the new figures (${locale})`,
		async ({ page, problems }) => {
			// The figures the live table shows after the edit…
			await page.goto(url);
			await section(page, locale).scrollIntoViewIfNeeded();
			await expect(section(page, locale)).toHaveAttribute('data-island', 'awake');
			const horizon = field(page, t.horizon);
			const doubled = String(Number(await horizon.inputValue()) * 2);
			await horizon.fill(doubled);
			await expect(page).toHaveURL(/\?/);
			const live = await section(page, locale).locator('tbody').innerText();

			// …are those of a table that slept through the same edit, without the reader scrolling.
			await page.goto(url);
			await page.waitForLoadState('networkidle');
			await expect(section(page, locale)).toHaveAttribute('data-island', 'asleep');
			const asleep = await section(page, locale).locator('tbody').innerText();
			await field(page, t.horizon).fill(doubled);
			await expect(section(page, locale)).toHaveAttribute('data-island', 'awake');
			await expect.poll(() => section(page, locale).locator('tbody').innerText()).toBe(live);
			expect(live).not.toBe(asleep);
			expect(problems).toEqual([]);
		}
	);
}

test('without JavaScript a section is in the page, styled', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/en/calculate/lifecycle/');
	const table = section(page).locator('table');
	await expect(table).toBeVisible();
	await expect(table.locator('tbody tr').first()).toHaveText(/\$\d/);
	await expect(section(page).locator('link[rel=stylesheet]').first()).toBeAttached();
	await context.close();
});

test('a section out of date is not mounted while the inputs keep changing; once they rest, it shows them', async ({
	page,
	problems
}) => {
	const t = words.en;
	// The figures a live table shows after the edits…
	await page.goto('/en/calculate/lifecycle/');
	await section(page).scrollIntoViewIfNeeded();
	await expect(section(page)).toHaveAttribute('data-island', 'awake');
	const start = Number(await field(page, t.horizon).inputValue());
	const last = start + 6;
	await field(page, t.horizon).fill(String(last));
	await expect(page).toHaveURL(/\?/);
	const live = await section(page).locator('tbody').innerText();

	// …and a table that slept through them, with nothing coming near and the page's clock in the
	// test's hands: edits every half of the quiet time leave it asleep, however many there are.
	await nothingComesNear(page);
	await page.clock.install();
	await page.goto('/en/calculate/lifecycle/');
	await page.waitForLoadState('networkidle');
	await expect(section(page)).toHaveAttribute('data-island', 'asleep');
	const asleep = await section(page).locator('tbody').innerText();
	await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
	for (let value = start + 1; value <= last; value++) {
		await field(page, t.horizon).fill(String(value));
		await page.clock.runFor(quietMs / 2);
		expect(await section(page).getAttribute('data-island')).toBe('asleep');
	}
	expect(await section(page).locator('tbody').innerText()).toBe(asleep);
	// Resting: it mounts afresh when the browser is idle, with the last edit's figures.
	await page.clock.runFor(quietMs * 2);
	await expect(section(page)).toHaveAttribute('data-island', 'awake');
	await expect.poll(() => section(page).locator('tbody').innerText()).toBe(live);
	expect(live).not.toBe(asleep);
	expect(problems).toEqual([]);
});

test('focus into a section whose figures went out of date: it mounts afresh and the focus stays on the same field', async ({
	page,
	problems
}) => {
	await nothingComesNear(page);
	await page.clock.install();
	await page.goto('/en/calculate/lifecycle/');
	await page.waitForLoadState('networkidle');
	// The campaign's section: its comparison follows the horizon, its fields are the campaign's.
	const campaign = sections(page).last();
	await expect(campaign).toHaveAttribute('data-island', 'asleep');
	const before = await campaign.innerText();
	await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
	const horizon = field(page, words.en.horizon);
	await horizon.fill(String(Number(await horizon.inputValue()) + 12));
	await page.clock.runFor(quietMs / 2);
	expect(await campaign.getAttribute('data-island')).toBe('asleep');

	// The reader reaches its first field (as Tab would): focus wakes it.
	const label = await campaign
		.locator('input, select')
		.first()
		.evaluate(
			(el) =>
				(el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? el.getAttribute('aria-label')
		);
	await campaign.locator('input, select').first().focus();
	await expect(campaign).toHaveAttribute('data-island', 'awake');
	// A fresh rendering (the server's was out of date), the focus on the same field in it.
	await expect.poll(() => campaign.innerText()).not.toBe(before);
	const now = await campaign.evaluate((el) => {
		const active = document.activeElement as HTMLInputElement | null;
		return {
			inSection: !!active && el.contains(active),
			label: active?.labels?.[0]?.textContent?.trim() ?? active?.getAttribute('aria-label')
		};
	});
	expect(now).toEqual({ inSection: true, label });
	expect(problems).toEqual([]);
});

test('an awake section far from the screen shows a single edit, and waits out a run of them until the reader pauses, prints or comes near', async ({
	page,
	problems
}) => {
	const t = words.en;
	const table = () => section(page).locator('tbody').innerText();
	await page.clock.install();
	await page.goto('/en/calculate/lifecycle/');
	const horizon = field(page, t.horizon);
	const start = Number(await horizon.inputValue());
	// What the table shows, awake and on screen, for three horizons.
	await section(page).scrollIntoViewIfNeeded();
	await expect(section(page)).toHaveAttribute('data-island', 'awake');
	const shows: string[] = [];
	for (const step of [0, 1, 2]) {
		await horizon.fill(String(start + step * 6));
		await expect.poll(table).not.toBe(shows.at(-1) ?? '');
		shows.push(await table());
	}
	await horizon.fill(String(start));
	await expect.poll(table).toBe(shows[0]);

	// Far from it (the top of the page), with the page's clock in the test's hands.
	await page.evaluate(() => window.scrollTo(0, 0));
	await expect
		.poll(() => section(page).evaluate((el) => el.getBoundingClientRect().top > 2 * innerHeight))
		.toBe(true);
	// Intersection observers report in the same rendering step: once a new one has, so has the
	// island's.
	await page.evaluate(
		() =>
			new Promise<void>((resolve) =>
				new IntersectionObserver((_, observer) => {
					observer.disconnect();
					resolve();
				}).observe(document.body)
			)
	);
	await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
	// A single edit shows at once.
	await horizon.fill(String(start + 6));
	await expect.poll(table).toBe(shows[1]);
	// The next ones, less than quietMs apart, wait.
	await page.clock.runFor(quietMs / 2);
	await horizon.fill(String(start + 12));
	await page.clock.runFor(quietMs / 2);
	expect(await table()).toBe(shows[1]);
	// Printing brings it up to date at once.
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	expect(await table()).toBe(shows[2]);
	await page.evaluate(() => dispatchEvent(new Event('afterprint')));
	// So does a pause.
	await horizon.fill(String(start));
	await page.clock.runFor(quietMs / 2);
	expect(await table()).toBe(shows[2]);
	await page.clock.runFor(quietMs * 2);
	await expect.poll(table).toBe(shows[0]);
	// And coming near.
	await horizon.fill(String(start + 12));
	await expect.poll(table).toBe(shows[2]);
	await page.clock.runFor(quietMs / 2);
	await horizon.fill(String(start + 6));
	await page.clock.runFor(quietMs / 2);
	expect(await table()).toBe(shows[2]);
	await section(page).scrollIntoViewIfNeeded();
	await expect.poll(table).toBe(shows[1]);
	expect(problems).toEqual([]);
});
