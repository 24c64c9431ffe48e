/**
 * Content-Security-Policy: every built page carries the policy, and no page, in either language,
 * trips it — loaded and scrolled through (charts drawn, simulation workers started: checked in
 * `site.e2e.ts`, in the same visit as axe) and, on a calculator, with the lazily loaded panels,
 * the QR code, the offline copy and printing used.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { watchViolations } from './csp-watch';
import { pages } from './pages';

const htmlOf = (path: string) => readFileSync(`build${path}index.html`, 'utf8');

const policyOf = (path: string) => {
	const html = htmlOf(path);
	const meta = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html);
	if (!meta) return undefined;
	return new Map(
		meta[1]!
			.replaceAll('&#39;', "'")
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.map(([name, ...values]) => [name!, values])
	);
};

test('every built page carries a strict policy', () => {
	expect(pages.length).toBeGreaterThan(10);
	for (const path of pages) {
		const policy = policyOf(path);
		expect(policy, path).toBeDefined();
		const scripts = policy!.get('script-src')!;
		expect(scripts, path).toContain("'self'");
		expect(
			scripts.filter((s) => /unsafe/.test(s)),
			path
		).toEqual([]);
		// Every inline script of the page (app.html's and SvelteKit's start-up) is allowed by hash.
		const inline = [...htmlOf(path).matchAll(/<script>([\s\S]*?)<\/script>/g)];
		expect(inline.length, path).toBeGreaterThanOrEqual(2);
		for (const [, body] of inline) {
			const hash = `'sha256-${createHash('sha256').update(body!).digest('base64')}'`;
			expect(scripts, path).toContain(hash);
		}
		expect(policy!.get('connect-src'), path).toEqual(["'self'"]);
		expect(policy!.get('object-src'), path).toEqual(["'none'"]);
		expect(policy!.get('base-uri'), path).toEqual(["'self'"]);
		expect(policy!.get('form-action'), path).toEqual(["'none'"]);
		expect(policy!.get('style-src-elem')!.includes("'unsafe-inline'"), path).toBe(false);
	}
});

test.describe('with the offline copy', () => {
	test.use({ serviceWorkers: 'allow' });

	for (const [locale, c] of Object.entries({
		en: { saved: 'Saved scenarios', compare: 'Compare A and B', qr: 'QR code', close: 'Close' },
		zh: { saved: '已保存的场景', compare: '对比 A 与 B', qr: '二维码', close: '关闭' }
	})) {
		test(`panels, QR code, workers, offline copy and print trip no CSP rule (${locale})`, async ({
			page,
			problems
		}) => {
			const violations = await watchViolations(page);
			await page.addInitScript(() => (window.print = () => {}));
			await page.goto(`/${locale}/calculate/lifecycle/`);
			await page.getByRole('button', { name: c.saved }).click();
			await page.getByRole('button', { name: c.compare }).click();
			await page.getByRole('button', { name: c.qr }).click();
			await expect(page.getByRole('dialog')).toBeVisible();
			await page.getByRole('button', { name: c.close }).click();
			await page.keyboard.press('Control+P');
			// The simulation worker ran for the print, and the offline copy registers after a pause.
			await page.evaluate(() => navigator.serviceWorker.ready);
			expect(await violations()).toEqual([]);
			expect(problems).toEqual([]);
		});
	}
});

for (const locale of ['en', 'zh']) {
	test(`the number-format worker starts from the head under the policy (${locale})`, async ({
		page,
		problems
	}) => {
		// app.html starts it before the page's scripts, so that the page's first number format
		// finds the locale's data loaded (bench/perf-notes.md, round 12).
		const violations = await watchViolations(page);
		const worker = page.waitForEvent('worker', (w) => w.url().endsWith('/warm-intl.js'));
		await page.goto(`/${locale}/learn/what-is-clv/`);
		await worker;
		expect(await violations()).toEqual([]);
		expect(problems).toEqual([]);
	});
}
