/**
 * The CLV calculator's summary adapter for the generic saved-scenario and A/B-compare tools: the
 * headline and the inputs a manager compares, all per year so scenarios in different time units
 * line up, and the cumulative value by year for the overlaid chart.
 */
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import clvEn from '$lib/i18n/messages/en/clv';
import clvZh from '$lib/i18n/messages/zh/clv';
import { periodsPerYear } from '$lib/model/time';
import { fieldLabelFrom } from '$lib/state/field-labels';
import type { ScenarioSummary } from '$lib/state/summary';
import { computeClv } from './compute';
import type { ClvInputs } from './fields';

/** Summary of one scenario; throws `ModelInputError` for inputs the model refuses. */
export function summarizeClv(inputs: ClvInputs, locale: Locale): ScenarioSummary {
	const t = pick(locale, clvEn, clvZh);
	const view = computeClv(inputs);
	const perYear = periodsPerYear[inputs.unit];
	const money = { kind: 'money', currency: inputs.currency } as const;
	const percent = { kind: 'percent' } as const;
	const { schedule } = view;
	const years = Array.from({ length: inputs.years + 1 }, (_, year) => year);
	return {
		metrics: [
			{
				id: 'clv',
				label: t.result.label,
				value: view.headline.kind === 'finite' ? view.headline.value : null,
				format: money
			},
			{ id: 'spend', label: t.summary.spendYear, value: inputs.spend * perYear, format: money },
			{ id: 'margin', label: t.fields.grossMargin, value: inputs.margin, format: percent },
			{
				id: 'retention',
				label: t.conversions.retentionYear,
				value: view.annualRetention,
				format: percent
			},
			{ id: 'discount', label: t.fields.discountRate, value: inputs.discount, format: percent },
			{
				id: 'acquisition',
				label: t.fields.acquisitionCost,
				value: inputs.acquisition,
				format: money
			},
			{
				id: 'payback',
				label: t.summary.paybackYears,
				value: schedule.paybackPeriod === null ? null : schedule.paybackPeriod / perYear,
				format: { kind: 'number', digits: 1 }
			},
			{
				id: 'active',
				label: t.summary.activeAtEnd,
				value: schedule.survival[schedule.survival.length - 1] ?? null,
				format: percent
			}
		],
		series: [
			{
				id: 'cumulative',
				label: t.summary.cumulativeByYear,
				labels: years,
				data: years.map((year) =>
					year === 0 ? -inputs.acquisition : (schedule.cumulativeNet[year * perYear - 1] ?? NaN)
				),
				format: money,
				xTitle: t.summary.year
			}
		]
	};
}

/** The label of an input, by its share-link key (for notices about a link). */
export function clvFieldLabel(key: string, locale: Locale): string | undefined {
	const t = pick(locale, clvEn, clvZh);
	const { fields } = t;
	return fieldLabelFrom(key, locale, fields, {
		margin: fields.grossMargin,
		discount: fields.discountRate,
		acquisition: fields.acquisitionCost,
		horizon: t.horizon.legend,
		timing: t.timing.legend.replace(/[?？]$/, ''),
		referral: fields.referralIncome
	});
}
