/**
 * Number formatting on top of `Intl`, cached per locale and options (constructing an
 * `Intl.NumberFormat` is far slower than using one). Non-finite values never reach the screen:
 * they format as an em dash, and the calculators treat them as errors before they get here.
 *
 * Amounts of money have one rule for the whole site (`money`, `formatAxisMoney`, `formatAmount`):
 * in Chinese, amounts from 10,000 up are written in 万 or 亿 ("¥99.12 万"), as Chinese readers count
 * (content/STYLE.md §3); the articles' prose helper `moneyZh` is the same rule with currency names.
 */
import { intlLocale, type Locale } from './locales';

/** An ISO 4217 currency code ("CNY", "USD", "EUR", "GBP", …). */
export type Currency = string;

/** The currencies the site started with, offered first (and all a calculator not on the kit offers). */
export const currencies: readonly Currency[] = ['CNY', 'USD', 'EUR'];

/**
 * Every currency the browser knows (`Intl.supportedValuesOf`), the three first ones included even
 * where it does not (older engines), sorted by code.
 */
export const currencyCodes: readonly Currency[] = (() => {
	let known: readonly string[] = [];
	try {
		known = Intl.supportedValuesOf('currency');
	} catch {
		// engines before 2022: only the site's own three
	}
	return [...new Set([...currencies, ...known])].sort();
})();

/** Whether a code is a currency the page can format. */
export const isCurrency = (code: string): boolean => currencyCodes.includes(code);

const names = new Map<string, Intl.DisplayNames | null>();

/** A currency's name in the page's language ("欧元", "Euro"); the code where `Intl` has no name. */
export function currencyName(currency: Currency, locale: Locale): string {
	if (!names.has(locale)) {
		try {
			names.set(locale, new Intl.DisplayNames(intlLocale[locale], { type: 'currency' }));
		} catch {
			names.set(locale, null);
		}
	}
	return names.get(locale)?.of(currency) ?? currency;
}

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

/**
 * How a currency's sign is written: the site's three by their narrow sign ("¥", "$", "€"), every
 * other by the locale's own symbol, which tells the dollars apart ("CA$", "A$", "HK$").
 */
const display = (currency: Currency): Intl.NumberFormatOptions['currencyDisplay'] =>
	currencies.includes(currency) ? 'narrowSymbol' : 'symbol';

const symbols = new Map<string, string>();

/** The short sign of a currency in the locale: "¥", "$", "€", "£", "CA$". */
export function currencySymbol(currency: Currency, locale: Locale): string {
	const id = locale + currency;
	let symbol = symbols.get(id);
	if (symbol === undefined) {
		symbol =
			formatter(locale, { style: 'currency', currency, currencyDisplay: display(currency) })
				.formatToParts(0)
				.find((part) => part.type === 'currency')?.value ?? currency;
		symbols.set(id, symbol);
	}
	return symbol;
}

/** The cents a currency counts in: 2 for most, 0 for the yen or the won, 3 for the dinar. */
function minorDigits(currency: Currency): number {
	return (
		formatter('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
	);
}

const dash = '—';

/** How an amount is written: `whole` without cents, `signed` with "+" before a gain. */
interface MoneyOptions {
	whole?: boolean;
	signed?: boolean;
}

/** An amount of `currency` with `min` to `max` decimals, "+" before a gain when `signed`. */
const currencyFormat = (
	locale: Locale,
	currency: Currency,
	min: number,
	max: number,
	signed = false
): Intl.NumberFormat =>
	formatter(locale, {
		style: 'currency',
		currency,
		currencyDisplay: display(currency),
		minimumFractionDigits: min,
		maximumFractionDigits: max,
		signDisplay: signed ? 'exceptZero' : 'negative'
	});

/**
 * 1234.5 → "$1,234.50" / "¥1,234.50"; `whole` drops the cents for large headline figures. Digits
 * as written, with no 万/亿 (see `formatAmount` for the site's amounts).
 */
export function formatMoney(
	value: number,
	currency: Currency,
	locale: Locale,
	options: MoneyOptions = {}
): string {
	if (!Number.isFinite(value)) return dash;
	const digits = options.whole ? 0 : minorDigits(currency);
	return currencyFormat(locale, currency, digits, digits, options.signed).format(value);
}

/** The Chinese large-number units, largest first. */
const chineseUnits = [
	{ size: 1e8, name: '亿' },
	{ size: 1e4, name: '万' }
] as const;

/** At most this many significant digits in 万/亿 ("¥99.12 万", "¥1,235 万"), never fewer than whole units. */
const chineseDigits = 4;

/**
 * An amount as Chinese readers count it: from 10,000 up (as the amount will be shown, so ¥9,999.7
 * shown whole is "1 万"), a number of 万 or 亿 with at most four significant digits and two
 * decimals; a number of 万 that rounds to 10,000 becomes 亿 (9,999.5 万 → 1 亿). `undefined` below
 * 10,000. The number is the absolute value; the caller writes the sign.
 *
 * @example
 * chineseScale(991_211, 0) //=> { number: 99.12, decimals: 2, unit: '万' }
 * chineseScale(99_995_000, 0) //=> { number: 1, decimals: 2, unit: '亿' }
 */
export function chineseScale(
	value: number,
	plainDigits: number
): { number: number; decimals: number; unit: '万' | '亿' } | undefined {
	const size = Math.abs(value);
	if (!(roundTo(size, plainDigits) >= 1e4)) return undefined;
	let index = size >= 1e8 ? 0 : 1;
	for (;;) {
		const unit = chineseUnits[index]!;
		const scaled = size / unit.size;
		const whole = Math.max(1, Math.floor(Math.log10(Math.max(scaled, 1))) + 1);
		const decimals = Math.min(2, Math.max(0, chineseDigits - whole));
		const number = roundTo(scaled, decimals);
		if (index > 0 && number >= 1e4) {
			index -= 1;
			continue;
		}
		return { number, decimals, unit: unit.name };
	}
}

const roundTo = (value: number, digits: number) => {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
};

/**
 * An amount of money for results, tables and axes: `formatMoney` in English; in Chinese the same
 * below 10,000 and in 万/亿 from 10,000 up ("¥99.12 万", "-$1.5 亿", "+€12 万").
 */
export function formatAmount(
	value: number,
	currency: Currency,
	locale: Locale,
	options: MoneyOptions = {}
): string {
	if (!Number.isFinite(value)) return dash;
	const scale =
		locale === 'zh' ? chineseScale(value, options.whole ? 0 : minorDigits(currency)) : undefined;
	if (!scale) return formatMoney(value, currency, locale, options);
	const shown = currencyFormat(locale, currency, 0, scale.decimals, options.signed).format(
		Math.sign(value) * scale.number
	);
	return `${shown} ${scale.unit}`;
}

/**
 * An amount in Chinese prose (the articles): in 万/亿 from 10,000 up, whole units below (cents with
 * `cents`); renminbi with "¥", euros with "€", every other currency named after the number
 * ("40 万美元", "8,000 美元", "1.2 万英镑"), as content/STYLE.md §3 asks.
 *
 * @example
 * moneyZh(991211, 'CNY') //=> '¥99.12 万'
 * moneyZh(400000, 'USD') //=> '40 万美元'
 * moneyZh(-1200, 'USD') //=> '-1,200 美元'
 */
export function moneyZh(
	value: number,
	currency: Currency,
	options: { cents?: boolean } = {}
): string {
	if (!Number.isFinite(value)) return dash;
	const plain = options.cents ? 2 : 0;
	const scale = chineseScale(value, plain);
	const number = scale ? scale.number : roundTo(Math.abs(value), plain);
	const amount = scale
		? formatNumber(number, 'zh', { digits: scale.decimals })
		: formatNumber(number, 'zh', { digits: plain, minDigits: plain });
	const sign = value < 0 && number !== 0 ? '-' : '';
	const unit = scale ? ` ${scale.unit}` : '';
	if (currency === 'CNY' || currency === 'EUR')
		return `${sign}${currency === 'EUR' ? '€' : '¥'}${amount}${unit}`;
	return `${sign}${amount}${scale ? unit : ' '}${currencyName(currency, 'zh')}`;
}

/** Amounts from this size up are shown in whole units (see `money`). */
export const WHOLE_MONEY_FROM = 1000;

/**
 * An amount of money as every page shows it: with cents below 1,000 ("$312.50", "¥0.35"), in whole
 * units from 1,000 up ("$1,235", "$2,451,000"), where cents are noise beside the figure; in Chinese
 * from 10,000 up in 万/亿 ("¥245.1 万"). One rule for the whole site, so the same amount reads the
 * same on every page, in results, tables, steps and chart summaries alike. `signed` writes "+"
 * before gains.
 *
 * @example
 * money(312.5, 'USD', 'en') //=> '$312.50'
 * money(1234.5, 'CNY', 'zh', true) //=> '+¥1,235'
 * money(991_211, 'CNY', 'zh') //=> '¥99.12 万'
 */
export function money(value: number, currency: Currency, locale: Locale, signed = false): string {
	return formatAmount(value, currency, locale, {
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

/** A chart axis tick: whole units from 100 up and for round ticks ("¥0", "¥50", "¥2.50", "¥50 万"). */
export function formatAxisMoney(value: number, currency: Currency, locale: Locale): string {
	return formatAmount(value, currency, locale, {
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

/**
 * A number of people (customers, members): whole, never "69.2 customers". Expected counts are
 * rarely whole, so put the exact value in a `title` or a table (`formatNumber`) beside it.
 *
 * @example
 * formatCount(69.23, 'en', true) //=> '+69'
 */
export function formatCount(value: number, locale: Locale, signed = false): string {
	return formatNumber(Math.round(value), locale, { digits: 0, signed });
}
