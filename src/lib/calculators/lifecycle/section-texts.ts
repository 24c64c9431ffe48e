/**
 * The words of the sections below the first screen (issue 20): the calculator's own messages hold
 * only what the page shows on load (the sections' headings among them), the rest is in
 * `lifecycle-sections`, which only the sections import, so it loads when a section wakes
 * (`src/lib/i18n/vite-plugin.ts`). Import this module from a section (an island) or from code
 * loaded on demand (the summary) only, never from what the page loads first.
 */
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import type page from '$lib/i18n/messages/en/lifecycle';
import en from '$lib/i18n/messages/en/lifecycle-sections';
import zh from '$lib/i18n/messages/zh/lifecycle-sections';
import { withGroups, type WithGroups } from '$lib/i18n/with-groups';

/** The calculator's words as its page loads them. */
export type PageTexts = typeof page;

/** The page's words with each section's own added to its group (`t.matrix.…`). */
export type SectionTexts = WithGroups<PageTexts, typeof en>;

/** The page's words `t` with the sections' words in `locale` added to their groups. */
export const sectionTexts = (t: PageTexts, locale: Locale): SectionTexts =>
	withGroups(t, pick(locale, en, zh));
