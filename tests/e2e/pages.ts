/**
 * Every prerendered page of the built site, found by walking `build/` for index.html files, so the
 * e2e suite covers new pages without being told about them.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = 'build';

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (name === '_app') return [];
		if (statSync(path).isDirectory()) return walk(path);
		return name === 'index.html' ? [path] : [];
	});
}

export const pages: string[] = walk(root)
	.map(
		(file) =>
			'/' +
			relative(root, file)
				.replace(/index\.html$/, '')
				.replaceAll('\\', '/')
	)
	.sort();

export const localizedPages = pages.filter((path) => /^\/(zh|en)\//.test(path));
