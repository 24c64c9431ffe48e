/**
 * The lifecycle simulator's summary for the saved-scenario and A/B-compare tools. A saved scenario
 * is the URL form (`FlatScenario`, the chain packed into one checked field), so a stored or
 * imported scenario is exactly as safe as a share link. The metrics are per customer or per year,
 * so a monthly chain lines up with a quarterly or yearly one; the series (cumulative discounted
 * profit and the share of customers not lost) are by year for the overlaid charts.
 */
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import en from '$lib/i18n/messages/en/lifecycle';
import zh from '$lib/i18n/messages/zh/lifecycle';
import { rowTimesMatrix } from '$lib/model/lifecycle/matrix';
import { periodsPerYear } from '$lib/model/time';
import { fieldLabelFrom } from '$lib/state/field-labels';
import type { ScenarioSummary } from '$lib/state/summary';
import { computeCampaign, computeLifecycle, type LifecycleView } from './compute';
import { sectionTexts } from './section-texts';
import type { LifecycleInputs } from './scenario';

/**
 * Share of the cohort not in a lost state at the start of each period 0 … `steps`, starting with
 * everyone in state `start`.
 */
export function notLostShares(view: LifecycleView, start: number, steps: number): number[] {
	const lost = view.chain.states.map((s) => view.churnedIds.includes(s.id));
	let row: number[] = view.chain.states.map((_, i) => (i === start ? 1 : 0));
	const shares: number[] = [];
	for (let t = 0; t <= steps; t++) {
		if (t > 0) row = rowTimesMatrix(row, view.chain.transitions);
		shares.push(row.reduce((sum, x, i) => (lost[i] ? sum : sum + x), 0));
	}
	return shares;
}

/** Summary of one scenario; throws `ModelInputError` for inputs the model refuses. */
export function summarizeLifecycle(inputs: LifecycleInputs, locale: Locale): ScenarioSummary {
	const t = sectionTexts(pick(locale, en, zh), locale);
	const view = computeLifecycle(inputs);
	const perYear = periodsPerYear[inputs.unit];
	const { periods, projection } = view;
	const years = Array.from({ length: Math.ceil(periods / perYear) + 1 }, (_, year) => year);
	const shares = notLostShares(view, inputs.start, Math.max(periods, years.at(-1)! * perYear));
	const money = { kind: 'money', currency: inputs.currency } as const;
	const percent = { kind: 'percent' } as const;
	const oneDigit = { kind: 'number', digits: 1 } as const;
	const churn = view.churn[inputs.start];
	const lifetime = view.infinite.kind === 'finite' ? view.infinite.values[inputs.start] : null;
	let campaign: ReturnType<typeof computeCampaign> | undefined;
	try {
		campaign = computeCampaign(inputs);
	} catch {
		campaign = undefined;
	}
	return {
		metrics: [
			{ id: 'value', label: t.result.label, value: view.cohortValue, format: money },
			{ id: 'per-customer', label: t.summary.perCustomer, value: view.perCustomer, format: money },
			{ id: 'lifetime', label: t.summary.lifetime, value: lifetime ?? null, format: money },
			{
				id: 'customers',
				label: t.fields.cohortSize,
				value: inputs.cohortSize,
				format: { kind: 'number', digits: 0 }
			},
			{ id: 'horizon', label: t.summary.horizonYears, value: periods / perYear, format: oneDigit },
			{ id: 'discount', label: t.fields.discount, value: inputs.discount, format: percent },
			{
				id: 'not-lost-year',
				label: t.summary.notLostYear,
				value: shares[perYear] ?? null,
				format: percent
			},
			{
				id: 'not-lost-end',
				label: t.summary.notLostEnd,
				value: shares[periods] ?? null,
				format: percent
			},
			{
				id: 'churn-years',
				label: t.summary.churnYears,
				value: churn?.kind === 'finite' ? churn.periods / perYear : null,
				format: oneDigit
			},
			{
				id: 'campaign-net',
				label: t.steps['lifecycle.netGain'],
				value: campaign ? campaign.totals.netGain : null,
				format: money
			},
			{
				id: 'campaign-roi',
				label: t.campaign.roiLabel,
				value: campaign?.roi.kind === 'finite' ? campaign.roi.value : null,
				format: percent
			}
		],
		series: [
			{
				id: 'cumulative',
				label: t.summary.cumulativeByYear,
				labels: years,
				// Profit of the steps that start before the end of each year, within the horizon.
				data: years.map((year) => {
					const steps = Math.min(year * perYear, periods);
					return steps === 0 ? 0 : projection.cumulativeDiscountedProfit[steps - 1]!;
				}),
				format: money,
				xTitle: t.summary.year
			},
			{
				id: 'not-lost',
				label: t.summary.notLostByYear,
				labels: years,
				data: years.map((year) => shares[year * perYear]!),
				format: percent,
				xTitle: t.summary.year
			}
		]
	};
}

/** The label of an input, by its share-link key (for notices about a link). */
export function lifecycleFieldLabel(key: string, locale: Locale): string | undefined {
	const t = sectionTexts(pick(locale, en, zh), locale);
	const { fields, campaign } = t;
	return fieldLabelFrom(key, locale, fields, {
		n: fields.cohortSize,
		h: fields.months,
		d: fields.discount,
		s: fields.start,
		chain: t.chain.heading,
		ct: campaign.target,
		cf: campaign.from,
		cto: campaign.to,
		ca: campaign.amount,
		cc: campaign.cost,
		cd: campaign.duration
	});
}
