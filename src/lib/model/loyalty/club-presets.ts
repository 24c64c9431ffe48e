/**
 * Class presets for the customer-club calculator, after the cases of
 * “What customer lifetime value means” (Chinese web article). Every number is
 * illustrative (not company data) and labelled so in the UI; money is in CNY, the period is a year.
 */
import type { ClubInput } from './club';

export type ClubPresetId = 'premium-car-club' | 'business-school-alumni';

export interface ClubPreset {
	readonly id: ClubPresetId;
	/** Always true: the numbers illustrate the case, they are not company data. */
	readonly illustrative: true;
	readonly currency: 'CNY';
	readonly input: ClubInput;
}

/**
 * - `premium-car-club`: a Porsche- or NIO-like owners' club. Members keep servicing their car at
 *   the brand (maintenance is a steady cash flow), stay with the brand for the next car, and bring
 *   friends from the same circle; a referred sale earns a car's margin.
 * - `business-school-alumni`: a CEIBS- or CKGSB-like alumni association, largely run and paid for
 *   by the alumni themselves, so it costs the school little; alumni come back for further courses
 *   and send new students, each worth an executive programme's margin.
 */
export const CLUB_PRESETS: readonly ClubPreset[] = [
	{
		id: 'premium-car-club',
		illustrative: true,
		currency: 'CNY',
		input: {
			clubCostPerMember: 3_000,
			afterSalesRevenue: 12_000,
			afterSalesMargin: 0.45,
			afterSalesUplift: 0.2,
			otherMarginPerYear: 8_000,
			baseRetention: 0.8,
			retentionUplift: 0.05,
			referralsPerYear: 0.03,
			referralsUplift: 0.03,
			referralValue: 60_000,
			discountRate: 0.08,
			horizonYears: 10
		}
	},
	{
		id: 'business-school-alumni',
		illustrative: true,
		currency: 'CNY',
		input: {
			clubCostPerMember: 500,
			afterSalesRevenue: 4_000,
			afterSalesMargin: 0.5,
			afterSalesUplift: 0.3,
			otherMarginPerYear: 0,
			baseRetention: 0.9,
			retentionUplift: 0.03,
			referralsPerYear: 0.01,
			referralsUplift: 0.01,
			referralValue: 150_000,
			discountRate: 0.06,
			horizonYears: 15
		}
	}
];
