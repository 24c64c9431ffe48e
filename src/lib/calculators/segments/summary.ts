/**
 * The segmentation calculator's summary adapter for the generic saved-scenario and A/B-compare
 * tools. A scenario is the generated sample's settings and thresholds (a pasted table is never
 * saved): the headline, the 80/20 figure, each segment's share of customers and the net profit,
 * plus the Pareto curve for the overlaid chart.
 */
import { formatPercent } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import en from '$lib/i18n/messages/en/segments';
import zh from '$lib/i18n/messages/zh/segments';
import { fieldLabelFrom } from '$lib/state/field-labels';
import type { ScenarioSummary } from '$lib/state/summary';
import { computeSegments, paretoGrid, sampleStats } from './compute';
import type { SegmentsInputs } from './fields';

/** Summary of one scenario; throws `ModelInputError` for settings the model refuses. */
export function summarizeSegments(inputs: SegmentsInputs, locale: Locale): ScenarioSummary {
	const t = pick(locale, en, zh);
	const view = computeSegments(sampleStats(inputs), inputs);
	const percent = { kind: 'percent' } as const;
	const { pareto, quadrant } = view;
	return {
		metrics: [
			{
				id: 'gold-profit',
				label: t.result.label,
				value: quadrant.segments[0]!.profitShare,
				format: percent
			},
			{
				id: 'top-share',
				label: t.summary.topShare,
				value: pareto.kind === 'curve' ? pareto.topShare : null,
				format: percent
			},
			...quadrant.segments.map((s) => ({
				id: `${s.segment}-customers`,
				label: t.summary.segmentShare(t.segments[s.segment].name),
				value: s.customerShare,
				format: percent
			})),
			{
				id: 'net-profit',
				label: t.summary.netProfit,
				value: quadrant.netProfit,
				format: { kind: 'money', currency: inputs.currency }
			},
			{
				id: 'customers',
				label: t.summary.customers,
				value: inputs.count,
				format: { kind: 'number', digits: 0 }
			}
		],
		series:
			pareto.kind === 'curve'
				? [
						{
							id: 'pareto',
							label: t.pareto.chart,
							labels: paretoGrid.map((x) => formatPercent(x, locale, { digits: 0 })),
							data: pareto.earned,
							format: percent,
							xTitle: t.pareto.xTitle
						}
					]
				: []
	};
}

/** The label of an input, by its share-link key (for notices about a link). */
export function segmentsFieldLabel(key: string, locale: Locale): string | undefined {
	const t = pick(locale, en, zh);
	const { pressure, profit, frequency } = t.thresholds;
	return fieldLabelFrom(key, locale, t.fields, {
		pressureThreshold: pressure,
		profitAt: profit,
		profitThreshold: profit,
		frequencyAt: frequency,
		frequencyThreshold: frequency
	});
}
