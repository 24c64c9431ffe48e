/** Formatting helpers shared by the lifecycle simulator's components. */
import { formatNumber, formatPercent } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import { evaluate, mapChildren, v, type Expr } from '$lib/model/expr';
import type { SeriesRole } from '$lib/charts/palette';

/**
 * Expected customers, exactly (one decimal when small): for tables, axes and hover titles. Prose,
 * headlines and labels write whole customers (`formatCount`).
 */
export const customers = (value: number, locale: Locale) =>
	formatNumber(value, locale, { digits: Math.abs(value) >= 100 ? 0 : 1 });

export const percent = (value: number, locale: Locale, digits = 2) =>
	formatPercent(value, locale, { digits });

/** The chain's states as choices by index, each with its number ("2·Silent"). */
export const stateOptions = (names: readonly string[]) =>
	names.map((name, i) => ({ value: i, text: `${i + 1}·${name}` }));

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
