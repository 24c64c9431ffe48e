/**
 * The points calculator's presets: the model's class presets, after the airline, co-branded card
 * and GAP cases of “What customer lifetime value means” (illustrative numbers in CNY per year), as
 * calculator inputs.
 */
import { POINTS_PRESETS, type PointsPresetId } from '$lib/model/loyalty';
import type { PointsInputs } from './scenario';

export const pointsPresetList: readonly { id: PointsPresetId; inputs: PointsInputs }[] =
	POINTS_PRESETS.map(({ id, currency, input }) => ({
		id,
		inputs: {
			unit: 'year',
			currency,
			spend: input.spendPerPeriod,
			earn: input.earnRate,
			pointValue: input.pointValue,
			redemption: input.redemptionRate,
			expires: input.expiryMonths === 'never' ? 'never' : 'after',
			// A card whose points never expire is compared with a one-year rule, as at GAP.
			expiry: input.expiryMonths === 'never' ? 12 : input.expiryMonths,
			lag: input.redemptionLagMonths,
			running: input.runningCostPerPeriod,
			retentionUplift: input.retentionUplift,
			spendUplift: input.spendUplift,
			balanceEffect: input.retentionEffectLostWithExpiry,
			margin: input.grossMargin,
			retention: input.baseRetention,
			discount: input.discountRate,
			years: input.horizon
		}
	}));

export const defaultPreset: PointsPresetId = 'gap-vouchers';

/** The inputs of a preset, or of the default when the id is unknown. */
export function presetInputs(id: string | undefined): PointsInputs {
	const found =
		pointsPresetList.find((p) => p.id === id) ??
		pointsPresetList.find((p) => p.id === defaultPreset)!;
	return { ...found.inputs };
}

/** The preset the inputs match exactly, or '' when the reader has changed something. */
export function matchingPreset(inputs: PointsInputs): string {
	const keys = Object.keys(inputs) as (keyof PointsInputs)[];
	return pointsPresetList.find((p) => keys.every((k) => p.inputs[k] === inputs[k]))?.id ?? '';
}
