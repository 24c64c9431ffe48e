/**
 * The scenario tools are not part of a calculator page's first load (issue 20): the QR dialog, the
 * saved-scenario and compare panels, what walks a presentation's steps, the unit-change note and
 * the share-link code load when first wanted. Their buttons are in the prerendered HTML, and the very first press, by
 * keyboard, still does its job, also when the code arrives only after the press (the tests hold
 * each module's response until the button has been pressed).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { testIn } from './locales';

/** The built file of each module loaded on demand (Vite's client manifest, by source path). */
const manifest = JSON.parse(
	readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
) as Record<string, { file: string }>;
const built = (source: string) => `/${manifest[source]!.file}`;
const onDemand = {
	qr: built('src/lib/ui/keep/ShareQrDialog.svelte'),
	panels: built('src/lib/ui/keep/KeepPanels.svelte'),
	steps: built('src/lib/state/present-steps.ts'),
	unitNote: built('src/lib/ui/calculator/UnitChangeNote.svelte'),
	// the share-link code, until the reader changes something (an address without a query is the start)
	link: built('src/lib/state/url-scenario.svelte.ts')
};

/** Holds the response for `path` until `release()`; resolves `requested` once it was asked for. */
async function hold(page: Page, path: string) {
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	let requested!: () => void;
	const asked = new Promise<void>((resolve) => (requested = resolve));
	await page.route(`**${path}`, async (route) => {
		requested();
		await released;
		await route.continue();
	});
	return { release, requested: asked };
}

const locales = {
	en: {
		path: '/en/calculate/clv/',
		qr: 'QR code',
		dialog: 'Open this scenario on a phone',
		code: 'QR code of the link to this scenario',
		saved: 'Saved scenarios',
		compare: 'Compare A and B',
		compareHeading: 'Compare two scenarios',
		present: 'Present',
		name: 'Name',
		save: 'Save current scenario',
		needSaved: /Save a scenario first/
	},
	zh: {
		path: '/zh/calculate/clv/',
		qr: '二维码',
		dialog: '用手机打开这个场景',
		code: '本场景链接的二维码',
		saved: '已保存的场景',
		compare: '对比 A 与 B',
		compareHeading: '对比两个场景',
		present: '演示',
		name: '名称',
		save: '保存当前场景',
		needSaved: /请先保存一个场景/
	}
} as const;

for (const [locale, c] of Object.entries(locales)) {
	test.describe(`scenario tools on first press (${locale})`, () => {
		test('the buttons are in the HTML; none of the tools is requested on load', async ({
			page,
			request,
			problems
		}) => {
			const html = await (await request.get(c.path)).text();
			for (const label of [c.qr, c.saved, c.compare, c.present]) expect(html).toContain(label);

			const requested: string[] = [];
			page.on('request', (r) => requested.push(new URL(r.url()).pathname));
			await page.goto(c.path, { waitUntil: 'networkidle' });
			for (const [tool, file] of Object.entries(onDemand)) {
				expect(requested, `${tool} (${file}) was requested on load`).not.toContain(file);
			}
			expect(problems).toEqual([]);
		});

		testIn(locale, 'en')(
			'QR code: the first press by keyboard opens the dialog once its code arrives',
			async ({ page, problems }) => {
				const qr = await hold(page, onDemand.qr);
				await page.goto(c.path);
				const button = page.getByRole('button', { name: c.qr, exact: true });
				await button.focus();
				await qr.requested;
				await page.keyboard.press('Enter');
				const dialog = page.getByRole('dialog', { name: c.dialog });
				await expect(dialog).toHaveCount(0);
				qr.release();
				await expect(dialog).toBeVisible();
				await expect(dialog.getByRole('img', { name: c.code })).toBeVisible();
				await expect(dialog.getByRole('link')).toContainText(c.path);
				await page.keyboard.press('Escape');
				await expect(dialog).toBeHidden();
				await expect(button).toBeFocused();
				// a second press opens it again at once
				await page.keyboard.press('Enter');
				await expect(dialog).toBeVisible();
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'zh')(
			'Saved scenarios and Compare: the first press opens the panel, and it works',
			async ({ page, problems }) => {
				const panels = await hold(page, onDemand.panels);
				await page.goto(c.path);
				const saved = page.getByRole('button', { name: c.saved, exact: true });
				await saved.focus();
				await panels.requested;
				await page.keyboard.press('Enter');
				await expect(saved).toHaveAttribute('aria-expanded', 'true');
				panels.release();
				const region = page.getByRole('region', { name: c.saved });
				await expect(region).toBeVisible();
				await region.getByLabel(c.name).fill('First press');
				await region.getByRole('button', { name: c.save }).press('Enter');
				await expect(region.getByText('First press', { exact: true })).toBeVisible();

				const compare = page.getByRole('button', { name: c.compare, exact: true });
				await compare.press('Enter');
				await expect(compare).toHaveAttribute('aria-expanded', 'true');
				await expect(saved).toHaveAttribute('aria-expanded', 'false');
				await expect(page.getByRole('region', { name: c.compareHeading })).toBeVisible();
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'en')(
			'Compare as the very first press opens its panel',
			async ({ page, problems }) => {
				const panels = await hold(page, onDemand.panels);
				await page.goto(c.path);
				const compare = page.getByRole('button', { name: c.compare, exact: true });
				await compare.focus();
				await panels.requested;
				await page.keyboard.press('Enter');
				panels.release();
				const region = page.getByRole('region', { name: c.compareHeading });
				await expect(region).toBeVisible();
				await expect(region.getByText(c.needSaved)).toBeVisible();
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'zh')(
			'Present: the first press by keyboard starts presenting; Esc returns focus',
			async ({ page, problems }) => {
				const steps = await hold(page, onDemand.steps);
				await page.goto(c.path);
				const button = page.getByRole('button', { name: c.present, exact: true });
				await button.focus();
				await steps.requested;
				await page.keyboard.press('Enter');
				await expect(page.locator('html')).not.toHaveClass(/presenting/);
				steps.release();
				await expect(page.locator('html')).toHaveClass(/presenting/);
				await page.keyboard.press('ArrowDown');
				await expect(page.getByRole('toolbar')).toContainText('1 /');
				await page.keyboard.press('Escape');
				await expect(page.locator('html')).not.toHaveClass(/presenting/);
				await expect(button).toBeFocused();
				expect(problems).toEqual([]);
			}
		);
	});
}
