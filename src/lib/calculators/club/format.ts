/** How the customer-club calculator writes its steps. */
import { formatNumber, type Currency } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import type { Step } from '$lib/model/expr';
import { money } from '../loyalty/format';

export const stepSymbols: Readonly<Record<string, string>> = {
	'club.marginWithout': 'm₀',
	'club.marginWith': 'm₁',
	'club.retentionWith': 'r′',
	'club.profitWithout': 'Π₀',
	'club.profitWith': 'Π₁',
	'club.incrementalProfit': 'ΔΠ',
	'club.cost': 'K',
	'club.netValue': 'NPV',
	'club.roi': 'ROI'
};

/** Retention and ROI as decimals like the arithmetic; everything else money. */
export function stepValue(step: Step, locale: Locale, currency: Currency): string {
	return step.id === 'club.retentionWith' || step.id === 'club.roi'
		? formatNumber(step.value, locale, { digits: 4 })
		: money(step.value, currency, locale);
}
