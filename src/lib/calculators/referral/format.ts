/** Formatting helpers shared by the referral calculator's components. */
import { formatNumber } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import type referralEn from '$lib/i18n/messages/en/referral';

export type ReferralMessages = typeof referralEn;

/** Expected customers: fractions are meaningful for small counts, not for large ones. */
export const customers = (value: number, locale: Locale) =>
	formatNumber(value, locale, { digits: value < 0.1 ? 4 : value < 100 ? 2 : 0 });

/** The value multiplier's number, e.g. "2.70". */
export const multiple = (value: number, locale: Locale) =>
	formatNumber(value, locale, { digits: 2, minDigits: 2 });
