/**
 * How much each page may cost on its first load, enforced on the built site by `npm run
 * test:budget` (tests/budget/built-site.test.ts). Sizes in bytes; 1 kB = 1000 bytes, as in
 * Vite's report and measure-page.
 *
 * - `js`: first-load JavaScript, gzip (tests/budget/first-load.js says what counts);
 * - `html`: the page's HTML, gzip;
 * - `css`: its inline stylesheets, raw (what the browser parses and matches before first paint).
 *
 * How budgets are set (re-derive them this way whenever they are reset):
 * - A page kind's budget is the largest figure of that kind's pages, both locales, that have no
 *   override, plus ~8% (rounded up to 0.1 kB). Every page of the kind that has no line in
 *   `overrides` gets it, including pages added later: a new calculator at `calculate/<id>/` or a
 *   new article at `learn/<slug>/` is held to its kind's budget from its first build, without
 *   editing this file. The ~8% is headroom for ordinary growth (a new chart, a longer article,
 *   the shared kit moving), so that everyday merges do not break CI; it is not room to spend.
 *   A page of no kind fails the test: add its kind here.
 * - A page well above the rest of its kind (the calculators not yet on the shared kit, the
 *   longest article) gets an override: its own figure plus ~8%, so it cannot grow unnoticed either.
 * - When a change brings pages down, lower the budgets in the same commit (same rule); delete an
 *   override when its page fits its kind.
 *
 * - No JS budget is above `target`, issue 20's goal for every page (first-load JS ≤ 75 kB gzip):
 *   where the rule above gives more, the kind gets the target itself. The only exception is an
 *   override for a page that is still above it (`aboveTarget`, checked by budgets.spec.ts), set to
 *   its own figure plus 0.5 kB so that it can only come down; the test also lists such pages.
 */

const kB = 1000;

export interface Budget {
	/** First-load JavaScript, gzip bytes. */
	js: number;
	/** HTML, gzip bytes. */
	html: number;
	/** Inline CSS, raw bytes. */
	css: number;
}

export type PageKind =
	| 'language-choice'
	| 'home'
	| 'listing'
	| 'calculator'
	| 'article'
	| 'teach'
	| 'workshop'
	| 'worksheet'
	| 'glossary';

const kinds: [RegExp, PageKind][] = [
	[/^\/$/, 'language-choice'],
	[/^\/[a-z]{2}\/$/, 'home'],
	[/^\/[a-z]{2}\/(calculate|learn)\/$/, 'listing'],
	[/^\/[a-z]{2}\/calculate\/[^/]+\/$/, 'calculator'],
	[/^\/[a-z]{2}\/learn\/[^/]+\/$/, 'article'],
	[/^\/[a-z]{2}\/teach\/$/, 'teach'],
	[/^\/[a-z]{2}\/teach\/kit\/[^/]+\/$/, 'workshop'],
	[/^\/[a-z]{2}\/teach\/kit\/[^/]+\/(answers|worksheet)\/$/, 'worksheet'],
	[/^\/[a-z]{2}\/glossary\/$/, 'glossary']
];

/** The kind of page at a URL path; a page of no known kind fails the budget test. */
export function pageKind(path: string): PageKind | undefined {
	return kinds.find(([pattern]) => pattern.test(path))?.[1];
}

/** Issue 20's targets. HTML and CSS have none of their own yet: their budget stands for it. */
export const target: Record<PageKind, Pick<Budget, 'js'>> = {
	'language-choice': { js: 75 * kB },
	home: { js: 75 * kB },
	listing: { js: 75 * kB },
	calculator: { js: 75 * kB },
	article: { js: 75 * kB },
	teach: { js: 75 * kB },
	workshop: { js: 75 * kB },
	worksheet: { js: 75 * kB },
	glossary: { js: 75 * kB }
};

/**
 * Enforced per kind (see the rule at the top): the kind's largest page without an override + ~8%.
 * JS re-derived 2026-12-06 when pages began to load only their own language's messages
 * (src/lib/i18n/vite-plugin.ts): −1…−20 kB on every kind. Teach, workshop and worksheet pages
 * re-derived again the same day (−18…−20 kB): their scripts had been loading the theme builders
 * (model code and both languages' texts, only ever run at build time) because the part links
 * `kitParts`/`kitPath` lived beside them; they now come from src/lib/teach/kit-paths.ts.
 * Every kind's JS (and the overrides' JS) lowered again when the kit's scenario tools, link code
 * and unit-change note, presentation's step walking and the home and error pages' words left the
 * first load (calculators and articles −4.2…−5.4 kB, the other pages −0.8…−2.3 kB).
 * Articles re-derived the same day when their calculators became islands (src/lib/ui/island/):
 * JS −23…−55 kB, and their inline CSS is the page's own again (each island links its styles).
 * Articles' JS re-derived again (98.2 → 77.6 kB) when they began to compute the figures they quote
 * at build time (src/lib/build-time/) and to leave static figures unhydrated
 * (src/lib/ui/article/Static.svelte), and the show of hands to load with presentation mode:
 * −6…−22 kB per article, every one now under the target.
 * Calculators re-derived when their sections below the first screen became islands with live
 * props (src/lib/ui/island/): JS −4…−10 kB, inline CSS −5 kB (the sections' styles are linked by
 * their islands). The other kinds were left as they were: the shell grew ~1.4 kB on every page
 * (the map of on-demand messages files, one entry per island), which they absorb.
 * Every kind's JS and every override's JS lowered (same rule, −0.4…−1.9 kB) when that map left
 * the shell: each page's messages file lists only the on-demand modules that page can import and
 * whose messages it lacks, and an article's own messages come with its component
 * (src/lib/i18n/page-messages-plan.ts); −1.7…−2.0 kB on every page.
 * Calculators and articles re-derived after that map, the kit's islands (steps, scenario buttons),
 * the island code's own growth (+0.1…+1.1 kB) and the calculators' trims were merged: calculators'
 * JS 89.2 → 85.9 kB (club and complement now under the target) with five overrides; articles'
 * HTML and inline CSS lowered to their pages' figures. The other kinds keep their budgets (their
 * pages are 0.4–0.6 kB above what the map's change alone left, from the island code).
 * Calculators' JS re-derived again (85.9 → 84.1 kB; overrides lifecycle 94.7 → 88.7, referral
 * 92.8 → 85.7, transactions 93.7 → 85.4; segments and subscription now fit the kind) when the
 * summaries, the reading of typed text, the sections' words and subscription's model left the
 * first load. Listings' HTML raised 8.9 → 9.7 kB: every page's head now holds the few lines that
 * wait for the first paint before warming the number format (src/app.html), and the listings had
 * only 0.4 kB of headroom. Other budgets were left where they were: their pages fit them.
 * Calculators' and articles' JS capped at the target (84.1 and 77 → 75 kB) once every calculator
 * but lifecycle came under it (stored first views for referral, segments and lifecycle, their models
 * and transactions' analysis code after the page is live, subscription's paste reader on demand);
 * the JS overrides of referral and transactions removed, lifecycle's lowered 88.7 → 77.5 kB. The
 * builds became byte-identical at the same time (svelte.config.js names a build after its sources),
 * so a page at 74.9 kB stays at 74.9.
 * Lifecycle's JS override removed (77.5 kB → the target) when the chain's link codec and the
 * presets' chains left its first load (each preset's inputs stored, the codec with the model):
 * 74.2 kB in zh, 73.4 kB in en.
 * Budgets unchanged when the fields' code left the calculators' first load (`ModelField` out of
 * the kit's index, clv's churn field a `Fields` island): every calculator but segments −2.2…−2.3 kB
 * (points zh 75.0 → 72.7 kB, clv zh 75.0 → 72.8), segments +1.0 kB (74.2 kB in zh: its own
 * fields' code is now in files of its own).
 */
export const budget: Record<PageKind, Budget> = {
	'language-choice': { js: 0, html: 4.8 * kB, css: 7.7 * kB },
	home: { js: 67.4 * kB, html: 9.4 * kB, css: 14.8 * kB },
	listing: { js: 51.4 * kB, html: 9.7 * kB, css: 11.4 * kB },
	calculator: { js: 75 * kB, html: 21.7 * kB, css: 21.4 * kB },
	article: { js: 75 * kB, html: 33.8 * kB, css: 12 * kB },
	teach: { js: 53.1 * kB, html: 19.1 * kB, css: 11.3 * kB },
	workshop: { js: 53.4 * kB, html: 13.1 * kB, css: 13 * kB },
	worksheet: { js: 53.3 * kB, html: 11.7 * kB, css: 12.5 * kB },
	glossary: { js: 62.7 * kB, html: 15 * kB, css: 11.3 * kB }
};

/**
 * Pages well above their kind, by path without the locale: their own figure (larger locale) plus
 * ~8%, so they cannot grow unnoticed. Delete a line when its page fits its kind.
 */
export const overrides: Record<string, Partial<Budget>> = {
	// Five calculators' HTML and inline CSS (their larger first screens), which the kind's budget
	// does not cover.
	'calculate/lifecycle/': { html: 27.3 * kB, css: 22.2 * kB },
	'calculate/referral/': { html: 24.1 * kB, css: 22.1 * kB },
	'calculate/segments/': { html: 27.2 * kB, css: 22.5 * kB },
	'calculate/subscription/': { html: 24.8 * kB, css: 22.9 * kB },
	'calculate/transactions/': { css: 23.4 * kB },
	// The longest article (four calculators' HTML); since its calculators are islands its JS fits
	// the kind.
	'learn/loyalty-business-models/': { html: 42.7 * kB }
};

/** Pages whose JS budget is still above the target (issue 20's open work): their overrides. */
export const aboveTarget: readonly string[] = [];

/** The budget of the page at `path` (kind budget, then its override). */
export function budgetFor(path: string): Budget | undefined {
	const kind = pageKind(path);
	if (!kind) return undefined;
	const local = path.replace(/^\/[a-z]{2}\//, '');
	return { ...budget[kind], ...overrides[local] };
}
