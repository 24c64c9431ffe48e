import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { testIn } from './locales';

const ready = (page: Page) => page.locator('html[data-ready]').waitFor({ state: 'attached' });

const locales = {
	en: {
		path: '/en/calculate/clv/',
		saved: 'Saved scenarios',
		name: 'Name',
		save: 'Save current scenario',
		spend: 'Spend per year',
		open: (n: string) => `Open “${n}”`,
		rename: (n: string) => `Rename “${n}”`,
		del: (n: string) => `Delete “${n}”`,
		newName: (n: string) => `New name for “${n}”`,
		confirm: 'Save name',
		exportAll: 'Export all to a file',
		importFile: 'Import from a file',
		keepBoth: 'Keep both (number the imported ones)',
		badFile: 'This file is not a CLV Lab scenario export. Nothing was imported.',
		outOfRange: '“Tampered” has a value that is missing or out of range.',
		quota: 'storage for this site is full',
		compare: 'Compare A and B',
		scenarioB: 'Scenario B',
		differs: 'differs',
		clv: 'Customer lifetime value',
		chart: /Scenario A is the solid line/
	},
	zh: {
		path: '/zh/calculate/clv/',
		saved: '已保存的场景',
		name: '名称',
		save: '保存当前场景',
		spend: '每月消费额',
		open: (n: string) => `打开 “${n}”`,
		rename: (n: string) => `重命名 “${n}”`,
		del: (n: string) => `删除 “${n}”`,
		newName: (n: string) => `“${n}”的新名称`,
		confirm: '确定',
		exportAll: '全部导出为文件',
		importFile: '从文件导入',
		keepBoth: '都保留（给导入的场景加编号）',
		badFile: '这不是 CLV 实验室导出的场景文件。没有导入任何内容。',
		outOfRange: '“Tampered”中有数值缺失或超出范围。',
		quota: '存储空间已满',
		compare: '对比 A 与 B',
		scenarioB: '场景 B',
		differs: '有差异',
		clv: '客户终身价值',
		chart: /实线是场景 A/
	}
} as const;

for (const [locale, c] of Object.entries(locales)) {
	test.describe(`saved scenarios (${locale})`, () => {
		testIn(locale, 'en')(
			'save by keyboard, survive a reload, reopen, rename, delete',
			async ({ page, problems }) => {
				await page.goto(c.path);
				await ready(page);
				const spend = page.getByRole('textbox', { name: c.spend, exact: true });
				const original = await spend.inputValue();
				await page.getByRole('button', { name: c.saved }).click();
				await page.getByRole('textbox', { name: c.name, exact: true }).fill('Plan A');
				await page.keyboard.press('Enter');
				await expect(page.getByRole('listitem').filter({ hasText: 'Plan A' })).toBeVisible();
				await spend.fill('4321');
				await page.getByRole('textbox', { name: c.name, exact: true }).fill('Plan B');
				await page.getByRole('button', { name: c.save }).click();
				await page.reload();
				await ready(page);
				await page.getByRole('button', { name: c.saved }).click();
				await expect(page.getByText('Plan A', { exact: true })).toBeVisible();
				await expect(page.getByText('Plan B', { exact: true })).toBeVisible();
				await page.getByRole('button', { name: c.open('Plan A') }).click();
				await expect(spend).toHaveValue(original);
				await page.getByRole('button', { name: c.open('Plan B') }).click();
				await expect(spend).toHaveValue('4321');
				await page.getByRole('button', { name: c.rename('Plan B') }).click();
				const field = page.getByRole('textbox', { name: c.newName('Plan B') });
				await expect(field).toBeFocused();
				await field.fill('Plan C');
				await page.keyboard.press('Enter');
				await expect(page.getByText('Plan C', { exact: true })).toBeVisible();
				await page.getByRole('button', { name: c.del('Plan A') }).click();
				await expect(page.getByText('Plan A', { exact: true })).toBeHidden();
				await page.reload();
				await ready(page);
				await page.getByRole('button', { name: c.saved }).click();
				await expect(page.getByText('Plan C', { exact: true })).toBeVisible();
				await expect(page.getByText('Plan A', { exact: true })).toBeHidden();
				expect(problems).toEqual([]);
			}
		);

		testIn(locale, 'zh')(
			'export and import back; a clash asks; a bad file is refused',
			async ({ page, problems }, info) => {
				await page.goto(c.path);
				await ready(page);
				await page.getByRole('button', { name: c.saved }).click();
				await page.getByRole('textbox', { name: c.name, exact: true }).fill('Mine');
				await page.getByRole('button', { name: c.save }).click();
				const downloading = page.waitForEvent('download');
				await page.getByRole('button', { name: c.exportAll }).click();
				const download = await downloading;
				expect(download.suggestedFilename()).toBe('clv-lab_clv_scenarios.json');
				const file = info.outputPath('scenarios.json');
				await download.saveAs(file);
				const text = readFileSync(file, 'utf8');
				expect(JSON.parse(text)).toMatchObject({
					calculator: 'clv',
					scenarios: [{ name: 'Mine' }]
				});

				const importFile = async (name: string, buffer: string) => {
					const chooser = page.waitForEvent('filechooser');
					await page.getByRole('button', { name: c.importFile }).click();
					await (
						await chooser
					).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(buffer) });
				};

				// The same file again: the name clashes, so the page asks; keeping both numbers it.
				await importFile('scenarios.json', text);
				await page.getByRole('button', { name: c.keepBoth }).click();
				await expect(page.getByText('Mine (2)', { exact: true })).toBeVisible();

				// Not a scenario file, and a tampered one: refused with the reason, list unchanged.
				await importFile('other.json', '{"hello": "world"}');
				await expect(page.getByRole('alert')).toHaveText(c.badFile);
				const tampered = JSON.parse(text);
				tampered.scenarios[0].name = 'Tampered';
				tampered.scenarios[0].values.retention = 5;
				await importFile('tampered.json', JSON.stringify(tampered));
				await expect(page.getByRole('alert')).toContainText(c.outOfRange);
				await expect(page.getByRole('listitem').filter({ hasText: /Mine/ })).toHaveCount(2);
				await expect(page.getByText('Tampered', { exact: true })).toBeHidden();
				expect(problems).toEqual([]);
			}
		);

		test('full storage gives a clear message', async ({ page, problems }) => {
			await page.addInitScript(() => {
				const setItem = Storage.prototype.setItem;
				Storage.prototype.setItem = function (key: string, value: string) {
					if (key.startsWith('clv-lab:scenarios:'))
						throw new DOMException('full', 'QuotaExceededError');
					return setItem.call(this, key, value);
				};
			});
			await page.goto(c.path);
			await ready(page);
			await page.getByRole('button', { name: c.saved }).click();
			await page.getByRole('button', { name: c.save }).click();
			await expect(page.getByRole('alert')).toContainText(c.quota);
			expect(problems).toEqual([]);
		});

		testIn(locale, 'en')(
			'compare a saved scenario with the one on screen',
			async ({ page, problems }) => {
				await page.goto(c.path);
				await ready(page);
				await page.getByRole('button', { name: c.saved }).click();
				await page.getByRole('textbox', { name: c.name, exact: true }).fill('Before');
				await page.getByRole('button', { name: c.save }).click();
				await page.getByRole('textbox', { name: c.spend, exact: true }).fill('5000');
				await page.getByRole('button', { name: c.compare }).click();
				await expect(page.getByRole('combobox', { name: c.scenarioB })).toHaveValue('Before');
				const row = page
					.getByRole('row')
					.filter({ has: page.getByRole('rowheader', { name: c.clv }) });
				await expect(row).toContainText(c.differs);
				await expect(row.getByRole('cell').last()).toContainText(/[−-]/);
				await expect(page.getByRole('img', { name: c.chart })).toBeVisible();
				await page.getByRole('combobox', { name: c.scenarioB }).selectOption('');
				await expect(row).not.toContainText(c.differs);
				expect(problems).toEqual([]);
			}
		);
	});
}
