/**
 * Everything the customer-club calculator shows, from its inputs: the club's economics (ROI,
 * payback, the year-by-year cumulative cost and incremental profit) and what each of its three
 * effects is worth on its own. Pure, so it is unit-tested and benchmarked outside the browser.
 */
import { clubEconomics, type ClubResult } from '$lib/model/loyalty';
import { modelInput, type ClubInputs } from './fields';

export type EffectId = 'afterSales' | 'retention' | 'referrals';

export interface ClubView {
	readonly result: ClubResult;
	/**
	 * Incremental profit (present value per member) with only one effect switched on. The three do
	 * not add up exactly to the total: a member who stays longer also services and refers longer.
	 */
	readonly effects: readonly { readonly id: EffectId; readonly incrementalProfit: number }[];
}

/** Computes the calculator's view; throws `ModelInputError` for inputs the model refuses. */
export function computeClub(inputs: ClubInputs): ClubView {
	const input = modelInput(inputs);
	const result = clubEconomics(input);
	const none = { afterSalesUplift: 0, retentionUplift: 0, referralsUplift: 0 };
	const alone = (id: EffectId, only: Partial<typeof none>) => ({
		id,
		incrementalProfit: clubEconomics({ ...input, ...none, ...only }).incrementalProfit
	});
	return {
		result,
		effects: [
			alone('afterSales', { afterSalesUplift: input.afterSalesUplift }),
			alone('retention', { retentionUplift: input.retentionUplift }),
			alone('referrals', { referralsUplift: input.referralsUplift })
		]
	};
}
