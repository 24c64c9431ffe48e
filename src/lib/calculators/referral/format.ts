/** Formatting helpers shared by the referral calculator's components. */
import { formatCount, formatNumber } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import type referralEn from '$lib/i18n/messages/en/referral';

export type ReferralMessages = typeof referralEn;

/**
 * The exact expected number of customers, for tables and the `title` of a rounded count: fractions
 * are meaningful in an expectation, more digits for small counts, none for large ones.
 */
export const exactCustomers = (value: number, locale: Locale) =>
	formatNumber(value, locale, { digits: value < 0.1 ? 4 : value < 100 ? 2 : 0 });

/**
 * Customers as people are counted, for prose, headlines and labels: whole ("69", never "69.24"),
 * and "under 1" when there are some but fewer than a half (so a small expectation never reads 0).
 */
export const customers = (value: number, locale: Locale, t: Pick<ReferralMessages, 'underOne'>) =>
	value > 0 && value < 0.5 ? t.underOne : formatCount(value, locale);

/** The number `customers` writes, for choosing a plural: "under 1 customer", "0 customers", "2 customers". */
export const shownCount = (value: number) => (value > 0 && value < 0.5 ? 1 : Math.round(value));

/** Whether the whole count hides a fraction, i.e. the exact value is worth showing beside it. */
export const rounded = (value: number) => Math.abs(value - Math.round(value)) >= 0.005;

/** The value multiplier's number, e.g. "2.70". */
export const multiple = (value: number, locale: Locale) =>
	formatNumber(value, locale, { digits: 2, minDigits: 2 });
