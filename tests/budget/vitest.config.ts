import { defineConfig } from 'vitest/config';

/** `npm run test:budget`: the built site's first-load budgets (needs `npm run build` first). */
export default defineConfig({
	test: {
		name: 'budget',
		environment: 'node',
		include: ['tests/budget/built-site.test.ts']
	}
});
