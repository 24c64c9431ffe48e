/**
 * What one customer buys at each age, the building block of the referral model's revenue.
 */
import type { CustomerBehaviour } from './params';

/**
 * Revenue of one active customer at each age a = 0 … horizon − 1 (age 0 = the period it joins):
 *
 *   spend(0) = F;   spend(a) = P + U·(1 + g)^(a−1) + X   for a ≥ 1
 *
 * F first purchase, P repeat purchase, U up-sell (growing by g per period), X cross-sell; money
 * per period, not weighted by the chance of still being active. The expected-value loop uses the same
 * rule through running sums; the Monte-Carlo and the single-generation reduction use this table.
 *
 * @example
 * spendByAge({ ...b, firstPurchase: 500, repeatPurchase: 0, upsell: 100, upsellGrowth: 0.5,
 *   crossSell: 50 }, 3) //=> Float64Array [500, 150, 200]
 */
export function spendByAge(behaviour: Readonly<CustomerBehaviour>, horizon: number): Float64Array {
	const spend = new Float64Array(horizon);
	if (horizon === 0) return spend;
	spend[0] = behaviour.firstPurchase;
	let upsell = behaviour.upsell;
	for (let age = 1; age < horizon; age++) {
		spend[age] = behaviour.repeatPurchase + upsell + behaviour.crossSell;
		upsell *= 1 + behaviour.upsellGrowth;
	}
	return spend;
}
