/**
 * The workshop kit's printable parts and their addresses. Kept apart from the themes
 * (`workshop.ts`, whose builders compute every number when the page is built): pages that only
 * link to the parts then do not load the builders and their texts in the browser.
 */
import type { Locale } from '$lib/i18n/locales';
import type { ThemeId } from './types';

/** The three printable parts of a theme and their paths under /{lang}/teach/kit/{theme}/. */
export const kitParts = ['run-sheet', 'worksheet', 'answers'] as const;
export type KitPart = (typeof kitParts)[number];

export function kitPath(locale: Locale, theme: ThemeId, part: KitPart): string {
	return `/${locale}/teach/kit/${theme}/${part === 'run-sheet' ? '' : `${part}/`}`;
}
