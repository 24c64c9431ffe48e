/**
 * On a phone (360 px), in both languages, on every calculator and article page: no text inside a
 * formula or a table is cut off. Formulas wrap; a table either fits (the timing conventions become
 * cards) or scrolls sideways with a visible hint. Every disclosure is opened and every prediction
 * revealed first (the answers hold tables too), then the page is scrolled through so lazy sections
 * render.
 */
import { expect, test } from './fixtures';
import { clippedInFormulasAndTables, scrollThrough } from './layout';
import { localizedPages } from './pages';

const phonePages = localizedPages.filter((path) => /\/(calculate|learn)\/[^/]+\/$/.test(path));

test.use({ viewport: { width: 360, height: 780 } });

test('the page list holds calculators and articles in both languages', () => {
	for (const kind of ['calculate', 'learn'])
		for (const locale of ['zh', 'en'])
			expect(phonePages.filter((p) => p.startsWith(`/${locale}/${kind}/`)).length).toBeGreaterThan(
				3
			);
});

for (const path of phonePages) {
	test(`nothing in a formula or table is cut off at 360 px: ${path}`, async ({
		page,
		problems
	}) => {
		await page.goto(path);
		await page.evaluate(() => {
			for (const details of document.querySelectorAll('main details'))
				details.setAttribute('open', '');
			// what presentation mode's "next" does to a prediction: show its answer
			for (const box of document.querySelectorAll('main [data-reveal]'))
				box.dispatchEvent(new CustomEvent('reveal', { bubbles: true }));
		});
		await scrollThrough(page);
		expect(await clippedInFormulasAndTables(page)).toEqual([]);
		expect(problems).toEqual([]);
	});
}
