/**
 * Which unit specs run where (vite.config.ts). Node specs share one module graph per worker, which
 * is most of what makes them fast (each file setting up its own graph took 4/5 of the run); the few
 * that need a graph nobody else touched run isolated. `tests/unit/unit-specs.spec.ts` checks the
 * list against the rule below.
 */

/** Unit tests that run in Node (component tests, `*.svelte.spec.ts`, run in the browser). */
export const nodeSpecs = [
	'src/**/*.spec.ts',
	'tests/unit/**/*.spec.ts',
	'tests/reference/**/*.spec.ts',
	'tests/budget/**/*.spec.ts'
];

/**
 * Specs that run in a module graph of their own:
 * - those that replace or reset modules (`vi.mock`, `vi.doMock`, `vi.resetModules`), so the stand-in
 *   reaches what it tests and nothing else;
 * - those that import a module holding code that arrives later (`lazyHolders`: a calculator's
 *   model, the subscription table's reader): they test the page before it arrives, and another spec
 *   in the same graph may already have brought it.
 */
export const isolatedSpecs = [
	'src/lib/calculators/lifecycle/calculator.spec.ts',
	'src/lib/calculators/lifecycle/first-view.spec.ts',
	'src/lib/calculators/lifecycle/montecarlo.worker.spec.ts',
	'src/lib/calculators/lifecycle/stored.spec.ts',
	'src/lib/calculators/referral/first-view.spec.ts',
	'src/lib/calculators/referral/mc.worker.spec.ts',
	'src/lib/calculators/segments/first-view.spec.ts',
	'src/lib/calculators/subscription/draft-reader.spec.ts',
	'src/lib/calculators/subscription/draft.spec.ts',
	'src/lib/calculators/subscription/first-view.spec.ts',
	'src/lib/i18n/page-messages.spec.ts',
	'src/lib/state/url-scenario.spec.ts'
];

/** Modules (by file name) whose state is code that is loaded or provided after the page is live. */
export const lazyHolders = ['model.svelte', 'table-reader.svelte'];
