/**
 * Average acquisition cost of a referral programme: what was paid to win customers, divided by the
 * customers won. The firm pays A for each customer it wins itself and the reward R for each
 * referred one, so referrals bring the average down from A towards R.
 */
import { add, div, mul, paren, v, type Step } from '../expr';

/**
 * (N₀·A + R·n_referred) / (N₀ + n_referred), as a step with id `id`.
 *
 * @example
 * averageAcquisitionCostStep('referral.averageAcquisitionCost',
 *   { won: 10, acquisitionCost: 100, referralReward: 20, referred: 30 }).value //=> 40
 */
export function averageAcquisitionCostStep(
	id: string,
	counts: {
		/** N₀: customers the firm won itself. */
		readonly won: number;
		/** A: cost of winning one. */
		readonly acquisitionCost: number;
		/** R: reward paid for each referred customer. */
		readonly referralReward: number;
		/** n_referred: customers referred. */
		readonly referred: number;
	}
): Step {
	const { won, acquisitionCost, referralReward, referred } = counts;
	const n0 = v('N_0', won, 'count');
	const nReferred = v('n_referred', referred, 'count');
	const formula = div(
		paren(
			add(
				mul(n0, v('A', acquisitionCost, 'money')),
				mul(v('R', referralReward, 'money'), nReferred)
			)
		),
		paren(add(n0, nReferred))
	);
	const spent = won * acquisitionCost + referralReward * referred;
	return { id, formula, value: spent / (won + referred) };
}
