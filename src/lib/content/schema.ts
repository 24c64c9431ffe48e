/**
 * Article frontmatter: what every `content/<locale>/<slug>.md` must declare, checked at build time.
 * Pure (no file system) so the same rules run in the Vite plugin and in unit tests.
 */
import { locales, type Locale } from '../i18n/locales.ts';

export interface ArticleMeta {
	/** Shown as the page's h1 and in the index. */
	readonly title: string;
	/** One or two sentences for the index and the page's meta description. */
	readonly description: string;
	/** Position in the course (1 = first). */
	readonly order: number;
	/** Ids of calculators the article uses or points to (see `$lib/calculators/registry`). */
	readonly calculators: readonly string[];
}

export class ContentError extends Error {
	constructor(file: string, problem: string) {
		super(`${file}: ${problem}`);
		this.name = 'ContentError';
	}
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function requireText(file: string, fm: Record<string, unknown>, key: string): string {
	const value = fm[key];
	if (typeof value !== 'string' || value.trim() === '') {
		throw new ContentError(file, `frontmatter "${key}" is required and must be non-empty text`);
	}
	return value.trim();
}

/** Validates one article's frontmatter; throws a `ContentError` naming the file and the field. */
export function parseArticleMeta(
	file: string,
	fm: Record<string, unknown> | undefined,
	knownCalculators: readonly string[]
): ArticleMeta {
	if (!fm || Object.keys(fm).length === 0) {
		throw new ContentError(file, 'no frontmatter found (or it is not valid YAML); expected title, description, order, calculators');
	}
	const title = requireText(file, fm, 'title');
	const description = requireText(file, fm, 'description');
	const order = fm.order;
	if (typeof order !== 'number' || !Number.isInteger(order) || order < 1) {
		throw new ContentError(file, 'frontmatter "order" must be a whole number of 1 or more');
	}
	const calculators = fm.calculators ?? [];
	if (!Array.isArray(calculators) || calculators.some((id) => typeof id !== 'string')) {
		throw new ContentError(file, 'frontmatter "calculators" must be a list of calculator ids');
	}
	for (const id of calculators as string[]) {
		if (!knownCalculators.includes(id)) {
			throw new ContentError(
				file,
				`unknown calculator "${id}" in "calculators"; known: ${knownCalculators.join(', ')}`
			);
		}
	}
	return { title, description, order, calculators: calculators as string[] };
}

/** Splits `content/<locale>/<slug>.md` into its parts; throws for any other shape. */
export function parseArticlePath(file: string): { locale: Locale; slug: string } {
	const match = /(?:^|\/)content\/([^/]+)\/([^/]+)\.md$/.exec(file.replaceAll('\\', '/'));
	if (!match) throw new ContentError(file, 'articles must live at content/<locale>/<slug>.md');
	const [, locale, slug] = match as unknown as [string, string, string];
	if (!(locales as readonly string[]).includes(locale)) {
		throw new ContentError(file, `unknown locale folder "${locale}"; use one of ${locales.join(', ')}`);
	}
	if (!slugPattern.test(slug)) {
		throw new ContentError(file, `slug "${slug}" must be lower-case words joined by hyphens`);
	}
	return { locale: locale as Locale, slug };
}

/** Throws unless every slug exists in every locale, naming the file that has no counterpart. */
export function checkLocaleParity(files: readonly string[]): void {
	const byLocale = new Map<Locale, Set<string>>(locales.map((l) => [l, new Set<string>()]));
	for (const file of files) {
		const { locale, slug } = parseArticlePath(file);
		byLocale.get(locale)!.add(slug);
	}
	for (const file of files) {
		const { locale, slug } = parseArticlePath(file);
		for (const other of locales) {
			if (other !== locale && !byLocale.get(other)!.has(slug)) {
				throw new ContentError(file, `has no ${other} version: add content/${other}/${slug}.md`);
			}
		}
	}
}

/**
 * Estimated reading time in whole minutes (at least 1): Chinese at about 400 characters a minute,
 * other languages at about 220 words a minute. Markup, code and frontmatter are not counted.
 */
export function readingMinutes(source: string, locale: Locale): number {
	const text = source
		.replace(/^---[\s\S]*?\n---/, '')
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<style[\s\S]*?<\/style>/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/[#*_>`|[\]()-]/g, ' ');
	if (locale === 'zh') {
		const han = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
		const latinWords = text.replace(/[\u3400-\u9fff]/g, ' ').match(/[A-Za-z0-9]+/g)?.length ?? 0;
		return Math.max(1, Math.round(han / 400 + latinWords / 220));
	}
	const words = text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)?.length ?? 0;
	return Math.max(1, Math.round(words / 220));
}
