/**
 * The words of the sections below the inputs (issue 20): the page's own messages hold only what
 * it shows on load (the sections' headings among them), the rest is in `transactions-sections`,
 * which only the sections import, so it loads when a section wakes (`src/lib/i18n/vite-plugin.ts`).
 * Import this module from a section (an island) or what loads with the analysis code
 * (`LiveStatus.svelte`) only, never from what the page loads first.
 */
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import type { Texts as PageTexts } from './format';
import en from '$lib/i18n/messages/en/transactions-sections';
import zh from '$lib/i18n/messages/zh/transactions-sections';
import { withGroups, type WithGroups } from '$lib/i18n/with-groups';

/** The page's words with each section's own added to its group (`t.validation.…`). */
export type SectionTexts = WithGroups<PageTexts, typeof en>;

/** The page's words `t` with the sections' words in `locale` added to their groups. */
export const sectionTexts = (t: PageTexts, locale: Locale): SectionTexts =>
	withGroups(t, pick(locale, en, zh));
