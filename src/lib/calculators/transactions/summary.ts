/**
 * The labels of the page's settings by their share-link keys, for notices about a link. (The page
 * has no scenario summary: the analysis needs the reader's data, which no link or save carries.)
 */
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import transactionsEn from '$lib/i18n/messages/en/transactions';
import transactionsZh from '$lib/i18n/messages/zh/transactions';
import { fieldLabelFrom } from '$lib/state/field-labels';

/** The label of a setting, by its share-link key. */
export function transactionsFieldLabel(key: string, locale: Locale): string | undefined {
	const t = pick(locale, transactionsEn, transactionsZh);
	return fieldLabelFrom(key, locale, t.fields, {
		unit: t.settings.unit,
		calibrationEnd: t.timeline.end,
		model: t.settings.model
	});
}
