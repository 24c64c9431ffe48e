/**
 * Articles' first load (issue 20): the figures an article quotes are computed while the site is
 * built (`?build-time`, src/lib/build-time/), so the model code behind them never reaches the
 * browser, and hydrating from those values changes nothing on the page; the parts that never
 * change (the timing timeline and identities, `ui/article/Static.svelte`) never load their code,
 * and formulas load theirs only near (or focused).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { testIn } from './locales';
import type { Locale } from './helpers';
import { componentFile, nothingComesNear, recordRequests, recordScripts } from './loading';

const chunkDir = 'build/_app/immutable/chunks';
const builtChunks = readdirSync(chunkDir).filter((name) => name.endsWith('.js'));

/**
 * For each article, a message only the model code behind its figures holds (an input check that
 * survives minifying; for the BG/NBD figures, the hypergeometric function's). The built site must
 * hold it somewhere (its calculator's code), so that its absence from an article's first load
 * means something.
 */
const modelMarkers: Record<string, string> = {
	'what-is-clv': 'a result needs at least one step',
	'how-to-calculate-clv': 'a result needs at least one step',
	'clv-in-practice': 'a result needs at least one step',
	'customer-value-multiplication': 'unknown buyer or product',
	'customer-lifecycle': 'needs at least one state',
	'loyalty-business-models': 'a result needs at least one step',
	'segmenting-by-value': 'needs at least one customer',
	'subscription-retention': 'count rises',
	'predict-from-transactions': 'too close to 1 for the series to converge'
};

/** The article's text, calculators (which wake and may change) left out, spaces collapsed. */
function articleText(root: ParentNode): string {
	const article = root.querySelector('article')!.cloneNode(true) as Element;
	for (const island of article.querySelectorAll('.island')) island.remove();
	return (article.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Words of the "predict, then reveal" box, and a choice of its question about the timings. */
const reveal = {
	en: { predict: 'Predict, then reveal', reveal: 'Reveal the answer', timing: /^Start of period/ },
	zh: { predict: '先猜，再揭晓', reveal: '揭晓答案', timing: /^期初/ }
} as const;

for (const locale of ['en', 'zh'] as Locale[]) {
	for (const [slug, marker] of Object.entries(modelMarkers)) {
		const path = `/${locale}/learn/${slug}/`;

		test(`${slug} (${locale}): hydrating from build-time figures changes no text, and no model code loads`, async ({
			page,
			problems
		}) => {
			expect(
				builtChunks.some((name) => readFileSync(`${chunkDir}/${name}`, 'utf8').includes(marker)),
				`the built site holds "${marker}"`
			).toBe(true);
			const scripts = recordScripts(page);
			const served = await (await page.request.get(path)).text();
			await page.goto(path);
			await page.waitForLoadState('networkidle');

			const before = await page.evaluate(
				([html, read]) => {
					const parsed = new DOMParser().parseFromString(html, 'text/html');
					return new Function('root', `return (${read})(root);`)(parsed) as string;
				},
				[served, articleText.toString()] as const
			);
			const after = await page.evaluate(
				(read) => new Function('root', `return (${read})(root);`)(document) as string,
				articleText.toString()
			);
			expect(before.length).toBeGreaterThan(2000);
			expect(after).toBe(before);

			const loaded = await Promise.all(scripts);
			expect(loaded.length).toBeGreaterThan(5);
			const carrying = loaded.filter(({ body }) => body.includes(marker)).map((s) => s.path);
			expect(carrying).toEqual([]);
			expect(problems).toEqual([]);
		});
	}

	testIn(locale, 'en')(
		`the timing timeline stays as prerendered and never loads its code; the identities load on reveal (${locale})`,
		async ({ page, problems }) => {
			const requests = recordRequests(page);
			const timeline = componentFile('TimingTimeline');
			const identities = componentFile('TimingIdentities');
			await page.goto(`/${locale}/learn/how-to-calculate-clv/`);
			const figure = page.locator('article .static figure.timeline');
			await expect(figure).toHaveCount(1);
			await figure.scrollIntoViewIfNeeded();
			await page.waitForLoadState('networkidle');
			await expect(figure.locator('figcaption')).toHaveText(/\d/);
			await expect(figure.locator('li.row')).toHaveCount(3);
			expect(requests).not.toContain(timeline);
			expect(requests).not.toContain(identities);

			// The identities belong to the timing question's answer: they render once it is revealed.
			const box = page
				.getByRole('region', { name: reveal[locale].predict })
				.filter({ has: page.getByRole('radio', { name: reveal[locale].timing }) });
			await box.getByRole('radio').first().check();
			await box.getByRole('button', { name: reveal[locale].reveal }).press('Enter');
			await expect(box.locator('.static .identities li')).toHaveCount(2);
			await expect(box.locator('.static .identities')).toContainText(/\d/);
			expect(requests).toContain(identities);
			expect(requests).not.toContain(timeline);
			expect(problems).toEqual([]);
		}
	);

	testIn(locale, 'zh')(
		`after a client-side navigation the timing timeline renders (${locale})`,
		async ({ page, problems }) => {
			await page.goto(`/${locale}/learn/`);
			await page.locator('a[href$="/learn/how-to-calculate-clv/"]').first().click();
			await expect(page).toHaveURL(new RegExp(`/${locale}/learn/how-to-calculate-clv/$`));
			const figure = page.locator('article .static figure.timeline');
			await expect(figure.locator('figcaption')).toHaveText(/\d/);
			await expect(figure.locator('li.row')).toHaveCount(3);
			expect(problems).toEqual([]);
		}
	);

	testIn(locale, 'en')(
		`a formula loads its code only when reached, and Tab reaches it (${locale})`,
		async ({ page, problems }) => {
			// Nothing comes "near" in this test: only the focus can wake a formula.
			await nothingComesNear(page);
			const requests = recordRequests(page);
			const code = componentFile('Formula');
			await page.goto(`/${locale}/learn/customer-value-multiplication/`);
			await page.waitForLoadState('networkidle');
			const island = page.locator('article .island:has(> .island-root > .formula)');
			const formula = island.locator('.formula');
			await expect(island).toHaveAttribute('data-island', 'asleep');
			await expect(formula).toHaveAttribute('aria-label', /CV = /);
			expect(requests).not.toContain(code);

			// The paragraph before it, then Tab: the formula (a focusable group) takes the focus.
			await page.evaluate(() => {
				const formula = document.querySelector<HTMLElement>('article .island .formula')!;
				const before = document.createElement('button');
				before.id = 'before-formula';
				before.textContent = 'before';
				formula.closest('.island')!.before(before);
				before.focus();
			});
			await page.keyboard.press('Tab');
			await expect(formula).toBeFocused();
			await expect(island).toHaveAttribute('data-island', 'awake');
			expect(requests).toContain(code);
			await expect(formula).toBeFocused();
			await expect(formula).toHaveAttribute('aria-label', /CV = /);
			expect(problems).toEqual([]);
		}
	);
}
