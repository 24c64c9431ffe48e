/**
 * How the page writes its numbers, dates and problems in the reader's language (on top of `Intl`
 * via `$lib/i18n/format`).
 */
import { formatNumber, formatPercent } from '$lib/i18n/format';
import { intlLocale, type Locale } from '$lib/i18n/locales';
import type en from '$lib/i18n/messages/en/transactions';
import type { TimeUnit } from '$lib/import/customer-base';

export type Texts = typeof en;

/** A count with grouping: 2357 → "2,357". */
export const count = (value: number, locale: Locale) => formatNumber(value, locale, { digits: 0 });

/** A share as a percent with up to one decimal. */
export const percent = (value: number, locale: Locale, digits = 1) =>
	formatPercent(value, locale, { digits });

const dates = new Map<Locale, Intl.DateTimeFormat>();

/** A day number (days since 1970-01-01) as a date in the locale: "30 Sept 1997", "1997年9月30日". */
export function formatDay(day: number, locale: Locale): string {
	let format = dates.get(locale);
	if (!format) {
		format = new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'medium', timeZone: 'UTC' });
		dates.set(locale, format);
	}
	return format.format(new Date(day * 86_400_000));
}

/** n units in running text: "39 weeks", "39 周". */
export const span = (value: number, unit: TimeUnit, t: Texts, locale: Locale, digits = 1) =>
	t.settings.span[unit](formatNumber(value, locale, { digits }));
