/**
 * A seeded sample customer base, so that a class can explore segmentation before it has data of its
 * own. Its shape follows the user's parameters; the same parameters and seed give the same
 * customers on every machine.
 */
import { requireInteger, requireRange, requireSeed } from '../errors';
import { c, div, mul, pow, v, type Step } from '../expr';
import { createRandom, poisson, standardNormal, type Random } from '../random';
import type { CustomerBaseParams } from './base-params';
import type { CustomerRecord } from './customer';

export { DEFAULT_CUSTOMER_BASE, type CustomerBaseParams } from './base-params';

export interface CustomerBase {
	readonly customers: readonly CustomerRecord[];
	readonly steps: readonly Step[];
}

/**
 * Throws the `ModelInputError` that `generateCustomerBase` would throw for these parameters and
 * seed, without drawing a customer (so a page can refuse a setting at once and generate later).
 */
export function checkCustomerBase(params: Readonly<CustomerBaseParams>, seed: number): void {
	validate(params);
	requireSeed('seed', seed);
}

function validate(params: Readonly<CustomerBaseParams>): void {
	requireInteger('count', params.count, 1, 10_000);
	requireRange('medianProfitPerTransaction', params.medianProfitPerTransaction, 0, 1e9, {
		exclusiveMin: true
	});
	requireRange('profitSpread', params.profitSpread, 0, 2);
	requireRange('medianRepeatPurchases', params.medianRepeatPurchases, 0, 1000);
	requireRange('frequencySpread', params.frequencySpread, 0, 2);
	requireRange('correlation', params.correlation, -1, 1);
	requireRange('pressureShare', params.pressureShare, 0, 1);
	requireRange('pressureLossRatio', params.pressureLossRatio, 0, 5);
	requireRange('windowDays', params.windowDays, 1, 3650);
}

/** Picks exactly `k` of `n` indices uniformly (partial Fisher–Yates shuffle). */
function pickIndices(random: Random, n: number, k: number): ReadonlySet<number> {
	const order = Array.from({ length: n }, (_, i) => i);
	for (let i = 0; i < k; i++) {
		const j = i + Math.floor(random() * (n - i));
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	return new Set(order.slice(0, k));
}

/**
 * One customer: correlated normal draws → lognormal profit and purchase rate → counts and recency.
 */
function drawCustomer(
	random: Random,
	params: Readonly<CustomerBaseParams>,
	index: number,
	isPressure: boolean
): CustomerRecord {
	const zProfit = standardNormal(random);
	const zOther = standardNormal(random);
	const rho = params.correlation;
	const zFrequency = rho * zProfit + Math.sqrt(1 - rho * rho) * zOther;
	const size = params.medianProfitPerTransaction * Math.exp(params.profitSpread * zProfit);
	const perTransaction = isPressure ? -params.pressureLossRatio * size : size;
	const rate = params.medianRepeatPurchases * Math.exp(params.frequencySpread * zFrequency);
	const transactions = 1 + poisson(random, rate);
	// W − (latest of n uniform days) = W·(1 − U^(1/n)), written with expm1 to stay exact for large n.
	const sinceLast = -params.windowDays * Math.expm1(Math.log(random()) / transactions);
	return {
		id: `C${String(index + 1).padStart(5, '0')}`,
		transactions,
		profit: Math.round(perTransaction * transactions * 100) / 100,
		recencyDays: Math.floor(sinceLast)
	};
}

/**
 * Generates a sample customer base.
 *
 * Each customer draws a profit per transaction from a lognormal distribution (median
 * `medianProfitPerTransaction`, log-σ `profitSpread`) and a repeat-purchase rate from another
 * lognormal (median `medianRepeatPurchases`, log-σ `frequencySpread`), the two logs correlated by
 * `correlation`. Transactions = 1 + Poisson(rate). Exactly round(`pressureShare` × `count`)
 * customers, chosen at random, lose money: their profit per transaction is
 * −`pressureLossRatio` × their lognormal draw. Each of a customer's n purchases falls on a day
 * drawn evenly (uniformly) from the window of W = `windowDays` days, so the days since the last one
 * are W minus the latest of n uniform draws: W·(1 − U^(1/n)) for one uniform U, whole days
 * (rounded down), with mean W/(n + 1) before rounding — W/2 for a single purchase, W/3 for two.
 * Profit is rounded to cents.
 *
 * Step `generate.meanProfitPerTransaction` shows why the average customer looks better than the
 * typical one: the mean of a lognormal is median × e^(σ²/2) (profitable customers, before losses).
 *
 * @example
 * generateCustomerBase({ ...DEFAULT_CUSTOMER_BASE, count: 3 }, 42).customers.length //=> 3
 */
export function generateCustomerBase(
	params: Readonly<CustomerBaseParams>,
	seed: number
): CustomerBase {
	checkCustomerBase(params, seed);
	const random = createRandom(seed);
	const pressureCount = Math.round(params.pressureShare * params.count);
	const pressure = pickIndices(random, params.count, pressureCount);
	const customers = Array.from({ length: params.count }, (_, i) =>
		drawCustomer(random, params, i, pressure.has(i))
	);
	const sigma = params.profitSpread;
	const mean = params.medianProfitPerTransaction * Math.exp((sigma * sigma) / 2);
	const formula = mul(
		v('p̃', params.medianProfitPerTransaction, 'money'),
		pow(v('e', Math.E), div(pow(v('σ', sigma), c(2)), c(2)))
	);
	return { customers, steps: [{ id: 'generate.meanProfitPerTransaction', formula, value: mean }] };
}
