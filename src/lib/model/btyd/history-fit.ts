/**
 * What the BG/NBD and Pareto/NBD fits share: both describe purchases while alive as a Poisson
 * process with Gamma(r, α) rates, so both start from the observed purchase rate, and both fit their
 * likelihood over distinct (x, t_x, T) histories, first on a subsample when there are many.
 */
import { fitMaximumLikelihood, type MleFit, type MleProgress } from './mle';
import { subsampleHistories, type DistinctHistories } from './summary';

/**
 * Start values of the purchase process: r = 1 and α with r/α equal to the observed purchase rate
 * (purchases per unit of time watched); also the mean time a customer was watched.
 *
 * @example
 * purchaseStart(distinctHistories({ frequency: Float64Array.of(2, 0), recency: Float64Array.of(3, 0),
 *   age: Float64Array.of(4, 6) })) //=> { r: 1, alpha: 5, meanAge: 5 }
 */
export function purchaseStart(data: DistinctHistories): {
	r: number;
	alpha: number;
	meanAge: number;
} {
	let purchases = 0;
	let time = 0;
	for (let i = 0; i < data.frequency.length; i++) {
		purchases += data.count[i]! * data.frequency[i]!;
		time += data.count[i]! * data.age[i]!;
	}
	return {
		r: 1,
		alpha: Math.max(time, 1e-6) / Math.max(purchases, 1),
		meanAge: Math.max(time / data.customers, 1e-6)
	};
}

/**
 * Fits a model of distinct histories by maximum likelihood: `logLikelihoodOn(histories)` gives the
 * log-likelihood over those histories at θ (in the order of `names`); with many histories the
 * search starts on a subsample of them.
 */
export function* fitHistories<Name extends string>(
	names: readonly Name[],
	start: readonly number[],
	data: DistinctHistories,
	logLikelihoodOn: (histories: DistinctHistories) => (theta: readonly number[]) => number
): Generator<MleProgress, MleFit<Name>, void> {
	const sub = subsampleHistories(data);
	return yield* fitMaximumLikelihood({
		names,
		start,
		logLikelihood: logLikelihoodOn(data),
		subsample: sub && { logLikelihood: logLikelihoodOn(sub.data), share: sub.share }
	});
}
