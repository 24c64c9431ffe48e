/**
 * Everything the complementary-product calculator shows, from its inputs: CLV with and without
 * the complement, split by source, and the steps of both. Pure, so it is unit-tested and
 * benchmarked outside the browser.
 */
import type { Step } from '$lib/model/expr';
import { complementClv, type ComplementResult, type ComplementSources } from '$lib/model/loyalty';
import type { SeriesRole } from '$lib/charts/palette';
import { modelInput, type ComplementInputs } from './fields';

export type SourceId = Exclude<keyof ComplementSources, 'total'>;

/**
 * The sources of value in chart order, each with the colour role it has site-wide: own purchases
 * (the first home), cross-sell (the complement), referrals; repeat purchases and the price premium
 * take the remaining roles.
 */
export const sources: readonly { readonly id: SourceId; readonly role: SeriesRole }[] = [
	{ id: 'main', role: 'own' },
	{ id: 'repurchase', role: 'other' },
	{ id: 'complement', role: 'cross' },
	{ id: 'referrals', role: 'referral' },
	{ id: 'premium', role: 'upsell' }
];

export interface ComplementView {
	readonly result: ComplementResult;
	/** Gain as a share of CLV without the complement; null when that CLV is 0. */
	readonly relativeGain: number | null;
	/** Margin on the complement per owner per year, 12 × f × g_c. */
	readonly complementMarginPerYear: number;
	readonly steps: {
		readonly without: readonly Step[];
		readonly with: readonly Step[];
		readonly difference: readonly Step[];
	};
}

/** Computes the calculator's view; throws `ModelInputError` for inputs the model refuses. */
export function computeComplement(inputs: ComplementInputs): ComplementView {
	const result = complementClv(modelInput(inputs));
	const base = result.without.total;
	const byGroup = (prefix: string) => result.steps.filter((s) => s.id.startsWith(prefix));
	return {
		result,
		relativeGain: base > 0 ? result.difference.total / base : null,
		complementMarginPerYear: 12 * inputs.fee * inputs.feeMargin,
		steps: {
			without: byGroup('complement.without.'),
			with: byGroup('complement.with.'),
			difference: byGroup('complement.difference')
		}
	};
}
