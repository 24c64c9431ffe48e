/**
 * Checks every article before a build or dev server starts: frontmatter valid (error names the file)
 * and every slug present in every locale. Uses mdsvex's own frontmatter parser so the check sees
 * exactly what the build will see.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compile } from 'mdsvex';
import type { Plugin } from 'vite';
import { calculatorIds } from '../calculators/ids.ts';
import { checkLocaleParity, parseArticleMeta, parseArticlePath } from './schema.ts';

export function listArticleFiles(root: string): string[] {
	const dir = join(root, 'content');
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((entry) =>
			readdirSync(join(dir, entry.name))
				.filter((name) => name.endsWith('.md'))
				.map((name) => relative(root, join(dir, entry.name, name)).replaceAll('\\', '/'))
		);
}

export async function checkContent(root: string): Promise<number> {
	const files = listArticleFiles(root);
	for (const file of files) {
		parseArticlePath(file);
		const compiled = await compile(readFileSync(join(root, file), 'utf8'), { extensions: ['.md'] });
		const fm = (compiled?.data?.fm ?? undefined) as Record<string, unknown> | undefined;
		parseArticleMeta(file, fm, calculatorIds);
	}
	checkLocaleParity(files);
	return files.length;
}

export function contentCheck(): Plugin {
	let root = process.cwd();
	return {
		name: 'clv-lab:content-check',
		configResolved(config) {
			root = config.root;
		},
		async buildStart() {
			await checkContent(root);
		}
	};
}
