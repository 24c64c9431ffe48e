/**
 * A range for each customer's CLV: where the value this one customer actually brings is likely to
 * fall — an 80% predictive interval.
 *
 * In plain words: "of 10 customers with exactly this history, we expect about 8 to bring between
 * the low and the high figure over the horizon; one less, one more." The range is wide because one
 * customer's future is uncertain even when the model is right: they may have left already (then
 * they bring 0), they may buy a little more or less often than their history suggests, and each
 * purchase varies in value. It is not a range for the model's parameters (with thousands of
 * customers those are known well; their standard errors are reported with the fit).
 *
 * Method: simulate the customer's future `draws` times from the models' posterior given the
 * history, and take the 10th and 90th percentiles of the simulated CLV. Each draw:
 *
 * 1. alive at T with probability P(alive | x, t_x, T); if not, the draw is 0;
 * 2. if alive, the customer's own rates given the history: λ ~ Gamma(r+x, α+T), and for BG/NBD
 *    p ~ Beta(a, b+x), for Pareto/NBD μ ~ Gamma(s, β+T) (the posteriors of FHL 2005 and SMC 1987
 *    given survival to T);
 * 3. purchases over (T, T+H]: BG/NBD — exponential gaps at rate λ, dropping out after each purchase
 *    with probability p; Pareto/NBD — exponential gaps at rate λ until an exponential lifetime
 *    (rate μ) ends;
 * 4. each purchase's value: ν ~ Gamma(px+q, γ + x m_x) (Gamma-Gamma's posterior), then
 *    z ~ Gamma(p, ν), with the margin, discounted by the period it falls in (as in {@link clvTable}).
 *
 * The mean of the draws is the point CLV of `clv.ts` (a test checks agreement within 3 standard
 * errors). The generator is seeded per customer, so the same inputs give the same interval.
 */
import { createRandom, type Random } from '../random';
import { requireInteger } from '../errors';
import { clvPeriods, requireClvSettings, type ClvSettings } from './clv';
import type { GammaGammaParams } from './gamma-gamma-fit';
import { requireSpendParams } from './gamma-gamma-predict';
import { beta, exponential, gamma } from './sample';
import { requireSummary, type BtydSummary } from './summary';
import { pAliveOf, requireModel, type FittedTransactions } from './transaction-model';

/** Draws per customer (the percentiles move by about 2% of the range between seeds). */
export const CLV_DRAWS = 200;

/** One customer's interval, with the simulation's mean and its standard error. */
export interface ClvInterval {
	readonly low: number;
	readonly high: number;
	readonly mean: number;
	readonly standardError: number;
}

interface Customer {
	readonly x: number;
	readonly tx: number;
	readonly T: number;
	readonly m: number;
}

/** One simulated discounted margin over the horizon (unchecked). */
function drawClv(
	random: Random,
	model: FittedTransactions,
	spend: GammaGammaParams,
	{ x, T, m }: Customer,
	alive: number,
	settings: ClvSettings,
	periods: ReturnType<typeof clvPeriods>
): number {
	if (random() >= alive) return 0;
	const rate = gamma(random, model.params.r + x, model.params.alpha + T);
	const scale = gamma(random, spend.p * x + spend.q, spend.gamma + x * m);
	let end = settings.horizon;
	let dropout = 0;
	if (model.kind === 'bgnbd') dropout = beta(random, model.params.a, model.params.b + x);
	else {
		const leaving = gamma(random, model.params.s, model.params.beta + T);
		end = Math.min(end, exponential(random, leaving));
	}
	let total = 0;
	for (let t = exponential(random, rate); t <= end; t += exponential(random, rate)) {
		const period = Math.min(Math.ceil(t / periods.length), periods.count);
		total += gamma(random, spend.p, scale) * periods.factors[Math.max(period, 1) - 1]!;
		if (dropout > 0 && random() < dropout) break;
	}
	return settings.margin * total;
}

/** 10th and 90th percentiles, mean and standard error of `values` (sorted in place). */
function describe(values: Float64Array): ClvInterval {
	values.sort();
	const n = values.length;
	const at = (q: number) => {
		const position = q * (n - 1);
		const below = Math.floor(position);
		const above = Math.min(below + 1, n - 1);
		return values[below]! + (position - below) * (values[above]! - values[below]!);
	};
	const mean = values.reduce((t, v) => t + v, 0) / n;
	const variance = values.reduce((t, v) => t + (v - mean) ** 2, 0) / (n - 1);
	return { low: at(0.1), high: at(0.9), mean, standardError: Math.sqrt(variance / n) };
}

/**
 * The 80% predictive interval of one customer's CLV (see the module comment), from `draws`
 * simulations seeded with `seed`.
 *
 * @example
 * clvInterval(cdnowBgNbd, cdnowGammaGamma, { x: 2, tx: 30.43, T: 38.86, m: 22.35 }, settings, 1)
 * //=> { low: 0, high: ≈ 30, mean: ≈ 10.7, standardError: ≈ 1 }
 */
export function clvInterval(
	model: FittedTransactions,
	spend: GammaGammaParams,
	customer: Customer,
	settings: ClvSettings,
	seed: number,
	draws = CLV_DRAWS
): ClvInterval {
	requireModel(model);
	requireSpendParams(spend);
	requireClvSettings(settings);
	requireInteger('draws', draws, 2, 1_000_000);
	const periods = clvPeriods(settings);
	const random = createRandom(seed);
	const alive = pAliveOf(model, customer.x, customer.tx, customer.T);
	const values = new Float64Array(draws);
	for (let d = 0; d < draws; d++) {
		values[d] = drawClv(random, model, spend, customer, alive, settings, periods);
	}
	return describe(values);
}

/**
 * Intervals for the customers of a summary listed in `customers` (indexes; default all), customer i
 * seeded with seed + i so a customer's interval does not depend on who else is asked for; a
 * generator yielding the share done every 1,000 customers.
 */
export function* clvIntervals(
	model: FittedTransactions,
	spend: GammaGammaParams,
	summary: BtydSummary,
	settings: ClvSettings,
	seed: number,
	draws = CLV_DRAWS,
	customers?: Int32Array
): Generator<
	number,
	{ readonly customers: Int32Array; readonly low: Float64Array; readonly high: Float64Array },
	void
> {
	requireSummary(summary);
	const n = summary.frequency.length;
	const rows = customers ?? Int32Array.from({ length: n }, (_, i) => i);
	for (const i of rows) requireInteger('customers', i, 0, n - 1);
	const low = new Float64Array(rows.length);
	const high = new Float64Array(rows.length);
	const monetary = summary.monetary ?? new Float64Array(n);
	for (let k = 0; k < rows.length; k++) {
		const i = rows[k]!;
		const customer = {
			x: summary.frequency[i]!,
			tx: summary.recency[i]!,
			T: summary.age[i]!,
			m: monetary[i]!
		};
		const interval = clvInterval(model, spend, customer, settings, seed + i, draws);
		low[k] = interval.low;
		high[k] = interval.high;
		if (k % 1000 === 999) yield (k + 1) / rows.length;
	}
	return { customers: rows, low, high };
}
