/**
 * Class preset for the complementary-product calculator: Vanke homes and Vanke property services
 * (after “What customer lifetime value means” (Chinese web article)). The model's inputs are
 * illustrative; the facts the article may quote are listed by id with their value so the UI can
 * localize them.
 */
import type { ComplementInput } from './complement';

export type ComplementPresetId = 'vanke-property-services';

/**
 * A fact from that article, by id (the UI holds the sentence in each language):
 * - `vanke-services-revenue-2018`: Vanke's property services passed RMB 10 bn revenue in 2018, the
 *   first in the industry to do so (value in CNY).
 * - `vanke-services-top-ranking-2019`: by 2019 it had topped the industry's top-100 ranking ten
 *   years running (value in years).
 * - `vanke-premium-new-and-resale`: Vanke homes sell at a premium to nearby projects and resell at
 *   a premium years later, largely for the property management (qualitative, value null).
 * - `vanke-owners-refer-and-rebuy`: owners recommend Vanke to friends and buy Vanke again when they
 *   move (qualitative, value null).
 */
export interface SourceFact {
	readonly id:
		| 'vanke-services-revenue-2018'
		| 'vanke-services-top-ranking-2019'
		| 'vanke-premium-new-and-resale'
		| 'vanke-owners-refer-and-rebuy';
	readonly value: number | null;
	readonly unit: 'CNY' | 'years' | null;
	readonly year: number | null;
}

export interface ComplementPreset {
	readonly id: ComplementPresetId;
	/** Always true: the inputs illustrate the case, they are not Vanke's figures. */
	readonly illustrative: true;
	readonly currency: 'CNY';
	readonly input: ComplementInput;
	readonly facts: readonly SourceFact[];
}

/**
 * `vanke-property-services`: a RMB 3 m home at a 20% margin, bought again every ten years; a 100 m²
 * flat paying RMB 3.5 per m² a month for property management at a 12% margin. With the service,
 * repurchase rises from 15% to 30%, referrals from 0.05 to 0.1 friends a year with conversion from
 * 10% to 20%, and homes command a 5% premium. 8% discount rate, 30 years.
 */
export const COMPLEMENT_PRESETS: readonly ComplementPreset[] = [
	{
		id: 'vanke-property-services',
		illustrative: true,
		currency: 'CNY',
		input: {
			mainPrice: 3_000_000,
			mainMargin: 0.2,
			repurchaseProbability: 0.15,
			yearsBetweenPurchases: 10,
			complementFeePerMonth: 350,
			complementMargin: 0.12,
			repurchaseUplift: 0.15,
			referralRate: 0.05,
			referralConversion: 0.1,
			referralRateUplift: 0.05,
			conversionUplift: 0.1,
			pricePremium: 0.05,
			discountRate: 0.08,
			horizonYears: 30
		},
		facts: [
			{ id: 'vanke-services-revenue-2018', value: 10_000_000_000, unit: 'CNY', year: 2018 },
			{ id: 'vanke-services-top-ranking-2019', value: 10, unit: 'years', year: 2019 },
			{ id: 'vanke-premium-new-and-resale', value: null, unit: null, year: null },
			{ id: 'vanke-owners-refer-and-rebuy', value: null, unit: null, year: null }
		]
	}
];
