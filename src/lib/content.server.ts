/**
 * Reads `content/` at build time (server-only: raw sources never reach the browser). Articles are `content/<locale>/<slug>.md` (mdsvex); their
 * frontmatter was already validated by the content-check Vite plugin before the build started.
 */
import type { ArticleMeta } from './content/schema';
import { parseArticlePath, readingMinutes } from './content/schema';
import type { Locale } from './i18n/locales';

export interface ArticleSummary extends ArticleMeta {
	readonly slug: string;
	readonly locale: Locale;
	readonly minutes: number;
}

const metadata = import.meta.glob<ArticleMeta>('/content/*/*.md', {
	eager: true,
	import: 'metadata'
});

const sources = import.meta.glob<string>('/content/*/*.md', {
	eager: true,
	query: '?raw',
	import: 'default'
});

/** All articles of one locale, in course order. Server/prerender use only (reads raw sources). */
export function listArticles(locale: Locale): ArticleSummary[] {
	return Object.entries(metadata)
		.map(([file, meta]) => ({ file, meta, ...parseArticlePath(file) }))
		.filter((article) => article.locale === locale)
		.map(({ file, meta, slug }) => ({
			...meta,
			calculators: meta.calculators ?? [],
			slug,
			locale,
			minutes: readingMinutes(sources[file] ?? '', locale)
		}))
		.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/** One article's summary, or undefined if this locale has no such slug. */
export function findArticle(locale: Locale, slug: string): ArticleSummary | undefined {
	return listArticles(locale).find((article) => article.slug === slug);
}
