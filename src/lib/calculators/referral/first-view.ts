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
import type { Step } from '$lib/model/expr';
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
 * The first figures of each preset a page starts from (each locale's default: `defaultPreset`;
 * an article embedding another preset adds it here), from the model (regenerate with
 * `first-view.spec.ts`'s message). The others are presets the reader picks: an edit, which the
 * model answers.
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
				formula: {
					op: 'div',
					num: {
						op: 'mul',
						args: [
							{ op: 'var', name: 'ρ_0', value: 4, format: 'number' },
							{ op: 'var', name: 'c_0', value: 0.25, format: 'rate' }
						]
					},
					den: {
						op: 'paren',
						arg: {
							op: 'sub',
							args: [
								{ op: 'const', value: 1 },
								{ op: 'var', name: 'r_0', value: 0.95, format: 'rate' }
							]
						}
					}
				},
				value: 19.999999999999982
			},
			{
				id: 'referral.viralCoefficientReferred',
				formula: {
					op: 'div',
					num: {
						op: 'mul',
						args: [
							{ op: 'var', name: 'ρ_r', value: 0.15, format: 'number' },
							{ op: 'var', name: 'c_r', value: 0.25, format: 'rate' }
						]
					},
					den: {
						op: 'paren',
						arg: {
							op: 'sub',
							args: [
								{ op: 'const', value: 1 },
								{ op: 'var', name: 'r_r', value: 0.95, format: 'rate' }
							]
						}
					}
				},
				value: 0.7499999999999993
			},
			{
				id: 'referral.headCountMultiplier',
				formula: {
					op: 'div',
					num: { op: 'const', value: 1 },
					den: {
						op: 'paren',
						arg: {
							op: 'sub',
							args: [
								{ op: 'const', value: 1 },
								{ op: 'var', name: 'K_r', value: 0.7499999999999993, format: 'number' }
							]
						}
					}
				},
				value: 3.9999999999999893
			},
			{
				id: 'referral.totalCustomers',
				formula: {
					op: 'mul',
					args: [
						{ op: 'var', name: 'N_0', value: 1, format: 'count' },
						{
							op: 'paren',
							arg: {
								op: 'add',
								args: [
									{ op: 'const', value: 1 },
									{
										op: 'mul',
										args: [
											{ op: 'var', name: 'K_0', value: 19.999999999999982, format: 'number' },
											{
												op: 'div',
												num: { op: 'const', value: 1 },
												den: {
													op: 'paren',
													arg: {
														op: 'sub',
														args: [
															{ op: 'const', value: 1 },
															{
																op: 'var',
																name: 'K_r',
																value: 0.7499999999999993,
																format: 'number'
															}
														]
													}
												}
											}
										]
									}
								]
							}
						}
					]
				},
				value: 80.99999999999972
			},
			{
				id: 'referral.viralCoefficientPerCycle',
				formula: {
					op: 'mul',
					args: [
						{ op: 'var', name: 'ρ_0', value: 4, format: 'number' },
						{ op: 'var', name: 'L', value: 1, format: 'count' },
						{ op: 'var', name: 'c_0', value: 0.25, format: 'rate' }
					]
				},
				value: 1
			},
			{
				id: 'referral.viralCoefficientPerCycleReferred',
				formula: {
					op: 'mul',
					args: [
						{ op: 'var', name: 'ρ_r', value: 0.15, format: 'number' },
						{ op: 'var', name: 'L', value: 1, format: 'count' },
						{ op: 'var', name: 'c_r', value: 0.25, format: 'rate' }
					]
				},
				value: 0.0375
			},
			{
				id: 'referral.ownValue',
				formula: {
					op: 'add',
					args: [
						{ op: 'var', name: 'M_direct', value: 400, format: 'money' },
						{ op: 'var', name: 'M_upsell', value: 951.011712, format: 'money' },
						{ op: 'var', name: 'M_cross', value: 634.388625, format: 'money' }
					]
				},
				value: 1985.400337
			},
			{
				id: 'referral.referralValue',
				formula: {
					op: 'sub',
					args: [
						{ op: 'var', name: 'M_referral', value: 3572.2267673887263, format: 'money' },
						{ op: 'var', name: 'C_reward', value: 193.7771893358489, format: 'money' }
					]
				},
				value: 3378.4495780528773
			},
			{
				id: 'referral.totalValue',
				formula: {
					op: 'sub',
					args: [
						{
							op: 'add',
							args: [
								{ op: 'var', name: 'V_own', value: 1985.400337, format: 'money' },
								{ op: 'var', name: 'V_referral', value: 3378.4495780528773, format: 'money' }
							]
						},
						{
							op: 'mul',
							args: [
								{ op: 'var', name: 'N_0', value: 1, format: 'count' },
								{ op: 'var', name: 'A', value: 700, format: 'money' }
							]
						}
					]
				},
				value: 4663.849915052877
			},
			{
				id: 'referral.valueMultiplier',
				formula: {
					op: 'div',
					num: {
						op: 'paren',
						arg: {
							op: 'add',
							args: [
								{ op: 'var', name: 'V_own', value: 1985.400337, format: 'money' },
								{ op: 'var', name: 'V_referral', value: 3378.4495780528773, format: 'money' }
							]
						}
					},
					den: { op: 'var', name: 'V_own', value: 1985.400337, format: 'money' }
				},
				value: 2.7016465219089345
			},
			{
				id: 'referral.averageAcquisitionCost',
				formula: {
					op: 'div',
					num: {
						op: 'paren',
						arg: {
							op: 'add',
							args: [
								{
									op: 'mul',
									args: [
										{ op: 'var', name: 'N_0', value: 1, format: 'count' },
										{ op: 'var', name: 'A', value: 700, format: 'money' }
									]
								},
								{
									op: 'mul',
									args: [
										{ op: 'var', name: 'R', value: 50, format: 'money' },
										{ op: 'var', name: 'n_referred', value: 3.875543786716978, format: 'count' }
									]
								}
							]
						}
					},
					den: {
						op: 'paren',
						arg: {
							op: 'add',
							args: [
								{ op: 'var', name: 'N_0', value: 1, format: 'count' },
								{ op: 'var', name: 'n_referred', value: 3.875543786716978, format: 'count' }
							]
						}
					}
				},
				value: 183.3184621930526
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
