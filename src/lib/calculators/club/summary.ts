/**
 * The customer-club calculator's summary for the saved-scenario and A/B-compare tools: ROI, the
 * payback year and the present values behind them, and the cumulative net value year by year.
 */
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import en from '$lib/i18n/messages/en/club';
import zh from '$lib/i18n/messages/zh/club';
import wordsEn from '$lib/i18n/messages/en/words';
import wordsZh from '$lib/i18n/messages/zh/words';
import { fieldLabelFrom } from '$lib/state/field-labels';
import type { ScenarioSummary } from '$lib/state/summary';
import { computeClub } from './compute';
import type { ClubInputs } from './fields';

/** Summary of one scenario; throws `ModelInputError` for inputs the model refuses. */
export function summarizeClub(inputs: ClubInputs, locale: Locale): ScenarioSummary {
	const t = pick(locale, en, zh);
	const words = pick(locale, wordsEn, wordsZh);
	const { result } = computeClub(inputs);
	const money = { kind: 'money', currency: inputs.currency } as const;
	return {
		metrics: [
			{
				id: 'roi',
				label: t.result.label,
				value: result.roi.kind === 'ratio' ? result.roi.value : null,
				format: { kind: 'percent' }
			},
			{
				id: 'payback',
				label: t.summary.paybackYear,
				value: result.paybackYear,
				format: { kind: 'number', digits: 0 }
			},
			{ id: 'net', label: t.figures.netValue, value: result.netValue, format: money },
			{
				id: 'incremental',
				label: t.figures.incremental,
				value: result.incrementalProfit,
				format: money
			},
			{ id: 'cost', label: t.figures.clubCost, value: result.clubCost, format: money }
		],
		series: [
			{
				id: 'net',
				label: t.summary.netByYear,
				labels: result.years.map((y) => y.year),
				data: result.years.map((y) => y.cumulativeIncrementalProfit - y.cumulativeCost),
				format: money,
				xTitle: words.yearAxis
			}
		]
	};
}

/** The label of an input, by its share-link key (for notices about a link). */
export function clubFieldLabel(key: string, locale: Locale): string | undefined {
	return fieldLabelFrom(key, locale, pick(locale, en, zh).fields);
}
