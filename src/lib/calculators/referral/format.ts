/** Formatting helpers shared by the referral calculator's components. */
import { formatMoney, formatNumber, formatPercent, money, type Currency } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import type referralEn from '$lib/i18n/messages/en/referral';
import { nodes, type Expr, type Step } from '$lib/model/expr';
import type { TimeUnit } from '$lib/model/time';
import type { FieldProblem, InputKind } from './field-errors';

export type ReferralMessages = typeof referralEn;

/** The site's one money format (cents below 1,000, whole units above). */
export { money };

/** Expected customers: fractions are meaningful for small counts, not for large ones. */
export const customers = (value: number, locale: Locale) =>
	formatNumber(value, locale, { digits: value < 0.1 ? 4 : value < 100 ? 2 : 0 });

/** The value multiplier's number, e.g. "2.70". */
export const multiple = (value: number, locale: Locale) =>
	formatNumber(value, locale, { digits: 2, minDigits: 2 });

/** A limit of an input, shown the way the input is typed. */
export function limitText(value: number, kind: InputKind, currency: Currency, locale: Locale) {
	if (kind === 'percent') return formatPercent(value, locale, { digits: 2 });
	if (kind === 'money') return formatMoney(value, currency, locale, { whole: true });
	return formatNumber(value, locale);
}

/** The message for a model error, in the page's language. */
export function problemText(
	problem: FieldProblem,
	t: ReferralMessages,
	locale: Locale,
	currency: Currency,
	unit: TimeUnit
): string {
	const limit = (x: number | undefined) =>
		x === undefined ? '' : limitText(x, problem.format, currency, locale);
	const e = t.errors;
	switch (problem.kind) {
		case 'lag':
			return e.lag(t.duration(1, unit));
		case 'capBelowBase':
			return e.capBelowBase(limit(problem.min));
		case 'tooManyCustomers':
			return e.tooMany(t.ordinal((problem.max ?? 0) + 1, unit));
		case 'range':
			return e.range(limit(problem.min), limit(problem.max));
		case 'min':
			return e.min(limit(problem.min));
		case 'max':
			return e.max(limit(problem.max));
		case 'integer':
			return e.integer;
		default:
			return e.other;
	}
}

/** Step ids whose value is money; the others are counts or ratios. */
const moneySteps = new Set([
	'referral.ownValue',
	'referral.referralValue',
	'referral.totalValue',
	'referral.averageAcquisitionCost',
	'referralCase.ownSales',
	'referralCase.referralSales',
	'referralCase.totalProfit',
	'referralCase.averageAcquisitionCost'
]);

export function stepValue(step: Step, locale: Locale, currency: Currency): string {
	return moneySteps.has(step.id)
		? money(step.value, currency, locale)
		: formatNumber(step.value, locale, { digits: 4 });
}

/** Whether a formula uses a variable with this exact name. */
const uses = (expr: Expr, name: string) =>
	nodes(expr).some((e) => e.op === 'var' && e.name === name);

const symbols: Record<string, string> = {
	'referral.expectedLifetime': 'T',
	'referral.expectedLifetimeReferred': 'Tᵣ',
	'referral.viralCoefficientReferred': 'Kᵣ',
	'referral.viralCoefficientPerCycleReferred': 'Kᵣ(L)',
	'referral.headCountMultiplier': 'n/N₀',
	'referral.totalCustomers': 'n',
	'referral.ownValue': 'V(own)',
	'referral.referralValue': 'V(referral)',
	'referral.totalValue': 'NPV',
	'referral.valueMultiplier': 'μ',
	'referral.averageAcquisitionCost': 'CAC',
	'referralCase.ownSales': 'S(own)',
	'referralCase.referralSales': 'S(referral)',
	'referralCase.totalProfit': 'Π',
	'referralCase.averageAcquisitionCost': 'CAC'
};

/** Left-hand side of a step's equation (K₀ when first and referred customers refer differently). */
export function stepSymbol(step: Step): string {
	const first = uses(step.formula, 'ρ_0') ? '₀' : '';
	if (step.id === 'referral.viralCoefficient') return `K${first}`;
	if (step.id === 'referral.viralCoefficientPerCycle') return `K${first}(L)`;
	return symbols[step.id] ?? step.id;
}

/** The legend entries for the symbols a formula uses (year-indexed names share one entry). */
export function stepLegend(step: Step, t: ReferralMessages): Record<string, string> {
	const found: Record<string, string> = {};
	for (const e of nodes(step.formula)) {
		if (e.op === 'var') {
			const generic = e.name.replace(/_\d+$/, '_t').replace(/,\d+$/, ',t');
			const meaning = t.legend[e.name] ?? t.legend[generic];
			if (meaning) found[t.legend[e.name] ? e.name : generic] = meaning;
		}
	}
	return found;
}
