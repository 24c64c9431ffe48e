/**
 * The complementary-product calculator's summary for the saved-scenario and A/B-compare tools:
 * CLV with and without the complement and the gain by source, plus CLV with it split by source.
 */
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import en from '$lib/i18n/messages/en/complement';
import zh from '$lib/i18n/messages/zh/complement';
import { fieldLabelFrom } from '$lib/state/field-labels';
import type { ScenarioSummary } from '$lib/state/summary';
import { computeComplement, sources } from './compute';
import type { ComplementInputs } from './fields';

/** Summary of one scenario; throws `ModelInputError` for inputs the model refuses. */
export function summarizeComplement(inputs: ComplementInputs, locale: Locale): ScenarioSummary {
	const t = pick(locale, en, zh);
	const { result, relativeGain } = computeComplement(inputs);
	const money = { kind: 'money', currency: inputs.currency } as const;
	return {
		metrics: [
			{ id: 'gain', label: t.result.label, value: result.difference.total, format: money },
			{ id: 'without', label: t.figures.without, value: result.without.total, format: money },
			{ id: 'with', label: t.figures.with, value: result.with.total, format: money },
			{
				id: 'relative',
				label: t.summary.relative,
				value: relativeGain,
				format: { kind: 'percent' }
			},
			...sources.map(({ id }) => ({
				id: `gain-${id}`,
				label: `${t.gain.heading}: ${t.chart.sources[id]}`,
				value: result.difference[id],
				format: money
			}))
		],
		series: [
			{
				id: 'bySource',
				label: t.summary.bySource,
				labels: sources.map(({ id }) => t.chart.sources[id]),
				data: sources.map(({ id }) => result.with[id]),
				format: money
			}
		]
	};
}

/** The label of an input, by its share-link key (for notices about a link). */
export function complementFieldLabel(key: string, locale: Locale): string | undefined {
	return fieldLabelFrom(key, locale, pick(locale, en, zh).fields);
}
