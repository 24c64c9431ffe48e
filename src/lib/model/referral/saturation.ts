/**
 * Market saturation: referrals convert less often as the market fills up.
 */

/**
 * The share of converted referrals that still become customers when `acquired` customers have
 * already been won in a market of `cap` potential customers:
 *
 *   s = 1 − acquired / M   (0 ≤ s ≤ 1; s = 1 when there is no cap)
 *
 * so the referral flow slows smoothly to zero as the total ever acquired approaches the market size
 * M, as in the Bass (1969) diffusion model where adoption is proportional to the untapped market.
 * `acquired` counts everyone won before this period (first customers included).
 *
 * @example
 * acceptanceShare(250, 1000) //=> 0.75
 */
export function acceptanceShare(acquired: number, cap: number | null): number {
	if (cap === null) return 1;
	return Math.max(0, 1 - acquired / cap);
}

/**
 * Expected new customers from `pending` converted referrals in a market of size M with `acquired`
 * already won: pending × (1 − acquired/M), but never more than the M − acquired left, so the total
 * cannot overshoot the cap even when one period brings a flood of referrals.
 *
 * @example
 * saturatedJoiners(100, 250, 1000) //=> 75
 * saturatedJoiners(2000, 250, 1000) //=> 750 (the rest of the market, not 1500)
 */
export function saturatedJoiners(pending: number, acquired: number, cap: number | null): number {
	if (cap === null) return pending;
	return Math.min(pending * acceptanceShare(acquired, cap), Math.max(0, cap - acquired));
}
