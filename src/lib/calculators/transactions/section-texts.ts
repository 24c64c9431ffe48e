/**
 * The words of the sections below the inputs (issue 20): the page's own messages hold only what
 * it shows on load (the sections' headings among them), the rest is in `transactions-sections`,
 * which only the sections import, so it loads when a section wakes (`src/lib/i18n/vite-plugin.ts`).
 * Import this module from a section (an island) only, never from what the page loads first.
 */
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import en from '$lib/i18n/messages/en/transactions-sections';
import zh from '$lib/i18n/messages/zh/transactions-sections';
import type { Texts } from './format';

type More = typeof en;

/** The page's words with each section's own added to its group (`t.validation.…`). */
export type SectionTexts = {
	readonly [K in keyof Texts]: K extends keyof More ? Texts[K] & More[K] : Texts[K];
};

/** The page's words `t` with the sections' words in `locale` added to their groups. */
export function sectionTexts(t: Texts, locale: Locale): SectionTexts {
	const more: More = pick(locale, en, zh);
	const all: Record<string, unknown> = { ...t };
	for (const [group, words] of Object.entries(more)) {
		all[group] = { ...(t[group as keyof More] as object), ...words };
	}
	return all as SectionTexts;
}
