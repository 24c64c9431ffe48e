/** Formatting helpers shared by the segmentation calculator's components. */
import { formatNumber, formatPercent, money, type Currency } from '$lib/i18n/format';
import { intlLocale, type Locale } from '$lib/i18n/locales';

/** The site's one money format (cents below 1,000, whole units above). */
export { money };

export const count = (value: number, locale: Locale) => formatNumber(value, locale, { digits: 0 });

export const percent = (value: number, locale: Locale, digits = 1) =>
	formatPercent(value, locale, { digits });

/** Short money for axis ticks: "$1.2K", "¥5万". */
export const compactMoneyFormat = (currency: Currency, locale: Locale) =>
	new Intl.NumberFormat(intlLocale[locale], {
		style: 'currency',
		currency,
		currencyDisplay: 'narrowSymbol',
		notation: 'compact',
		maximumFractionDigits: 1
	});
