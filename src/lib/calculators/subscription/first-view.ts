/**
 * The first view of the subscription page without the sBG model's code (`model.svelte.ts`): for
 * a preset's inputs (what every page and embed starts from), the figures the first screen shows —
 * the headline, the discount hint, the periods the sections are labelled with — computed by the
 * model beforehand (`first-view.spec.ts` checks them against it), with the table read as usual.
 * When the model arrives the same view object is filled in with the whole result, so nothing on
 * screen is drawn again and no section wakes for it; inputs no preset holds keep the last view
 * until the model is here, then show the model's.
 */
import { ModelInputError } from '$lib/model/errors';
import type { SubscriptionView } from './compute';
import type { SubscriptionInputs } from './fields';
import { sbgModel } from './model.svelte';
import { subscriptionPresetList, type SubscriptionPresetId } from './presets';
import { resolveTable, type TableData } from './table';

/** What the first screen reads of a view before the model is here. */
export interface FirstFigures {
	readonly calibrationPeriods: number;
	readonly oldest: number;
	readonly analysis: {
		readonly newCustomer:
			| { kind: 'finite'; periodDiscountRate: number; value: number; lifetime: number }
			| { kind: 'divergent'; periodDiscountRate: number };
		readonly base: { kind: 'finite'; value: number; active: number } | { kind: 'divergent' };
		readonly constantChurn: {
			baseValue: number;
			gap: number | null;
			understatement: number | null;
		};
	};
}

/** The first figures of a view (what `FIRST` holds for each preset). */
export function firstFigures(view: SubscriptionView): FirstFigures {
	const { newCustomer: n, base: b, constantChurn: c } = view.analysis;
	return {
		calibrationPeriods: view.calibrationPeriods,
		oldest: view.oldest,
		analysis: {
			newCustomer:
				n.kind === 'finite'
					? {
							kind: n.kind,
							periodDiscountRate: n.periodDiscountRate,
							value: n.value,
							lifetime: n.lifetime
						}
					: { kind: n.kind, periodDiscountRate: n.periodDiscountRate },
			base:
				b.kind === 'finite' ? { kind: b.kind, value: b.value, active: b.active } : { kind: b.kind },
			constantChurn: {
				baseValue: c.baseValue,
				gap: c.gap,
				understatement: c.understatement
			}
		}
	};
}

/** Each preset's first figures, from the model (regenerate with `first-view.spec.ts`'s message). */
export const FIRST: Record<SubscriptionPresetId, FirstFigures> = {
	'fh-regular': {
		calibrationPeriods: 7,
		oldest: 12,
		analysis: {
			newCustomer: {
				kind: 'finite',
				periodDiscountRate: 0.1,
				value: 269.4908428518824,
				lifetime: 3.694908428518824
			},
			base: { kind: 'finite', value: 134408.66205386072, active: 173 },
			constantChurn: {
				baseValue: 45176.26050420168,
				gap: 89232.40154965904,
				understatement: 0.663888771647035
			}
		}
	},
	'fh-high-end': {
		calibrationPeriods: 7,
		oldest: 12,
		analysis: {
			newCustomer: {
				kind: 'finite',
				periodDiscountRate: 0.1,
				value: 492.225349578448,
				lifetime: 5.92225349578448
			},
			base: { kind: 'finite', value: 323549.51724245795, active: 394 },
			constantChurn: {
				baseValue: 191126.9768370607,
				gap: 132422.54040539725,
				understatement: 0.40928059956326224
			}
		}
	},
	'fh-regular-7': {
		calibrationPeriods: 7,
		oldest: 7,
		analysis: {
			newCustomer: {
				kind: 'finite',
				periodDiscountRate: 0.1,
				value: 269.4908428518824,
				lifetime: 3.694908428518824
			},
			base: { kind: 'finite', value: 164899.790369798, active: 241 },
			constantChurn: {
				baseValue: 62933.403361344535,
				gap: 101966.38700845346,
				understatement: 0.6183536484781911
			}
		}
	}
};

/**
 * A page's views, one function per calculator on the page (it keeps the view last shown).
 * Throws the model's `ModelInputError` for inputs it refuses, once the model is here.
 */
export function subscriptionViews(
	lookup: (key: string) => TableData | undefined
): (inputs: SubscriptionInputs) => SubscriptionView {
	let shown:
		| { view: SubscriptionView; key: string; inputs: SubscriptionInputs; partial: boolean }
		| undefined;
	return (inputs) => {
		const compute = sbgModel.compute; // read first: the view is computed again when it comes
		const key = JSON.stringify(inputs);
		// the inputs as they are now: the page's are a live object its fields write into
		const own: SubscriptionInputs = { ...inputs };
		if (compute) {
			// The preset's view on screen becomes whole first: it stays the last valid view when
			// the model refuses what was entered before it came.
			if (shown?.partial) {
				Object.assign(shown.view, compute(shown.inputs, lookup));
				shown.partial = false;
				if (shown.key === key) return shown.view;
			}
			const view = compute(inputs, lookup);
			shown = { view, key, inputs: own, partial: false };
			return view;
		}
		if (shown?.key === key) return shown.view;
		const preset = subscriptionPresetList.find((p) => JSON.stringify(p.inputs) === key);
		const table = preset && resolveTable(inputs.table, inputs.labels, lookup);
		if (preset && table) {
			const view = { ...FIRST[preset.id], table } as unknown as SubscriptionView;
			const first = { view, key, inputs: own, partial: true };
			shown = first;
			sbgModel.whenProvided((compute) => {
				if (!first.partial) return;
				Object.assign(view, compute(own, lookup));
				first.partial = false;
			});
			return view;
		}
		void sbgModel.load().catch(() => {});
		// The last result stays until the model is here (a share link, a saved scenario, an edit).
		if (shown) return shown.view;
		throw new ModelInputError('table', 'custom', 'the model is not loaded yet');
	};
}
