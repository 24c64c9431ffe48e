/**
 * The words of the sections below the first screen (issue 20): the calculator's own messages hold
 * only what the page shows on load (the sections' headings among them), the rest is in
 * `segments-sections`, which only the sections import, so it loads when a section wakes
 * (`src/lib/i18n/vite-plugin.ts`). Import this module from a section (an island) only, never
 * from what the page loads first.
 */
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import type page from '$lib/i18n/messages/en/segments';
import en from '$lib/i18n/messages/en/segments-sections';
import zh from '$lib/i18n/messages/zh/segments-sections';

/** The calculator's words as its page loads them. */
export type PageTexts = typeof page;
type More = typeof en;

/** The page's words with each section's own added to its group (`t.pareto.…`). */
export type SectionTexts = {
	readonly [K in keyof PageTexts | keyof More]: K extends keyof PageTexts
		? K extends keyof More
			? PageTexts[K] & More[K]
			: PageTexts[K]
		: K extends keyof More
			? More[K]
			: never;
};

/** The page's words `t` with the sections' words in `locale` added to their groups. */
export function sectionTexts(t: PageTexts, locale: Locale): SectionTexts {
	const more: More = pick(locale, en, zh);
	const all: Record<string, unknown> = { ...t };
	for (const [group, words] of Object.entries(more)) {
		const own = (t as Record<string, unknown>)[group];
		all[group] = { ...(own as object | undefined), ...words };
	}
	return all as SectionTexts;
}
