/**
 * Number formatting on top of `Intl`, cached per locale and options (constructing an
 * `Intl.NumberFormat` is far slower than using one). Non-finite values never reach the screen:
 * they format as an em dash, and the calculators treat them as errors before they get here.
 */
import { intlLocale, type Locale } from './locales';

export type Currency = 'CNY' | 'USD' | 'EUR';
export const currencies: readonly Currency[] = ['CNY', 'USD', 'EUR'];

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const id = locale + JSON.stringify(options);
	let format = cache.get(id);
	if (!format) {
		try {
			format = new Intl.NumberFormat(intlLocale[locale], options);
		} catch {
			// Browsers before 2023 lack signDisplay 'negative' (which avoids "-0"): use the default.
			format = new Intl.NumberFormat(intlLocale[locale], { ...options, signDisplay: 'auto' });
		}
		cache.set(id, format);
	}
	return format;
}

const symbols = new Map<string, string>();

/** The short sign of a currency in the locale: "¥", "$", "€". */
export function currencySymbol(currency: Currency, locale: Locale): string {
	const id = locale + currency;
	let symbol = symbols.get(id);
	if (symbol === undefined) {
		symbol =
			formatter(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
				.formatToParts(0)
				.find((part) => part.type === 'currency')?.value ?? currency;
		symbols.set(id, symbol);
	}
	return symbol;
}

const dash = '—';

/** 1234.5 → "$1,234.50" / "¥1,234.50"; `whole` drops the cents for large headline figures. */
export function formatMoney(
	value: number,
	currency: Currency,
	locale: Locale,
	options: { whole?: boolean; signed?: boolean } = {}
): string {
	if (!Number.isFinite(value)) return dash;
	const digits = options.whole ? 0 : 2;
	return formatter(locale, {
		style: 'currency',
		currency,
		currencyDisplay: 'narrowSymbol',
		minimumFractionDigits: digits,
		maximumFractionDigits: digits,
		signDisplay: options.signed ? 'exceptZero' : 'negative'
	}).format(value);
}

/** Amounts from this size up are shown in whole units (see `money`). */
export const WHOLE_MONEY_FROM = 1000;

/**
 * An amount of money as every page shows it: with cents below 1,000 ("$312.50", "¥0.35"), in whole
 * units from 1,000 up ("$1,235", "¥2,451,000"), where cents are noise beside the figure. One rule
 * for the whole site, so the same amount reads the same on every page, in results, tables, steps
 * and chart summaries alike. `signed` writes "+" before gains.
 *
 * @example
 * money(312.5, 'USD', 'en') //=> '$312.50'
 * money(1234.5, 'CNY', 'zh', true) //=> '+¥1,235'
 */
export function money(value: number, currency: Currency, locale: Locale, signed = false): string {
	return formatMoney(value, currency, locale, {
		whole: Math.abs(value) >= WHOLE_MONEY_FROM,
		signed
	});
}

/**
 * A change in a share as the number of percentage points, e.g. 0.0114 → "1.14" (the words
 * "percentage points" come from the page's messages).
 */
export function formatPoints(value: number, locale: Locale, signed = false): string {
	return formatNumber(value * 100, locale, { digits: 2, signed });
}

/** A chart axis tick: whole units from 100 up and for round ticks ("¥0", "¥50", "¥2.50"). */
export function formatAxisMoney(value: number, currency: Currency, locale: Locale): string {
	return formatMoney(value, currency, locale, {
		whole: Math.abs(value) >= 100 || Number.isInteger(value)
	});
}

/** 0.125 → "12.5%". */
export function formatPercent(
	value: number,
	locale: Locale,
	options: { digits?: number; signed?: boolean } = {}
): string {
	if (!Number.isFinite(value)) return dash;
	return formatter(locale, {
		style: 'percent',
		maximumFractionDigits: options.digits ?? 1,
		signDisplay: options.signed ? 'exceptZero' : 'negative'
	}).format(value);
}

/** 1234.5678 → "1,234.57" (grouping per locale). */
export function formatNumber(
	value: number,
	locale: Locale,
	options: { digits?: number; minDigits?: number; signed?: boolean } = {}
): string {
	if (!Number.isFinite(value)) return dash;
	return formatter(locale, {
		maximumFractionDigits: options.digits ?? 2,
		minimumFractionDigits: options.minDigits ?? 0,
		signDisplay: options.signed ? 'exceptZero' : 'negative'
	}).format(value);
}
