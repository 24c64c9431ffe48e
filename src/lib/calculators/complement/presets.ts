/**
 * The complementary-product calculator's preset: Vanke homes with Vanke property services (seed
 * 000), illustrative inputs in CNY, with the case's facts for the page to quote.
 */
import { COMPLEMENT_PRESETS, type ComplementPresetId, type SourceFact } from '$lib/model/loyalty';
import type { ComplementInputs } from './scenario';

export const complementPresetList: readonly {
	id: ComplementPresetId;
	inputs: ComplementInputs;
	facts: readonly SourceFact[];
}[] = COMPLEMENT_PRESETS.map(({ id, currency, input, facts }) => ({
	id,
	facts,
	inputs: {
		currency,
		price: input.mainPrice,
		mainMargin: input.mainMargin,
		repurchase: input.repurchaseProbability,
		cycle: input.yearsBetweenPurchases,
		fee: input.complementFeePerMonth,
		feeMargin: input.complementMargin,
		referrals: input.referralRate,
		conversion: input.referralConversion,
		repurchaseUplift: input.repurchaseUplift,
		referralsUplift: input.referralRateUplift,
		conversionUplift: input.conversionUplift,
		premium: input.pricePremium,
		discount: input.discountRate,
		years: input.horizonYears
	}
}));

export const defaultPreset: ComplementPresetId = 'vanke-property-services';

/** The inputs of a preset, or of the default when the id is unknown. */
export function presetInputs(id: string | undefined): ComplementInputs {
	const found =
		complementPresetList.find((p) => p.id === id) ??
		complementPresetList.find((p) => p.id === defaultPreset)!;
	return { ...found.inputs };
}

/** The preset the inputs match exactly, or '' when the reader has changed something. */
export function matchingPreset(inputs: ComplementInputs): string {
	const keys = Object.keys(inputs) as (keyof ComplementInputs)[];
	return complementPresetList.find((p) => keys.every((k) => p.inputs[k] === inputs[k]))?.id ?? '';
}
