/**
 * The numbers of the lifecycle-and-loyalty workshop theme: its class cases as the articles state them, and
 * the worksheet's numbers, each computed from the model when the page is built.
 */
import { computeCampaign, computeLifecycle } from '$lib/calculators/lifecycle/compute';
import { presetInputs } from '$lib/calculators/lifecycle/presets';
import type { Locale } from '$lib/i18n/locales';
import { clvSideBySide, findClvPreset, retentionClv } from '$lib/model/clv';
import { finite } from '../../text';

const headline = (inputs: Parameters<typeof clvSideBySide>[0]) =>
	finite(clvSideBySide(inputs).retention['start-of-period'].finite);

export function lifecycleLoyaltyFigures(locale: Locale) {
	const currency = locale === 'zh' ? 'CNY' : 'USD';

	// The class cases, as the articles state them (state names do not matter for the numbers).
	const relationship = presetInputs('relationship', locale, (id) => id);
	const stageValue = (id: string) => {
		const view = computeLifecycle(relationship);
		return view.infinite.kind === 'finite'
			? view.infinite.values[relationship.states.findIndex((s) => s.id === id)]!
			: Number.NaN;
	};
	const retail = presetInputs('retail-recency', locale, (id) => id);
	const campaign = computeCampaign(retail);
	const roi = campaign.roi.kind === 'finite' ? campaign.roi.value : Number.NaN;
	const flyer = findClvPreset('airline-frequent-flyer')!.inputs;
	const withPoints = headline({
		...flyer,
		grossMargin: flyer.grossMargin - 0.015,
		retention: 0.88
	});
	const withoutPoints = headline(flyer);

	// Worksheet numbers.
	const winBack = { cost: 20, share: 0.1, worth: 400 };
	const winBackNet = winBack.share * 10 * winBack.worth - 10 * winBack.cost;
	const winBackRoi = winBackNet / (10 * winBack.cost);
	const voucherAt = (grossMargin: number) => (0.1 * 300) / (grossMargin * 300);
	const margin = 12_000 * 0.12;
	const marginWithPoints = 12_000 * (0.12 - 0.015);
	const base = finite(
		retentionClv({
			margin,
			retention: 0.85,
			discountRate: 0.08,
			timing: 'start-of-period',
			horizon: 'infinite'
		})
	);
	// Retention at which the cheaper margin gives the same value: 1 + i − r* = (m′/m)(1 + i − r).
	const breakEven = 1.08 - (marginWithPoints / margin) * (1.08 - 0.85);
	const stayInDecline = 1 / (1 - 0.4);

	return {
		currency,
		stageValue,
		retail,
		roi,
		withPoints,
		withoutPoints,
		winBack,
		winBackNet,
		winBackRoi,
		voucherAt,
		margin,
		marginWithPoints,
		base,
		breakEven,
		stayInDecline
	};
}

export type LifecycleLoyaltyFigures = ReturnType<typeof lifecycleLoyaltyFigures>;
