/**
 * The workshop kit's themes, per locale. Every number in a run sheet, worksheet or answer key is
 * computed from the model when the page is built.
 */
import type { Locale } from '$lib/i18n/locales';
import { clvBasics } from './themes/clv-basics';
import { lifecycleLoyalty } from './themes/lifecycle-loyalty';
import { referral } from './themes/referral';
import { themeIds, type ThemeBuilder, type ThemeId, type WorkshopTheme } from './types';

const builders: Readonly<Record<ThemeId, ThemeBuilder>> = {
	'clv-basics': clvBasics,
	referral,
	'lifecycle-loyalty': lifecycleLoyalty
};

export const isThemeId = (id: string): id is ThemeId =>
	(themeIds as readonly string[]).includes(id);

/** One theme in the page's language. */
export function workshopTheme(id: ThemeId, locale: Locale): WorkshopTheme {
	return builders[id](locale);
}

/** Every theme, in course order. */
export function workshopThemes(locale: Locale): WorkshopTheme[] {
	return themeIds.map((id) => workshopTheme(id, locale));
}

export { themeIds, type ThemeId, type WorkshopTheme } from './types';
export { kitParts, kitPath, type KitPart } from './kit-paths';
