/**
 * Class presets for the points calculator, after the cases of
 * “What customer lifetime value means” (Chinese web article). Every number is
 * illustrative (chosen to be plausible, not taken from the companies' accounts) and is labelled so
 * in the UI; money is in CNY, the period is a year.
 */
import type { PointsProgrammeInput } from './points';

export type PointsPresetId = 'airline-alliance' | 'cobranded-credit-card' | 'gap-vouchers';

export interface PointsPreset {
	readonly id: PointsPresetId;
	/** Always true: the numbers illustrate the case, they are not company data. */
	readonly illustrative: true;
	readonly currency: 'CNY';
	readonly input: PointsProgrammeInput;
}

/**
 * - `airline-alliance`: a frequent-flyer programme whose points can be redeemed on any airline of
 *   its alliance (the article: China Eastern in SkyTeam), so most points get used; miles expire
 *   after three years.
 * - `cobranded-credit-card`: a bank card co-branded with an airline (the article: points for
 *   flights, lounges and a points mall); the bank's margin is a small share of card spend; points
 *   never expire.
 * - `gap-vouchers`: GAP's phone-number membership (the article), points exchanged mainly for
 *   10%-off vouchers that stack with other discounts; high apparel margin; points expire after
 *   about a year.
 */
export const POINTS_PRESETS: readonly PointsPreset[] = [
	{
		id: 'airline-alliance',
		illustrative: true,
		currency: 'CNY',
		input: {
			spendPerPeriod: 12_000,
			earnRate: 1,
			pointValue: 0.03,
			redemptionRate: 0.8,
			expiryMonths: 36,
			redemptionLagMonths: 18,
			runningCostPerPeriod: 40,
			retentionUplift: 0.08,
			spendUplift: 0.1,
			retentionEffectLostWithExpiry: 0.5,
			grossMargin: 0.2,
			baseRetention: 0.7,
			discountRate: 0.08,
			horizon: 10,
			periodMonths: 12
		}
	},
	{
		id: 'cobranded-credit-card',
		illustrative: true,
		currency: 'CNY',
		input: {
			spendPerPeriod: 60_000,
			earnRate: 0.05,
			pointValue: 0.06,
			redemptionRate: 0.7,
			expiryMonths: 'never',
			redemptionLagMonths: 12,
			runningCostPerPeriod: 20,
			retentionUplift: 0.05,
			spendUplift: 0.15,
			retentionEffectLostWithExpiry: 0.5,
			grossMargin: 0.012,
			baseRetention: 0.85,
			discountRate: 0.08,
			horizon: 10,
			periodMonths: 12
		}
	},
	{
		id: 'gap-vouchers',
		illustrative: true,
		currency: 'CNY',
		input: {
			spendPerPeriod: 1_500,
			earnRate: 1,
			pointValue: 0.05,
			redemptionRate: 0.5,
			expiryMonths: 12,
			redemptionLagMonths: 6,
			runningCostPerPeriod: 5,
			retentionUplift: 0.05,
			spendUplift: 0.03,
			retentionEffectLostWithExpiry: 0.5,
			grossMargin: 0.5,
			baseRetention: 0.45,
			discountRate: 0.1,
			horizon: 8,
			periodMonths: 12
		}
	}
];
