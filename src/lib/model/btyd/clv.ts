/**
 * Customer lifetime value per customer from the fitted models: the present value of the margin on
 * the purchases a customer is expected to make over the next H time units.
 *
 * Method (a discrete-time version of Fader, Hardie & Lee 2005, "RFM and CLV", eq. 2): split the
 * horizon into n equal periods of length Δ = H/n (one time unit each, or at most 104 periods), take
 * the purchases expected in each period from the transaction model, E[Y(kΔ)] − E[Y((k−1)Δ)], value
 * them at the expected spend per purchase E[M | x, m_x] from Gamma-Gamma and the margin, and
 * discount each period's margin from its end:
 *
 * CLV = margin · E[M | x, m_x] · Σ_{k=1..n} (E[Y(kΔ) | x, t_x, T] − E[Y((k−1)Δ) | x, t_x, T]) / (1 + d)^k,
 * with d = (1 + annual rate)^(Δ / periods per year) − 1, the rate per period.
 *
 * Spend and purchase count are independent in Gamma-Gamma, so their expectations multiply. The CLV
 * is of future purchases only (what the customer already bought is not in it), and before any
 * acquisition or retention cost.
 */
import { add, c, mul, paren, pow, sub, div, v } from '../expr';
import { requireInteger } from '../errors';
import type { GammaGammaParams } from './gamma-gamma-fit';
import {
	expectedSpendValue,
	gammaGammaExpectedSpend,
	requireSpendParams
} from './gamma-gamma-predict';
import { step, type WithSteps } from './steps';
import { requireSummary, type BtydSummary } from './summary';
import {
	conditionalOf,
	ifAliveOf,
	pAliveOf,
	requireModel,
	type FittedTransactions
} from './transaction-model';
import { requireHistory, type History } from './bgnbd-predict';
import { requireClvSettings, type ClvSettings } from './clv-settings';

export { requireClvSettings, type ClvSettings };

/** Most discounting periods (a weekly horizon of two years is still one period per week). */
export const MAX_CLV_PERIODS = 104;

/** The discounting grid: n periods of length Δ and the discount factor of each period's end. */
export function clvPeriods(settings: ClvSettings): {
	readonly count: number;
	readonly length: number;
	readonly rate: number;
	readonly factors: Float64Array;
} {
	const count = Math.min(Math.ceil(settings.horizon), MAX_CLV_PERIODS);
	requireInteger('periods', count, 1, MAX_CLV_PERIODS);
	const length = settings.horizon / count;
	const rate = Math.pow(1 + settings.annualDiscount, length / settings.periodsPerYear) - 1;
	const factors = Float64Array.from({ length: count }, (_, k) => Math.pow(1 + rate, -(k + 1)));
	return { count, length, rate, factors };
}

/**
 * Σ_k ΔE[Y]_k / (1+d)^k for one customer (unchecked). E[Y(t)] = P(alive) × E[Y(t) | alive], and
 * P(alive) does not depend on t, so it is computed once and the sum runs over the alive part.
 */
function discountedTransactions(
	model: FittedTransactions,
	x: number,
	tx: number,
	T: number,
	periods: ReturnType<typeof clvPeriods>
): number {
	let previous = 0;
	let total = 0;
	for (let k = 1; k <= periods.count; k++) {
		const cumulative = ifAliveOf(model, x, T, k * periods.length);
		total += (cumulative - previous) * periods.factors[k - 1]!;
		previous = cumulative;
	}
	return pAliveOf(model, x, tx, T) * total;
}

/**
 * CLV of one customer over the horizon, with the steps (see the module comment for the method).
 *
 * @example
 * customerClv({ kind: 'bgnbd', params: cdnowBgNbd }, cdnowGammaGamma,
 *   { frequency: 2, recency: 30.43, age: 38.86, monetary: 22.35 },
 *   { horizon: 52, margin: 0.3, annualDiscount: 0.1, periodsPerYear: 365.25 / 7 }).value //=> ≈ 10.7
 */
export function customerClv(
	model: FittedTransactions,
	spend: GammaGammaParams,
	history: History & { readonly monetary: number },
	settings: ClvSettings
): WithSteps & {
	readonly schedule: readonly { readonly expected: number; readonly discounted: number }[];
} {
	requireModel(model);
	requireHistory(history);
	requireClvSettings(settings);
	const periods = clvPeriods(settings);
	const { frequency: x, recency: tx, age: T } = history;
	const expectedSpend = gammaGammaExpectedSpend(spend, x, history.monetary);
	const rate = step(
		'periodRate',
		sub(
			pow(
				paren(add(c(1), v('i_year', settings.annualDiscount, 'rate'))),
				div(v('Δ', periods.length), v('n_year', settings.periodsPerYear, 'count'))
			),
			c(1)
		)
	);
	const schedule: { expected: number; discounted: number }[] = [];
	let previous = 0;
	for (let k = 1; k <= periods.count; k++) {
		const cumulative = conditionalOf(model, x, tx, T, k * periods.length);
		schedule.push({
			expected: cumulative - previous,
			discounted: (cumulative - previous) * periods.factors[k - 1]!
		});
		previous = cumulative;
	}
	const discounted = schedule.reduce((t, p) => t + p.discounted, 0);
	const clv = step(
		'clv',
		mul(
			v('margin', settings.margin, 'rate'),
			v('E[M]', expectedSpend.value, 'money'),
			v('ΣΔY/(1+d)^k', discounted)
		)
	);
	return { value: clv.value, steps: [...expectedSpend.steps, rate, clv], schedule };
}

/** Point CLV of every customer, with the pieces the per-customer table shows. */
export interface ClvTable {
	/** Expected purchases over the horizon, E[Y(H) | x, t_x, T]. */
	readonly expectedTransactions: Float64Array;
	/** Expected spend per purchase, E[M | x, m_x] (NaN where it has no value: x = 0, q ≤ 1). */
	readonly expectedSpend: Float64Array;
	/** CLV over the horizon (NaN where E[M] has no value). */
	readonly clv: Float64Array;
}

/**
 * CLV for every customer of a summary, as a generator yielding the share done every 2,000
 * customers (100,000 customers × 52 periods take about a second).
 */
export function* clvTable(
	model: FittedTransactions,
	spend: GammaGammaParams,
	summary: BtydSummary,
	settings: ClvSettings
): Generator<number, ClvTable, void> {
	requireModel(model);
	requireSpendParams(spend);
	requireSummary(summary);
	requireClvSettings(settings);
	const periods = clvPeriods(settings);
	const n = summary.frequency.length;
	const monetary = summary.monetary ?? new Float64Array(n);
	const expectedTransactions = new Float64Array(n);
	const expectedSpend = new Float64Array(n);
	const clv = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const x = summary.frequency[i]!;
		const tx = summary.recency[i]!;
		const T = summary.age[i]!;
		expectedTransactions[i] = conditionalOf(model, x, tx, T, settings.horizon);
		expectedSpend[i] = expectedSpendValue(spend, x, monetary[i]!);
		clv[i] = settings.margin * expectedSpend[i]! * discountedTransactions(model, x, tx, T, periods);
		if (i % 2000 === 1999) yield (i + 1) / n;
	}
	return { expectedTransactions, expectedSpend, clv };
}
