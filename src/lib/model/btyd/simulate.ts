/**
 * Customer bases simulated from known parameters — to check that the fits recover them, and to
 * generate large logs for the benchmark. Each customer is drawn exactly as the model's story tells
 * it (FHL 2005 §2; SMC 1987 §2; Fader & Hardie 2013 for spend).
 */
import { createRandom, type Random } from '../random';
import type { GammaGammaParams } from './gamma-gamma-fit';
import type { FittedTransactions } from './transaction-model';
import { beta, exponential, gamma } from './sample';

/** One simulated customer: purchase times (the first at 0) and their values. */
export interface SimulatedCustomer {
	/** Times of every purchase in (0, T] after the first, which is at 0. */
	readonly times: readonly number[];
	/** Value of each purchase, the first included (length times.length + 1). */
	readonly values: readonly number[];
}

/**
 * Repeat purchase times in (0, T] of one customer drawn from the model, as its story tells it:
 * BG/NBD, a purchase rate λ ~ Gamma(r, α) and a dropout chance p ~ Beta(a, b) after each purchase
 * (FHL 2005 §2); Pareto/NBD, λ ~ Gamma(r, α) and an exponential lifetime of rate μ ~ Gamma(s, β)
 * (SMC 1987 §2). Purchases come at exponential gaps of mean 1/λ.
 *
 * @example
 * purchaseTimes(createRandom(1), { kind: 'bgnbd', params: cdnowParams }, 39)
 * //=> the customer's repeat purchase times, ascending, each in (0, 39]
 */
export function purchaseTimes(random: Random, model: FittedTransactions, T: number): number[] {
	const times: number[] = [];
	if (model.kind === 'bgnbd') {
		const { r, alpha, a, b } = model.params;
		const rate = gamma(random, r, alpha);
		const dropout = beta(random, a, b);
		for (let t = exponential(random, rate); t <= T; t += exponential(random, rate)) {
			times.push(t);
			if (random() < dropout) break;
		}
	} else {
		const { r, alpha, s, beta: b } = model.params;
		const rate = gamma(random, r, alpha);
		const lifetime = exponential(random, gamma(random, s, b));
		const end = Math.min(lifetime, T);
		for (let t = exponential(random, rate); t <= end; t += exponential(random, rate)) {
			times.push(t);
		}
	}
	return times;
}

/**
 * Simulates customers watched for the given times T (one customer per entry of `ages`), with
 * purchase values from Gamma-Gamma when `spend` is given (else all values 0).
 *
 * @example
 * simulateCustomers({ kind: 'bgnbd', params }, [39, 39], undefined, 7).length //=> 2
 */
export function simulateCustomers(
	model: FittedTransactions,
	ages: ArrayLike<number>,
	spend: GammaGammaParams | undefined,
	seed: number
): SimulatedCustomer[] {
	const random = createRandom(seed);
	return Array.from({ length: ages.length }, (_, i) => {
		const times = purchaseTimes(random, model, ages[i]!);
		if (!spend) return { times, values: new Array<number>(times.length + 1).fill(0) };
		const scale = gamma(random, spend.q, spend.gamma);
		const values = Array.from({ length: times.length + 1 }, () => gamma(random, spend.p, scale));
		return { times, values };
	});
}

/**
 * The calibration summary (x, t_x, T, m_x) of simulated customers, ready for the fits.
 *
 * @example
 * summarizeSimulated([{ times: [2, 5], values: [10, 20, 40] }], [8])
 * //=> { frequency: [2], recency: [5], age: [8], monetary: [30] }
 */
export function summarizeSimulated(
	customers: readonly SimulatedCustomer[],
	ages: ArrayLike<number>
) {
	const n = customers.length;
	const frequency = new Float64Array(n);
	const recency = new Float64Array(n);
	const age = new Float64Array(n);
	const monetary = new Float64Array(n);
	customers.forEach(({ times, values }, i) => {
		frequency[i] = times.length;
		recency[i] = times.at(-1) ?? 0;
		age[i] = ages[i]!;
		monetary[i] = times.length ? values.slice(1).reduce((t, v) => t + v, 0) / times.length : 0;
	});
	return { frequency, recency, age, monetary };
}
