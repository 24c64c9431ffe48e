import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { contentCheck } from './src/lib/content/vite-plugin.ts';

export default defineConfig({
	plugins: [contentCheck(), sveltekit()],
	test: {
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'node',
					environment: 'node',
					include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts', 'tests/budget/**/*.spec.ts'],
					exclude: ['src/**/*.svelte.spec.ts'],
					setupFiles: ['tests/fast-check-setup.ts'],
					benchmark: { include: ['bench/**/*.bench.ts'] }
				}
			}
		]
	}
});
