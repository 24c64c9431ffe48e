/**
 * The presets' state names in each language. A preset state keeps its name in the reader's
 * language: share links leave such names out, and a name from the other language (a link made
 * before the compact form, or typed on the other page) is put into this one.
 */
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import en from '$lib/i18n/messages/en/lifecycle-states';
import zh from '$lib/i18n/messages/zh/lifecycle-states';

/** The names of `locale`, by state id or `${presetId}:${stateId}`. */
export const stateNamesOf = (locale: Locale): Readonly<Record<string, string>> =>
	pick(locale, en, zh);

/**
 * What preset `presetId` calls its state `stateId` in `locale` (the id itself when no name is known).
 *
 * @example
 * presetStateName('zh', 'telecom', 'decline') //=> '衰退期'
 */
export function presetStateName(locale: Locale, presetId: string, stateId: string): string {
	const names = stateNamesOf(locale);
	return names[`${presetId}:${stateId}`] ?? names[stateId] ?? stateId;
}
