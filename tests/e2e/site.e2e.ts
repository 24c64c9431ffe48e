import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { localizedPages, pages } from './pages';

test('the build has every page in both locales', () => {
	const zh = localizedPages.filter((p) => p.startsWith('/zh/')).map((p) => p.slice(3));
	const en = localizedPages.filter((p) => p.startsWith('/en/')).map((p) => p.slice(3));
	expect(zh.length).toBeGreaterThan(5);
	expect(zh).toEqual(en);
});

for (const path of pages) {
	test(`${path} loads cleanly and passes axe`, async ({ page, problems }) => {
		await page.goto(path, { waitUntil: 'networkidle' });
		const lang = path.startsWith('/en/') ? 'en' : 'zh-CN';
		if (path !== '/') await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.locator('h1').first()).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations.filter((v) =>
			['serious', 'critical'].includes(v.impact ?? '')
		);
		expect(
			serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
			`axe on ${path}`
		).toEqual([]);
		expect(problems).toEqual([]);
	});
}
