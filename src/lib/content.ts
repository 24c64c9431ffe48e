/**
 * Loads an article's compiled component lazily, one chunk per article, so a page ships only the
 * article it shows. Metadata and listings come from `content.server.ts`.
 */
import type { Component } from 'svelte';
import type { Locale } from './i18n/locales';

const components = import.meta.glob<Component>('/content/*/*.md', { import: 'default' });

export async function loadArticleComponent(
	locale: Locale,
	slug: string
): Promise<Component | undefined> {
	const load = components[`/content/${locale}/${slug}.md`];
	return load ? await load() : undefined;
}
