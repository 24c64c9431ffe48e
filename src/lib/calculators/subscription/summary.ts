/**
 * The subscription calculator's summary for the saved-scenario and A/B-compare tools: the values
 * and the fit a manager compares between two tables (two plans, two channels), and the survival and
 * retention curves of a new cohort, overlaid. Values are per customer or for the whole base; the
 * curves are per period of each table.
 */
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import en from '$lib/i18n/messages/en/subscription';
import enSections from '$lib/i18n/messages/en/subscription-sections';
import zh from '$lib/i18n/messages/zh/subscription';
import zhSections from '$lib/i18n/messages/zh/subscription-sections';
import { fieldLabelFrom } from '$lib/state/field-labels';
import type { ScenarioSummary } from '$lib/state/summary';
import type { SubscriptionInputs } from './fields';
import { sbgModel } from './model.svelte';
import { tableStore } from './table-store';

/** The periods the two models are compared at (as in the lesson). */
const COMPARED = [24, 36] as const;

/**
 * Summary of one scenario; throws `ModelInputError` for inputs the model refuses, and an `Error`
 * while the model's code is still coming (read reactively: a summary asked for then is made again).
 */
export function summarizeSubscription(inputs: SubscriptionInputs, locale: Locale): ScenarioSummary {
	const t = pick(locale, en, zh);
	// the summary's own words load with it and the sections, not with the page
	const words = pick(locale, enSections, zhSections).summary;
	const compute = sbgModel.compute;
	if (!compute) {
		void sbgModel.load().catch(() => {});
		throw new Error('the sBG model is still loading');
	}
	const { analysis, curves } = compute(inputs, (key) => tableStore.get(key));
	const money = { kind: 'money', currency: inputs.currency } as const;
	const percent = { kind: 'percent' } as const;
	const number = (digits: number) => ({ kind: 'number', digits }) as const;
	const finite = <T extends { kind: string }>(
		x: T,
		value: (x: T & { kind: 'finite' }) => number
	) => (x.kind === 'finite' ? value(x as T & { kind: 'finite' }) : null);
	const { newCustomer, renewedCustomer, base, constantChurn, fit, churn } = analysis;
	const ages = Array.from({ length: inputs.horizon + 1 }, (_, t) => t);
	return {
		metrics: [
			{
				id: 'clv',
				label: t.result.label,
				value: finite(newCustomer, (x) => x.value),
				format: money
			},
			{
				id: 'del',
				label: words.del,
				value: finite(newCustomer, (x) => x.lifetime),
				format: number(2)
			},
			{
				id: 'residual',
				label: words.residual,
				value: finite(renewedCustomer, (x) => x.value),
				format: money
			},
			{ id: 'base', label: words.base, value: finite(base, (x) => x.value), format: money },
			{
				id: 'baseConstant',
				label: words.baseConstant,
				value: constantChurn.baseValue,
				format: money
			},
			{
				id: 'understatement',
				label: words.understatement,
				value: constantChurn.understatement,
				format: percent
			},
			{ id: 'alpha', label: 'α', value: fit.alpha.value, format: number(3) },
			{ id: 'beta', label: 'β', value: fit.beta.value, format: number(3) },
			{ id: 'meanChurn', label: words.meanChurn, value: churn.mean, format: percent },
			...COMPARED.map((period) => ({
				id: `survival${period}`,
				label: words.survival(period),
				value: constantChurn.survival.find((s) => s.period === period)?.sbg ?? null,
				format: percent
			}))
		],
		series: [
			{
				id: 'survival',
				label: words.survivalSeries,
				labels: ages,
				data: ages.map((age) => curves.survival[age]!),
				format: percent,
				xTitle: words.period
			},
			{
				id: 'retention',
				label: words.retentionSeries,
				labels: ages.slice(1),
				data: ages.slice(1).map((age) => curves.retention[age - 1]!),
				format: percent,
				xTitle: words.period
			}
		]
	};
}

/** The label of an input, by its share-link key (for notices about a link). */
export function subscriptionFieldLabel(key: string, locale: Locale): string | undefined {
	const t = pick(locale, en, zh);
	const { fields } = t;
	const periods = (period: string) => (locale === 'zh' ? period : `${period}s`);
	return fieldLabelFrom(key, locale, fields, {
		margin: fields.margin,
		holdout: (period) => fields.holdout(periods(period)),
		horizon: (period) => fields.horizon(periods(period)),
		table: t.table.label,
		labels: t.table.label
	});
}
