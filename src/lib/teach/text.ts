/** Helpers the themes share: one sentence in the page's language, money and numbers. */
import { formatMoney, formatNumber, formatPercent, type Currency } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import teachEn from '$lib/i18n/messages/en/teach';
import teachZh from '$lib/i18n/messages/zh/teach';
import { moneyZh } from '$lib/ui/article/amounts';
import type { WorkshopLink } from './types';

export interface Text {
	readonly locale: Locale;
	/** The English or the Chinese version. */
	readonly say: (en: string, zh: string) => string;
	/** Money: whole units by default; Chinese prose in 万/亿 from 10,000. */
	readonly money: (value: number, currency: Currency, cents?: boolean) => string;
	readonly num: (value: number, digits?: number) => string;
	readonly pct: (value: number, digits?: number) => string;
	/** A class case of the Teach page, named as the Teach page names it. */
	readonly classCase: (calculator: string, preset: string) => WorkshopLink;
}

export function text(locale: Locale): Text {
	return {
		locale,
		say: (en, zh) => (locale === 'zh' ? zh : en),
		money: (value, currency, cents = false) =>
			locale === 'zh'
				? moneyZh(value, currency, { cents })
				: formatMoney(value, currency, locale, { whole: !cents }),
		num: (value, digits = 2) => formatNumber(value, locale, { digits }),
		pct: (value, digits = 0) => formatPercent(value, locale, { digits }),
		classCase: (calculator, preset) => ({
			kind: 'case',
			calculator,
			preset,
			label: pick(locale, teachEn, teachZh).cases[calculator]?.[preset]?.title ?? preset
		})
	};
}

/** The value of a model result that has one (NaN otherwise, which the unit test would catch). */
export const finite = (result: { readonly kind: string; readonly value?: number }): number =>
	result.kind === 'finite' && result.value !== undefined ? result.value : Number.NaN;
