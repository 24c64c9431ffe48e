/**
 * Every built page, in both languages, in one visit each: it loads with no console error or failed
 * request, says its language, passes axe (serious and critical rules), and trips no
 * Content-Security-Policy rule while loaded and scrolled through (charts drawn, sections woken,
 * simulation workers started). One visit does both because a page load is most of what each check
 * costs, and CI runs every page.
 */
import AxeBuilder from '@axe-core/playwright';
import { watchViolations } from './csp-watch';
import { expect, test } from './fixtures';
import { scrollThrough } from './layout';
import { localizedPages, pages } from './pages';

test('the build has every page in both locales', () => {
	const zh = localizedPages.filter((p) => p.startsWith('/zh/')).map((p) => p.slice(3));
	const en = localizedPages.filter((p) => p.startsWith('/en/')).map((p) => p.slice(3));
	expect(zh.length).toBeGreaterThan(5);
	expect(zh).toEqual(en);
});

for (const path of pages) {
	test(`${path} loads cleanly, passes axe and trips no CSP rule`, async ({ page, problems }) => {
		const violations = await watchViolations(page);
		await page.goto(path, { waitUntil: 'networkidle' });
		const lang = path.startsWith('/en/') ? 'en' : 'zh-CN';
		if (path !== '/') await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.locator('h1').first()).toBeVisible();
		// Violations only: axe's details of every passing node are most of its time on a large page.
		const results = await new AxeBuilder({ page })
			.options({ resultTypes: ['violations'] })
			.analyze();
		const serious = results.violations.filter((v) =>
			['serious', 'critical'].includes(v.impact ?? '')
		);
		expect(
			serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
			`axe on ${path}`
		).toEqual([]);
		if (path !== '/') await scrollThrough(page);
		expect(await violations(), path).toEqual([]);
		expect(problems).toEqual([]);
	});
}
