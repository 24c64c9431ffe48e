/**
 * The CLV calculator's summary adapter for the generic saved-scenario and A/B-compare tools: the
 * headline, the business figures, and the inputs a manager compares in the scenario's own time
 * unit (monthly churn as typed, payback in months), and the cumulative value by year for the
 * overlaid chart. Rows that depend on the unit carry it in their id, so a monthly A and a yearly
 * B never line up a month against a year. With no end to the headline, the chart's years are
 * followed by what comes after them.
 */
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import clvEn from '$lib/i18n/messages/en/clv';
import clvZh from '$lib/i18n/messages/zh/clv';
import kitEn from '$lib/i18n/messages/en/kit';
import kitZh from '$lib/i18n/messages/zh/kit';
import { periodsPerYear } from '$lib/model/time';
import { fieldLabelFrom } from '$lib/state/field-labels';
import type { ScenarioSummary, SummaryMetric } from '$lib/state/summary';
import { computeClv } from './compute';
import { churnOf, type ClvInputs } from './fields';

/** Summary of one scenario; throws `ModelInputError` for inputs the model refuses. */
export function summarizeClv(inputs: ClvInputs, locale: Locale): ScenarioSummary {
	const t = pick(locale, clvEn, clvZh);
	const units = pick(locale, kitEn, kitZh).units;
	const view = computeClv(inputs);
	const { unit } = inputs;
	const perYear = periodsPerYear[unit];
	const money = { kind: 'money', currency: inputs.currency } as const;
	const percent = { kind: 'percent' } as const;
	const { schedule, business } = view;
	const clv = view.headline.kind === 'finite' ? view.headline.value : null;
	const years = Array.from({ length: inputs.years + 1 }, (_, year) => year);
	const cumulative = (year: number) =>
		year === 0 ? -inputs.acquisition : (schedule.cumulativeNet[year * perYear - 1] ?? NaN);
	const payback =
		business.payback.kind === 'at'
			? business.payback.periods
			: business.payback.kind === 'none'
				? 0
				: null;
	// An infinite headline goes on after the chart's last year: say how much of it does.
	const remainder: SummaryMetric[] = view.beyond
		? [
				{
					id: 'beyond',
					label: t.summary.beyond(inputs.years),
					value: view.beyond.value,
					format: money
				},
				{
					id: 'shown',
					label: t.summary.shown(inputs.years),
					value: view.beyond.share === null ? null : 1 - view.beyond.share,
					format: percent
				}
			]
		: [];
	return {
		metrics: [
			{ id: 'clv', label: t.result.label, value: clv, format: money },
			{ id: 'equity', label: t.business.equity, value: business.equity, format: money },
			{
				id: 'ltv-cac',
				label: t.business.ltvToCac,
				value: business.ltvToCac,
				format: { kind: 'number', digits: 2 }
			},
			{
				id: `payback-${unit}`,
				label: t.summary.payback(units[`${unit}s`]),
				value: payback,
				format: { kind: 'number', digits: 0 }
			},
			...remainder,
			{
				id: `spend-${unit}`,
				label: t.summary.spend(units[unit]),
				value: inputs.spend,
				format: money
			},
			{ id: 'margin', label: t.fields.grossMargin, value: inputs.margin, format: percent },
			{
				id: `churn-${unit}`,
				label: t.summary.churn(units[unit]),
				value: churnOf(inputs.retention),
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
				id: 'customers',
				label: t.summary.customers,
				value: inputs.customers,
				format: { kind: 'number', digits: 0 }
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
				data: years.map(cumulative),
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
