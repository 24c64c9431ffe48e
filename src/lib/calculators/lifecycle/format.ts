/** Formatting helpers shared by the lifecycle simulator's components. */
import { formatNumber, formatPercent, money } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import { evaluate, mapChildren, v, type Expr, type Step } from '$lib/model/expr';
import type { SeriesRole } from '$lib/charts/palette';

/** The site's one money format (cents below 1,000, whole units above). */
export { money };

/** Expected customers: whole numbers when large, one decimal when small. */
export const customers = (value: number, locale: Locale) =>
	formatNumber(value, locale, { digits: Math.abs(value) >= 100 ? 0 : 1 });

export const percent = (value: number, locale: Locale, digits = 2) =>
	formatPercent(value, locale, { digits });

/** Symbol on the left of a step's equation. */
export const stepSymbol: Record<string, string> = {
	periodDiscountRate: 'd',
	'lifecycle.discountFactor': 'β',
	'lifecycle.reward': 'R',
	'lifecycle.bellman': 'V',
	'lifecycle.bellmanFinite': 'V',
	'lifecycle.retentionClosedForm': 'V',
	'lifecycle.periodProfit': 'profit₀',
	'lifecycle.cohortValue': 'CV',
	'lifecycle.timeToChurn': 'E[T]',
	'lifecycle.campaignTransition': "P'",
	'lifecycle.baselineValue': 'V',
	'lifecycle.whatIfValue': "V'",
	'lifecycle.campaignCost': 'C',
	'lifecycle.valueGain': 'ΔV',
	'lifecycle.netGain': 'ΔV − C',
	'lifecycle.roi': 'ROI'
};

/** Steps whose value is a rate or a plain number rather than money. */
const rateSteps = new Set([
	'periodDiscountRate',
	'lifecycle.discountFactor',
	'lifecycle.campaignTransition',
	'lifecycle.roi'
]);

export function stepValue(step: Step, locale: Locale): string {
	if (rateSteps.has(step.id)) return formatNumber(step.value, locale, { digits: 6 });
	return formatNumber(step.value, locale, { digits: 2 });
}

/** Longest sum written out term by term; longer ones show their middle as one subtotal. */
export const MAX_TERMS = 12;

/**
 * Shortens sums over many periods for display: keeps the first three terms and the last, and
 * shows the terms in between as one subtotal named Σ_a..b (its value is their exact sum, so the
 * arithmetic with numbers still adds up).
 *
 * @example
 * // 60 terms profit_0/(1+d)^0 + … + profit_59/(1+d)^59 →
 * // profit_0/… + profit_1/… + profit_2/… + Σ_3..58 + profit_59/…
 */
export function abbreviate(expr: Expr): Expr {
	if (expr.op !== 'add') return mapChildren(expr, abbreviate);
	const args = expr.args.map(abbreviate);
	if (args.length <= MAX_TERMS) return { op: 'add', args };
	const middle = args.slice(3, -1);
	const subtotal = middle.reduce((acc, term) => acc + evaluate(term), 0);
	const name = `Σ_${3}..${args.length - 2}`;
	return { op: 'add', args: [...args.slice(0, 3), v(name, subtotal, 'money'), args.at(-1)!] };
}

/** Chart role of each state: churned states grey, the others the categorical state colours. */
export function stateRoles(churned: readonly boolean[]): SeriesRole[] {
	let k = 0;
	return churned.map((lost) => (lost ? 'neutral' : (`state${(k++ % 12) + 1}` as SeriesRole)));
}
