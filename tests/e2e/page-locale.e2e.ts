/**
 * A page loads its own language's messages only (src/lib/i18n/vite-plugin.ts), before it renders:
 * on the first load, on navigation inside the site, and after the language switch.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import clvEn from '../../src/lib/i18n/messages/en/clv';
import commonEn from '../../src/lib/i18n/messages/en/common';
import clvZh from '../../src/lib/i18n/messages/zh/clv';
import commonZh from '../../src/lib/i18n/messages/zh/common';
import { expect, test } from './fixtures';

/** The text of every JavaScript file the page has received so far. */
function scriptsOf(page: Page): string[] {
	const scripts: string[] = [];
	page.on('response', async (response) => {
		if (!new URL(response.url()).pathname.endsWith('.js')) return;
		scripts.push(await response.text().catch(() => ''));
	});
	return scripts;
}

const loaded = (scripts: string[], text: string) => scripts.some((s) => s.includes(text));

test('an English calculator loads English messages only, the switch loads Chinese', async ({
	page,
	problems
}) => {
	const scripts = scriptsOf(page);
	await page.goto('/en/calculate/clv/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(clvEn.title);
	expect(loaded(scripts, clvEn.title)).toBe(true);
	expect(loaded(scripts, commonEn.skipToContent)).toBe(true);
	expect(loaded(scripts, clvZh.title)).toBe(false);
	expect(loaded(scripts, commonZh.skipToContent)).toBe(false);

	scripts.length = 0;
	await page.getByRole('link', { name: '中文' }).click();
	// (the calculator may have written its scenario into the query string, which the switch keeps)
	await expect(page).toHaveURL(/\/zh\/calculate\/clv\/(\?.*)?$/);
	await page.waitForFunction(() => document.documentElement.dataset.ready !== undefined);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(clvZh.title);
	// The calculator is live in Chinese: a bad value gets a Chinese message.
	const field = page.getByRole('textbox').first();
	await field.fill('abc');
	await field.blur();
	await expect(page.getByText(/请/).first()).toBeVisible();
	expect(loaded(scripts, clvZh.title)).toBe(true);
	expect(loaded(scripts, clvEn.title)).toBe(false);
	expect(problems).toEqual([]);
});

test('navigating inside the site loads each page’s messages before it shows', async ({
	page,
	problems
}) => {
	const scripts = scriptsOf(page);
	await page.goto('/zh/');
	await page
		.getByRole('navigation', { name: commonZh.nav.label })
		.getByRole('link', { name: commonZh.nav.calculate })
		.click();
	await expect(page).toHaveURL(/\/zh\/calculate\/$/);
	await page.locator('main a[href="/zh/calculate/clv/"]').first().click();
	await expect(page).toHaveURL(/\/zh\/calculate\/clv\/(\?.*)?$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(clvZh.title);
	await expect(page.getByRole('group').first()).toBeVisible();

	await page
		.getByRole('navigation', { name: commonZh.nav.label })
		.getByRole('link', { name: commonZh.nav.learn })
		.click();
	// Left at once: the calculator's scenario, still waiting to be written, stays on its own page.
	await expect(page).toHaveURL(/\/zh\/learn\/$/);
	await page.waitForTimeout(400); // longer than the scenario's 200 ms write pause
	await expect(page).toHaveURL(/\/zh\/learn\/$/);
	await page.locator('main a[href^="/zh/learn/"]').first().click();
	await expect(page).toHaveURL(/\/zh\/learn\/[^/]+\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// (English site-wide words do arrive: SvelteKit fetches the error page, which holds both
	// languages, in the background when it navigates.)
	expect(loaded(scripts, clvEn.title)).toBe(false);
	expect(problems).toEqual([]);
});

/** The build's record of page messages files (src/lib/i18n/vite-plugin.ts). */
const pageMessages = JSON.parse(
	readFileSync('.svelte-kit/output/client/.vite/page-messages.json', 'utf8')
) as {
	routes: Record<string, Partial<Record<'en' | 'zh', string>>>;
	onDemand: Record<string, Record<string, { namespaces: string[]; file: string }>>;
};

for (const [locale, qr, dialog] of [
	['en', 'QR code', 'Open this scenario on a phone'],
	['zh', '二维码', '用手机打开这个场景']
] as const) {
	test(`a panel's messages come with it, only the ones its page lacks (${locale})`, async ({
		page,
		problems
	}) => {
		const pageFile = pageMessages.routes['/[lang=locale]/calculate/clv']![locale]!;
		const listed = pageMessages.onDemand[pageFile]!;
		const qrMessages = `/${listed['src/lib/ui/keep/ShareQrDialog.svelte']!.file}`;
		// A section that reads only the calculator's words, which its page has, is not listed; one
		// with charts is, for the charts' tools, which left the first load with the scenario bar's.
		expect(Object.keys(listed)).not.toContain('src/lib/calculators/clv/FormulaCards.svelte');
		expect(listed['src/lib/calculators/clv/ClvLower.svelte']?.namespaces).toEqual(['tools']);

		const requested: string[] = [];
		page.on('request', (r) => requested.push(new URL(r.url()).pathname));
		await page.goto(`/${locale}/calculate/clv/`, { waitUntil: 'networkidle' });
		expect(requested).toContain(`/${pageFile}`);
		const onDemandFiles = Object.values(listed).map((entry) => `/${entry.file}`);
		// Only the scenario bar's buttons and the fields' reading of typed text come without a
		// reader's action (their code and words are fetched once the browser is idle after load, so
		// that a first press or keystroke is quick).
		const tools = `/${listed['src/lib/ui/ScenarioTools.svelte']!.file}`;
		const reader = `/${listed['src/lib/ui/fields/read.ts']!.file}`;
		// (on a slow machine the network can fall quiet before the browser is first idle)
		await expect
			.poll(() => requested.filter((path) => onDemandFiles.includes(path)).sort())
			.toEqual([tools, reader].sort());
		expect(requested).not.toContain(qrMessages);

		await page.getByRole('button', { name: qr, exact: true }).click();
		await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
		expect(requested).toContain(qrMessages);
		expect(problems).toEqual([]);
	});
}
