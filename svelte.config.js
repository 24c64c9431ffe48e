import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.md'], smartypants: false })],
	compilerOptions: {
		// Runes everywhere in our own code (articles included); libraries keep their own mode.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: adapter({ strict: true }),
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail'
		},
		alias: { $content: 'content' },
		// Every stylesheet is small (≤ 11 kB): inline them, so the first paint waits for no request.
		inlineStyleThreshold: 16_384,
		// Registered by the root layout once the visitor pauses, so the offline download of the
		// whole site never competes with the first seconds on a page (src/lib/offline/register.ts).
		serviceWorker: { register: false }
	}
};

export default config;
