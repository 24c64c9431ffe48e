/**
 * The referral calculator's summary for the saved-scenario and A/B-compare tools: the headline
 * multiplier, the values and head counts it comes from, and the levers a manager changes, all per
 * year (or one-off) so scenarios in different time units line up; plus cumulative profit and
 * customers acquired at each year's end for the overlaid charts.
 */
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import en from '$lib/i18n/messages/en/referral';
import zh from '$lib/i18n/messages/zh/referral';
import sectionsEn from '$lib/i18n/messages/en/referral-sections';
import sectionsZh from '$lib/i18n/messages/zh/referral-sections';
import { projectReferral } from '$lib/model/referral';
import { convertRetention, periodsPerYear } from '$lib/model/time';
import { fieldLabelFrom } from '$lib/state/field-labels';
import type { ScenarioSummary, SummaryMetric } from '$lib/state/summary';
import { toParams, type ReferralInputs } from './fields';

/** Summary of one scenario; throws `ModelInputError` for inputs the model refuses. */
export function summarizeReferral(inputs: ReferralInputs, locale: Locale): ScenarioSummary {
	const t = pick(locale, en, zh);
	// the summary's own words load with it, not with the page
	const s = pick(locale, sectionsEn, sectionsZh).summary;
	const params = toParams(inputs);
	const { totals, viral, series } = projectReferral(params);
	const perYear = periodsPerYear[inputs.unit];
	const money = { kind: 'money', currency: inputs.currency } as const;
	const percent = { kind: 'percent' } as const;
	const count = { kind: 'number', digits: 0 } as const;
	const ratio = { kind: 'number', digits: 2 } as const;
	const multiplier = totals.valueMultiplier;
	// K of the customers who keep the chain going (the first customers' K when both refer alike)
	const k = viral.referred.lifetime;
	const metrics: SummaryMetric[] = [
		{
			id: 'multiplier',
			label: t.result.label,
			value: multiplier.kind === 'finite' ? multiplier.value : null,
			format: ratio
		},
		{ id: 'total', label: t.values.total, value: totals.totalValue, format: money },
		{ id: 'own', label: t.values.own, value: totals.ownValue, format: money },
		{ id: 'referral', label: t.values.referral, value: totals.referralValue, format: money },
		{ id: 'customers', label: s.customers, value: totals.customersAcquired, format: count },
		{ id: 'k', label: s.k, value: k.kind === 'finite' ? k.value : null, format: ratio },
		{
			id: 'averageCost',
			label: s.averageCost,
			value: totals.averageAcquisitionCost,
			format: money
		},
		{ id: 'horizon', label: s.horizonYears, value: inputs.years, format: count },
		{ id: 'lag', label: s.lagYears, value: inputs.lag / perYear, format: ratio },
		{
			id: 'rate',
			label: s.rateYear,
			value: inputs.fRate * perYear,
			format: ratio
		},
		{ id: 'conversion', label: t.fields.Conversion, value: inputs.fConversion, format: percent },
		{
			id: 'retention',
			label: s.retentionYear,
			value: convertRetention(inputs.fRetention, inputs.unit, 'year').value,
			format: percent
		},
		{ id: 'reward', label: t.fields.reward, value: inputs.reward, format: money }
	];
	const years = Array.from({ length: inputs.years + 1 }, (_, year) => year);
	const atYearEnd = (values: Float64Array, start: number) =>
		years.map((year) => (year === 0 ? start : (values[year * perYear - 1] ?? NaN)));
	return {
		metrics,
		series: [
			{
				id: 'cumulative',
				label: s.cumulativeByYear,
				labels: years,
				data: atYearEnd(series.cumulativeProfit, -totals.acquisitionCost),
				format: money,
				xTitle: s.year
			},
			{
				id: 'customers',
				label: s.customersByYear,
				labels: years,
				data: atYearEnd(series.everAcquired, params.initialCustomers),
				format: count,
				xTitle: s.year
			}
		]
	};
}

/** The label of an input, by its share-link key (for notices about a link). */
export function referralFieldLabel(key: string, locale: Locale): string | undefined {
	const { fields } = pick(locale, en, zh);
	const group = /^([fr])([A-Z]\w*)$/.exec(key);
	if (!group) return fieldLabelFrom(key, locale, fields);
	const label = fieldLabelFrom(group[2]!, locale, fields);
	return label && (group[1] === 'r' ? label + fields.referredSuffix : label);
}
