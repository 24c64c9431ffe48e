import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { contentCheck } from './src/lib/content/vite-plugin.ts';
import { chromiumArgs, executablePath } from './tests/chromium.ts';

export default defineConfig({
	plugins: [contentCheck(), sveltekit()],
	test: {
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'node',
					environment: 'node',
					include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts', 'tests/reference/**/*.spec.ts'],
					exclude: ['src/**/*.svelte.spec.ts'],
					setupFiles: ['tests/fast-check-setup.ts'],
					benchmark: { include: ['bench/**/*.bench.ts'] }
				}
			},
			{
				// Components in a real browser (the same Chromium as the e2e tests), as a reader uses them.
				extends: './vite.config.ts',
				test: {
					name: 'browser',
					include: ['src/**/*.svelte.spec.ts'],
					// failure screenshots go with the e2e results, outside the source tree
					attachmentsDir: 'test-results/vitest-attachments',
					browser: {
						enabled: true,
						headless: true,
						screenshotDirectory: 'test-results/vitest',
						provider: playwright({ launchOptions: { executablePath, args: chromiumArgs } }),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
