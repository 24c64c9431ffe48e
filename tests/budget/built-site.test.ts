/**
 * Every page of the built site within its first-load budget (tests/budget/budgets.ts). Reads
 * `build/` and Vite's client manifest after `npm run build`; sizes only, no timing.
 * Run with `npm run test:budget`.
 */
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuild, type FirstLoad } from './first-load.js';
import { budgetFor, pageKind, target } from './budgets';

const buildDir = 'build';
if (!existsSync(buildDir)) throw new Error('No build/ to check: run `npm run build` first.');

const site = await readBuild(buildDir);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const measured: FirstLoad[] = [];

describe('first-load budgets of the built site', () => {
	it('finds every page of both locales', () => {
		const inLocale = (locale: string) =>
			site.pages
				.map((p) => p.path)
				.filter((p) => p.startsWith(`/${locale}/`))
				.map((p) => p.slice(3));
		expect(inLocale('zh').length).toBeGreaterThan(10);
		expect(inLocale('zh')).toEqual(inLocale('en'));
	});

	for (const { path } of site.pages) {
		it(`${path} fits its budget`, () => {
			const budget = budgetFor(path);
			expect(
				budget,
				`${path} is of no known page kind: add it to tests/budget/budgets.ts`
			).toBeDefined();
			if (!budget) return;
			const load = site.firstLoad(path);
			measured.push(load);
			if (path !== '/') {
				// A page that hydrates loads SvelteKit's start-up; finding none means the counting broke.
				expect(load.js.files.some((f) => /\/entry\/start\.[^/]+\.js$/.test(f))).toBe(true);
			}
			expect
				.soft(load.js.gzip, `${path}: first-load JS, gzip (budget ${kB(budget.js)})`)
				.toBeLessThanOrEqual(budget.js);
			expect
				.soft(load.html.gzip, `${path}: HTML, gzip (budget ${kB(budget.html)})`)
				.toBeLessThanOrEqual(budget.html);
			expect
				.soft(load.inlineCss.raw, `${path}: inline CSS (budget ${kB(budget.css)})`)
				.toBeLessThanOrEqual(budget.css);
		});
	}
});

afterAll(() => {
	const over = measured.filter((m) => {
		const kind = pageKind(m.path);
		return kind !== undefined && m.js.gzip > target[kind].js;
	});
	if (over.length === 0) return;
	console.log(
		`${over.length} of ${measured.length} pages are above issue 20's first-load JS target:\n` +
			over
				.map((m) => `  ${m.path.padEnd(44)} ${kB(m.js.gzip)} (${m.js.files.length} files)`)
				.join('\n')
	);
});
