/** Formatting helpers shared by the CLV calculator's components. */
import { formatMoney, formatNumber, type Currency } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import type { Step } from '$lib/model/expr';

/** Step ids whose value is a plain number (a multiple or ratio), not money. */
const ratioSteps = new Set([
	'marginMultiple',
	'discountedRetention',
	'closedFormDenominator',
	'periodDiscountRate',
	'periodRetention',
	'horizonPeriods'
]);

/** Formats a step's value the way the arithmetic reads: money with cents, ratios with decimals. */
export function stepValue(step: Step, locale: Locale): string {
	return ratioSteps.has(step.id)
		? formatNumber(step.value, locale, { digits: 6 })
		: formatNumber(step.value, locale, { digits: 2 });
}

/** Symbol on the left of a step's equation. */
export const stepSymbol: Record<string, string> = {
	marginPerPeriod: 'm',
	marginMultiple: 'MM',
	presentValue: 'PV',
	clv: 'CLV',
	discountedRetention: 'q',
	closedFormDenominator: 'D',
	lifetimeRevenue: 'Rev',
	lifetimeMargin: 'GP',
	periodDiscountRate: 'i',
	periodRetention: 'r',
	horizonPeriods: 'N',
	periodSpend: 'S',
	leverInput: 'x',
	leverDelta: 'ΔCLV'
};

export const money = (value: number, currency: Currency, locale: Locale, signed = false) =>
	formatMoney(value, currency, locale, { whole: Math.abs(value) >= 10_000, signed });
