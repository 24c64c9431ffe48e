/**
 * The words of the sections below the first screen: the page's own (`subscription`: headings and
 * what the first screen shows) with those only the sections use (`subscription-sections`), which
 * load with the sections' code rather than with the page.
 */
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import type en from '$lib/i18n/messages/en/subscription';
import enSections from '$lib/i18n/messages/en/subscription-sections';
import zhSections from '$lib/i18n/messages/zh/subscription-sections';

/** The page's words and the sections' own, group by group. */
export function sectionWords(page: typeof en, locale: Locale) {
	const own = pick(locale, enSections, zhSections);
	return {
		...page,
		...own,
		fit: { ...page.fit, ...own.fit },
		projection: { ...page.projection, ...own.projection },
		values: { ...page.values, ...own.values },
		lesson: { ...page.lesson, ...own.lesson }
	};
}

export type SectionWords = ReturnType<typeof sectionWords>;
