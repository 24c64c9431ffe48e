/**
 * The first view of the referral page without the model's code (`model.svelte.ts`): for a
 * preset's inputs (what every page and embed starts from), the figures the first screen shows —
 * the headline, whether the market cap binds, the steps — computed by the model beforehand
 * (`first-view.spec.ts` checks them against it), with the parameters read from the inputs as
 * usual. When the model arrives the same view object is filled in with the whole result, so
 * nothing on screen is drawn again and no section (which is handed the view itself) wakes for
 * it; inputs no preset holds keep the last view until the model is here, then show the model's.
 */
import { ModelInputError } from '$lib/model/errors';
import { add, c, div, mul, paren, sub, v, type Step } from '$lib/model/expr';
import type { ReferralPresetId } from '$lib/model/referral/presets';
import type { ReferralTotals } from '$lib/model/referral/totals';
import type { ReferralView } from './compute';
import { toParams, type ReferralInputs } from './fields';
import { referralModel } from './model.svelte';
import { matchingPreset } from './presets';

/** What the first screen reads of a view's projection before the model is here. */
export interface FirstFigures {
	readonly totals: Pick<ReferralTotals, 'ownValue' | 'totalValue' | 'customersAcquired'> & {
		readonly valueMultiplier: { kind: 'finite'; value: number } | { kind: 'undefined' };
	};
	readonly binds: boolean;
	readonly steps: readonly Step[];
}

/** The first figures of a view (what `FIRST` holds for each preset). */
export function firstFigures(view: ReferralView): FirstFigures {
	const { totals, saturation, steps } = view.projection;
	const m = totals.valueMultiplier;
	return {
		totals: {
			ownValue: totals.ownValue,
			totalValue: totals.totalValue,
			customersAcquired: totals.customersAcquired,
			valueMultiplier: m.kind === 'finite' ? { kind: m.kind, value: m.value } : { kind: m.kind }
		},
		binds: saturation.binds,
		steps
	};
}

/**
 * The first figures of each preset a page starts from (each locale's default, `defaultPreset`, and
 * each preset an article embeds: `first-view.spec.ts` checks both), from the model (regenerate
 * with `first-view.spec.ts`'s message). The others are presets the reader picks: an edit, which
 * the model answers.
 */
export const FIRST: Partial<Record<ReferralPresetId, FirstFigures>> = {
	'software-vendor': {
		totals: {
			ownValue: 1985.400337,
			totalValue: 4663.849915052877,
			customersAcquired: 4.875543786716978,
			valueMultiplier: { kind: 'finite', value: 2.7016465219089345 }
		},
		binds: true,
		steps: [
			{
				id: 'referral.viralCoefficient',
				formula: div(
					mul(v('ρ_0', 4), v('c_0', 0.25, 'rate')),
					paren(sub(c(1), v('r_0', 0.95, 'rate')))
				),
				value: 19.999999999999982
			},
			{
				id: 'referral.viralCoefficientReferred',
				formula: div(
					mul(v('ρ_r', 0.15), v('c_r', 0.25, 'rate')),
					paren(sub(c(1), v('r_r', 0.95, 'rate')))
				),
				value: 0.7499999999999993
			},
			{
				id: 'referral.headCountMultiplier',
				formula: div(c(1), paren(sub(c(1), v('K_r', 0.7499999999999993)))),
				value: 3.9999999999999893
			},
			{
				id: 'referral.totalCustomers',
				formula: mul(
					v('N_0', 1, 'count'),
					paren(
						add(
							c(1),
							mul(
								v('K_0', 19.999999999999982),
								div(c(1), paren(sub(c(1), v('K_r', 0.7499999999999993))))
							)
						)
					)
				),
				value: 80.99999999999972
			},
			{
				id: 'referral.viralCoefficientPerCycle',
				formula: mul(v('ρ_0', 4), v('L', 1, 'count'), v('c_0', 0.25, 'rate')),
				value: 1
			},
			{
				id: 'referral.viralCoefficientPerCycleReferred',
				formula: mul(v('ρ_r', 0.15), v('L', 1, 'count'), v('c_r', 0.25, 'rate')),
				value: 0.0375
			},
			{
				id: 'referral.ownValue',
				formula: add(
					v('M_direct', 400, 'money'),
					v('M_upsell', 951.011712, 'money'),
					v('M_cross', 634.388625, 'money')
				),
				value: 1985.400337
			},
			{
				id: 'referral.referralValue',
				formula: sub(
					v('M_referral', 3572.2267673887263, 'money'),
					v('C_reward', 193.7771893358489, 'money')
				),
				value: 3378.4495780528773
			},
			{
				id: 'referral.totalValue',
				formula: sub(
					add(v('V_own', 1985.400337, 'money'), v('V_referral', 3378.4495780528773, 'money')),
					mul(v('N_0', 1, 'count'), v('A', 700, 'money'))
				),
				value: 4663.849915052877
			},
			{
				id: 'referral.valueMultiplier',
				formula: div(
					paren(
						add(v('V_own', 1985.400337, 'money'), v('V_referral', 3378.4495780528773, 'money'))
					),
					v('V_own', 1985.400337, 'money')
				),
				value: 2.7016465219089345
			},
			{
				id: 'referral.averageAcquisitionCost',
				formula: div(
					paren(
						add(
							mul(v('N_0', 1, 'count'), v('A', 700, 'money')),
							mul(v('R', 50, 'money'), v('n_referred', 3.875543786716978, 'count'))
						)
					),
					paren(add(v('N_0', 1, 'count'), v('n_referred', 3.875543786716978, 'count')))
				),
				value: 183.3184621930526
			}
		]
	},
	'software-chain': {
		totals: {
			ownValue: 1252.2606250000001,
			totalValue: 780.9387500000003,
			customersAcquired: 1.3186625,
			valueMultiplier: { kind: 'finite', value: 1.1826122457535548 }
		},
		binds: false,
		steps: [
			{
				id: 'referral.viralCoefficient',
				formula: div(mul(v('ρ', 0.5), v('c', 0.2, 'rate')), paren(sub(c(1), v('r', 0.75, 'rate')))),
				value: 0.4
			},
			{
				id: 'referral.headCountMultiplier',
				formula: div(c(1), paren(sub(c(1), v('K', 0.4)))),
				value: 1.6666666666666667
			},
			{
				id: 'referral.totalCustomers',
				formula: mul(v('N_0', 1, 'count'), div(c(1), paren(sub(c(1), v('K', 0.4))))),
				value: 1.6666666666666667
			},
			{
				id: 'referral.viralCoefficientPerCycle',
				formula: mul(v('ρ', 0.5), v('L', 1, 'count'), v('c', 0.2, 'rate')),
				value: 0.1
			},
			{
				id: 'referral.ownValue',
				formula: add(
					v('M_direct', 400, 'money'),
					v('M_upsell', 483.1200000000001, 'money'),
					v('M_cross', 369.140625, 'money')
				),
				value: 1252.2606250000001
			},
			{
				id: 'referral.referralValue',
				formula: sub(
					v('M_referral', 244.61125000000004, 'money'),
					v('C_reward', 15.933125, 'money')
				),
				value: 228.67812500000005
			},
			{
				id: 'referral.totalValue',
				formula: sub(
					add(
						v('V_own', 1252.2606250000001, 'money'),
						v('V_referral', 228.67812500000005, 'money')
					),
					mul(v('N_0', 1, 'count'), v('A', 700, 'money'))
				),
				value: 780.9387500000003
			},
			{
				id: 'referral.valueMultiplier',
				formula: div(
					paren(
						add(
							v('V_own', 1252.2606250000001, 'money'),
							v('V_referral', 228.67812500000005, 'money')
						)
					),
					v('V_own', 1252.2606250000001, 'money')
				),
				value: 1.1826122457535548
			},
			{
				id: 'referral.averageAcquisitionCost',
				formula: div(
					paren(
						add(
							mul(v('N_0', 1, 'count'), v('A', 700, 'money')),
							mul(v('R', 50, 'money'), v('n_referred', 0.31866250000000007, 'count'))
						)
					),
					paren(add(v('N_0', 1, 'count'), v('n_referred', 0.31866250000000007, 'count')))
				),
				value: 542.9237010986511
			}
		]
	}
};

/**
 * A page's views, one function per calculator on the page (it keeps the view last shown).
 * Throws the model's `ModelInputError` for inputs it refuses, once the model is here.
 */
export function referralViews(): (inputs: ReferralInputs) => ReferralView {
	let shown:
		{ view: ReferralView; key: string; inputs: ReferralInputs; partial: boolean } | undefined;
	return (inputs) => {
		const code = referralModel.code; // read first: the view is computed again when it comes
		const key = JSON.stringify(inputs);
		// the inputs as they are now: the page's are a live object its fields write into
		const own: ReferralInputs = { ...inputs };
		if (code) {
			// The preset's view on screen becomes whole first: it stays the last valid view when
			// the model refuses what was entered before it came.
			if (shown?.partial) {
				Object.assign(shown.view, code.computeReferral(shown.inputs));
				shown.partial = false;
				if (shown.key === key) return shown.view;
			}
			// The same inputs: the same object (the model's view holds typed arrays, which the
			// sections' islands compare by identity: a new one would put them out of date).
			if (shown?.key === key) return shown.view;
			const view = code.computeReferral(inputs);
			shown = { view, key, inputs: own, partial: false };
			return view;
		}
		if (shown?.key === key) return shown.view;
		const stored = FIRST[matchingPreset(own) as ReferralPresetId];
		if (stored) {
			const { totals, binds, steps } = stored;
			const view = {
				params: toParams(own),
				unit: own.unit,
				projection: { totals, saturation: { binds }, steps }
			} as unknown as ReferralView;
			const first = { view, key, inputs: own, partial: true };
			shown = first;
			referralModel.whenProvided(({ computeReferral }) => {
				if (!first.partial) return;
				Object.assign(view, computeReferral(own));
				first.partial = false;
			});
			return view;
		}
		void referralModel.load().catch(() => {});
		// The last result stays until the model is here (a share link, a saved scenario, an edit).
		if (shown) return shown.view;
		throw new ModelInputError('years', 'custom', 'the model is not loaded yet');
	};
}
