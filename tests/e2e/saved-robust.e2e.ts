/**
 * Saved scenarios survive what a break-it pass threw at them: dates that are not dates, repeated
 * names, entries from other versions and damaged storage (kept aside, never erased), oversize
 * files, and a Cancel that must cancel.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { testIn } from './locales';

const key = 'clv-lab:scenarios:clv';
const locales = {
	en: {
		path: '/en/calculate/clv/',
		saved: 'Saved scenarios',
		name: 'Name',
		save: 'Save current scenario',
		importFile: 'Import from a file',
		keepBoth: 'Keep both (number the imported ones)',
		replace: 'Replace mine',
		cancel: 'Cancel',
		nothing: 'Nothing was imported.',
		del: (n: string) => `Delete “${n}”`,
		unreadable: '2 stored entries cannot be opened by this version of the calculator',
		older:
			/“Old plan”: made by an older version of the calculator \(version 0; this is version 1\)/,
		damaged: /Entry 2: it has no name, no values or no version number/,
		download: 'Download the entries kept aside',
		tooLarge: /This file is 5 MB; a scenario file can be at most 1 MB\. Nothing was imported\./
	},
	zh: {
		path: '/zh/calculate/clv/',
		saved: '已保存的场景',
		name: '名称',
		save: '保存当前场景',
		importFile: '从文件导入',
		keepBoth: '都保留（给导入的场景加编号）',
		replace: '替换我原有的',
		cancel: '取消',
		nothing: '没有导入任何内容。',
		del: (n: string) => `删除 “${n}”`,
		unreadable: '有 2 项已保存的内容无法用这个版本的计算器打开',
		older: /“Old plan”：由旧版计算器保存（第 0 版，当前是第 1 版）/,
		damaged: /第 2 项：缺少名称、数值或版本号/,
		download: '下载被单独保留的内容',
		tooLarge: /这个文件有 5 MB，场景文件最大只能是 1 MB。没有导入任何内容。/
	}
} as const;

/** A valid stored CLV scenario, made by the page itself. */
async function validEntry(page: Page, c: (typeof locales)['en' | 'zh']) {
	await page.getByRole('button', { name: c.saved }).click();
	await page.getByRole('textbox', { name: c.name, exact: true }).fill('Template');
	await page.getByRole('button', { name: c.save }).click();
	await expect(page.getByText('Template', { exact: true })).toBeVisible();
	const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), key);
	return stored.scenarios[0] as { name: string; version: number; values: object; saved: string };
}

async function store(page: Page, scenarios: unknown[]) {
	await page.evaluate(
		([k, list]) =>
			localStorage.setItem(
				k as string,
				JSON.stringify({ format: 'clv-lab/scenarios', calculator: 'clv', scenarios: list })
			),
		[key, scenarios] as const
	);
}

async function importFile(page: Page, label: string, name: string, buffer: Buffer) {
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: label }).click();
	await (await chooser).setFiles({ name, mimeType: 'application/json', buffer });
}

for (const [locale, c] of Object.entries(locales)) {
	test.describe(`saved scenarios hold up (${locale})`, () => {
		testIn(locale, 'en')(
			'a date that is not a date and a repeated name do not break the list',
			async ({ page, problems }) => {
				await page.goto(c.path);
				const good = await validEntry(page, c);
				await store(page, [
					{ ...good, name: 'Twin' },
					{ ...good, name: 'Twin', saved: 'not a date' }
				]);
				await page.reload();
				await page.getByRole('button', { name: c.saved }).click();
				await expect(page.getByText('Twin', { exact: true })).toBeVisible();
				await expect(page.getByText('Twin (2)', { exact: true })).toBeVisible();

				// The same through an import file: imported, listed without a date, deletable.
				const file = JSON.stringify({
					format: 'clv-lab/scenarios',
					calculator: 'clv',
					scenarios: [{ ...good, name: 'Undated', saved: 'not a date' }]
				});
				await importFile(page, c.importFile, 'undated.json', Buffer.from(file));
				const item = page.getByRole('listitem').filter({ hasText: 'Undated' });
				await expect(item).toBeVisible();
				await page.reload();
				await page.getByRole('button', { name: c.saved }).click();
				await expect(item).toBeVisible();
				await page.getByRole('button', { name: c.del('Undated') }).click();
				await expect(item).toBeHidden();
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'zh')(
			'entries this version cannot open are kept, explained and offered as a file',
			async ({ page, problems }, info) => {
				await page.goto(c.path);
				const good = await validEntry(page, c);
				const old = { ...good, name: 'Old plan', version: 0 };
				await store(page, [good, { values: {} }, old]);
				await page.reload();
				await page.getByRole('button', { name: c.saved }).click();
				const group = page.getByRole('group', { name: c.unreadable });
				await expect(group).toBeVisible();
				await expect(group).toContainText(c.older);
				await expect(group).toContainText(c.damaged);

				// Saving something else used to erase them for good.
				await page.getByRole('textbox', { name: c.name, exact: true }).fill('Newer');
				await page.getByRole('button', { name: c.save }).click();
				await expect(page.getByText('Newer', { exact: true })).toBeVisible();
				await page.reload();
				await page.getByRole('button', { name: c.saved }).click();
				await expect(group).toBeVisible();

				const downloading = page.waitForEvent('download');
				await group.getByRole('button', { name: c.download }).click();
				const download = await downloading;
				expect(download.suggestedFilename()).toBe('clv-lab_clv_unreadable.json');
				const path = info.outputPath('unreadable.json');
				await download.saveAs(path);
				const kept = JSON.parse(readFileSync(path, 'utf8'));
				expect(kept.scenarios).toEqual([{ values: {} }, old]);
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'zh')('an oversize file is refused at once', async ({ page, problems }) => {
			await page.goto(c.path);
			await page.getByRole('button', { name: c.saved }).click();
			const huge = Buffer.alloc(5_000_000, 0x20);
			await importFile(page, c.importFile, 'huge.json', huge);
			await expect(page.getByRole('alert')).toHaveText(c.tooLarge);
			await expect(page.getByRole('region', { name: c.saved }).getByRole('listitem')).toHaveCount(
				0
			);
			expect(problems).toEqual([]);
		});

		testIn(locale, 'en')(
			'Cancel on a name clash imports nothing and takes the question away',
			async ({ page, problems }) => {
				await page.goto(c.path);
				const good = await validEntry(page, c);
				const file = JSON.stringify({
					format: 'clv-lab/scenarios',
					calculator: 'clv',
					scenarios: [{ ...good, values: { ...good.values, spend: 4321 } }]
				});
				await importFile(page, c.importFile, 'again.json', Buffer.from(file));
				await page.getByRole('button', { name: c.cancel }).click();
				await expect(page.getByRole('status').filter({ hasText: c.nothing })).toBeVisible();
				await expect(page.getByRole('button', { name: c.keepBoth })).toHaveCount(0);
				await expect(page.getByRole('button', { name: c.replace })).toHaveCount(0);
				await expect(page.getByRole('region', { name: c.saved }).getByRole('listitem')).toHaveCount(
					1
				);
				const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), key);
				expect(stored.scenarios).toHaveLength(1);
				expect(stored.scenarios[0].values.spend).not.toBe(4321);
				expect(problems).toEqual([]);
			}
		);
	});
}
