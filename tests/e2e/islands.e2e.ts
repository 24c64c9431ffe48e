/**
 * Calculators in articles are islands (issue 20, src/lib/ui/island/): their full HTML and styles
 * are in the prerendered page, their code loads only when the reader comes near (or focuses into
 * one, or prints), and waking hydrates the server's DOM in place instead of drawing it again.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { testIn } from './locales';
import { field, output, type Locale } from './helpers';
import {
	componentFile,
	nothingComesNear,
	recordHydrationWarnings,
	recordPrint,
	recordRequests,
	tabInto
} from './loading';

const words = {
	en: {
		spend: 'Spend per month',
		retention: 'Retention per month',
		clv: 'Customer lifetime value'
	},
	zh: { spend: '每月消费额', retention: '每月留存率', clv: '客户终身价值' }
} as const;

// Islands of the article itself, not the sections inside a calculator (islands of their own).
const islands = (page: Page) => page.locator('article .island:not(.island .island)');

for (const locale of ['en', 'zh'] as Locale[]) {
	const t = words[locale];
	const article = `/${locale}/learn/what-is-clv/`;

	test(`without JavaScript an article's calculator is in the page, styled (${locale})`, async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const failed: string[] = [];
		page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
		await page.goto(article);
		const calculator = islands(page).locator('section.calculator');
		await expect(calculator).toHaveCount(1);
		await expect(calculator.getByText(t.retention, { exact: true }).first()).toBeAttached();
		await expect(output(calculator, t.clv)).toHaveText(/\d/);
		// The island's own stylesheets (not inlined in the page) apply: the kit's layout is a grid.
		await expect(islands(page).locator('link[rel=stylesheet]').first()).toBeAttached();
		await expect(calculator).toHaveCSS('display', 'grid');
		await expect(calculator).toHaveCSS('container-type', 'inline-size');
		expect(failed).toEqual([]);
		await context.close();
	});

	testIn(locale, 'en')(
		`an article loads its calculator's code only near it, and wakes it in place (${locale})`,
		async ({ page, problems }) => {
			const requests = recordRequests(page);
			const warnings = recordHydrationWarnings(page);
			const code = componentFile('ClvCalculator');
			await page.goto(article);
			await page.waitForLoadState('networkidle');
			const island = islands(page);
			await expect(island).toHaveAttribute('data-island', 'asleep');
			expect(requests).not.toContain(code);

			// Nodes of the server's HTML, to compare after waking.
			await page.evaluate(() => {
				const root = document.querySelector('article .island section.calculator')!;
				const marked = window as unknown as { marked: Element[]; all: Element[] };
				marked.marked = [root, root.querySelector('output')!, root.querySelector('input')!];
				marked.all = [...root.querySelectorAll('*')];
			});

			await island.scrollIntoViewIfNeeded();
			await expect(island).toHaveAttribute('data-island', 'awake');
			expect(requests).toContain(code);
			const kept = await page.evaluate(() => {
				const root = document.querySelector('article .island section.calculator')!;
				const { marked } = window as unknown as { marked: Element[] };
				const now = [root, root.querySelector('output')!, root.querySelector('input')!];
				return marked.map((node, k) => node === now[k] && node.isConnected);
			});
			expect(kept).toEqual([true, true, true]);
			// Hydrating replaced nothing: every element of the server's HTML is still in the island
			// (the calculator may add some of its own, e.g. the link to its result while scrolled away).
			const dropped = await island.evaluate((el) => {
				const { all } = window as unknown as { all: Element[] };
				return all.filter((node) => !el.contains(node)).map((node) => node.outerHTML.slice(0, 80));
			});
			expect(dropped).toEqual([]);

			// Live: a change of input moves the headline.
			const headline = output(island, t.clv);
			const shown = await headline.textContent();
			await field(island, t.spend).fill('123');
			await expect(headline).not.toHaveText(shown!);
			await expect(headline).toHaveText(/\d/);
			expect(warnings).toEqual([]);
			expect(problems).toEqual([]);
		}
	);

	testIn(locale, 'zh')(
		`Tab into a calculator that has not woken wakes it and keeps focus (${locale})`,
		async ({ page, problems }) => {
			// Nothing comes "near" in this test: only the focus can wake the island.
			await nothingComesNear(page);
			await page.goto(article);
			const island = islands(page);
			await expect(island).toHaveAttribute('data-island', 'asleep');
			const { first, ...focus } = await tabInto(page, island);
			expect(focus, `focus on ${first}`).toEqual({ same: true, connected: true });
			// And the calculator answers the keyboard.
			const headline = output(island, t.clv);
			const shown = await headline.textContent();
			await field(island, t.spend).fill('321');
			await expect(headline).not.toHaveText(shown!);
			expect(problems).toEqual([]);
		}
	);
}

test('what the reader types before an island wakes reaches the calculator (zh)', async ({
	page,
	problems
}) => {
	const t = words.zh;
	const code = componentFile('ClvCalculator');
	// The calculator's code arrives late, so the typing lands in the server's HTML first.
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(`**${code}`, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/zh/learn/what-is-clv/');
	const island = islands(page);
	const headline = output(island, t.clv);
	const shown = await headline.textContent();
	await field(island, t.spend).fill('123');
	await expect(island).toHaveAttribute('data-island', 'waking');
	release();
	await expect(island).toHaveAttribute('data-island', 'awake');
	await expect(headline).not.toHaveText(shown!);
	const replayed = await headline.textContent();
	// The same input typed into the live calculator gives the same headline.
	await field(island, t.spend).fill('456');
	await expect(headline).not.toHaveText(replayed!);
	await field(island, t.spend).fill('123');
	await expect(headline).toHaveText(replayed!);
	expect(problems).toEqual([]);
});

test('Ctrl+P wakes every island of an article and waits for their charts (en)', async ({
	page,
	problems
}) => {
	const printed = await recordPrint(page);
	await page.goto('/en/learn/loyalty-business-models/');
	// Four calculators, and the sections of theirs that are islands of their own.
	await expect(islands(page)).toHaveCount(4);
	const every = page.locator('article .island');
	const total = await every.count();
	expect(total).toBeGreaterThan(4);
	await expect(every.and(page.locator('[data-island=asleep]'))).toHaveCount(total);
	const charts = await page.locator('main canvas').count();
	expect(charts).toBeGreaterThan(0);
	await page.keyboard.press('Control+P');
	// Every island is awake, also the calculators' own sections (islands inside islands).
	expect(await printed()).toEqual({
		islands: total,
		awake: total,
		asleep: 0,
		charts,
		drawn: charts
	});
	expect(problems).toEqual([]);
});

test('print media wakes every island of an article (zh)', async ({ page, problems }) => {
	const warnings = recordHydrationWarnings(page);
	await page.goto('/zh/learn/loyalty-business-models/');
	const total = await islands(page).count();
	await expect(islands(page).and(page.locator('[data-island=asleep]'))).toHaveCount(total);
	await page.emulateMedia({ media: 'print' });
	await expect(islands(page).and(page.locator('[data-island=awake]'))).toHaveCount(total);
	await page.emulateMedia({ media: 'screen' });
	expect(warnings).toEqual([]);
	expect(problems).toEqual([]);
});

test('after a client-side navigation an article mounts its calculator at once (en)', async ({
	page,
	problems
}) => {
	await page.goto('/en/learn/');
	await page.locator('main a[href="/en/learn/what-is-clv/"]').first().click();
	await expect(page).toHaveURL(/\/en\/learn\/what-is-clv\/$/);
	const island = islands(page);
	await expect(island).toHaveAttribute('data-island', 'awake');
	const headline = output(island, words.en.clv);
	await expect(headline).toHaveText(/\d/);
	const shown = await headline.textContent();
	await field(island, words.en.spend).fill('123');
	await expect(headline).not.toHaveText(shown!);
	expect(problems).toEqual([]);
});
