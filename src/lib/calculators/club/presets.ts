/**
 * The customer-club calculator's presets: the model's class presets, after the cases of “What
 * customer lifetime value means” (a premium car owners' club and a business-school alumni
 * association; illustrative numbers in CNY per year).
 */
import { CLUB_PRESETS, type ClubPresetId } from '$lib/model/loyalty';
import type { ClubInputs } from './scenario';

export const clubPresetList: readonly { id: ClubPresetId; inputs: ClubInputs }[] = CLUB_PRESETS.map(
	({ id, currency, input }) => ({
		id,
		inputs: {
			currency,
			cost: input.clubCostPerMember,
			afterSales: input.afterSalesRevenue,
			afterSalesMargin: input.afterSalesMargin,
			afterSalesUplift: input.afterSalesUplift,
			otherMargin: input.otherMarginPerYear,
			retention: input.baseRetention,
			retentionUplift: input.retentionUplift,
			referrals: input.referralsPerYear,
			referralsUplift: input.referralsUplift,
			referralValue: input.referralValue,
			discount: input.discountRate,
			years: input.horizonYears
		}
	})
);

export const defaultPreset: ClubPresetId = 'premium-car-club';

/** The inputs of a preset, or of the default when the id is unknown. */
export function presetInputs(id: string | undefined): ClubInputs {
	const found =
		clubPresetList.find((p) => p.id === id) ?? clubPresetList.find((p) => p.id === defaultPreset)!;
	return { ...found.inputs };
}

/** The preset the inputs match exactly, or '' when the reader has changed something. */
export function matchingPreset(inputs: ClubInputs): string {
	const keys = Object.keys(inputs) as (keyof ClubInputs)[];
	return clubPresetList.find((p) => keys.every((k) => p.inputs[k] === inputs[k]))?.id ?? '';
}
