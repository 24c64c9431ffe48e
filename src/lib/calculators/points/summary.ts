/**
 * The points calculator's summary for the saved-scenario and A/B-compare tools: the headline and
 * the figures a manager compares, per year so scenarios in different periods line up, and the
 * cumulative CLV gain at each year's end.
 */
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import en from '$lib/i18n/messages/en/points';
import zh from '$lib/i18n/messages/zh/points';
import { convertRetention, periodsPerYear } from '$lib/model/time';
import { fieldLabelFrom } from '$lib/state/field-labels';
import type { ScenarioSummary } from '$lib/state/summary';
import { computePoints } from './compute';
import type { PointsInputs } from './fields';

/** Summary of one scenario; throws `ModelInputError` for inputs the model refuses. */
export function summarizePoints(inputs: PointsInputs, locale: Locale): ScenarioSummary {
	const t = pick(locale, en, zh);
	const { result, timeline } = computePoints(inputs);
	const perYear = periodsPerYear[inputs.unit];
	const money = { kind: 'money', currency: inputs.currency } as const;
	const percent = { kind: 'percent' } as const;
	const years = Array.from({ length: inputs.years }, (_, i) => i + 1);
	const retentionYear = convertRetention(result.retentionWithProgramme, inputs.unit, 'year').value;
	const breakEven = result.breakEven;
	return {
		metrics: [
			{ id: 'net', label: t.result.label, value: result.netEffect, format: money },
			{ id: 'clvWithout', label: t.summary.clvWithout, value: result.clvWithout, format: money },
			{ id: 'clvWith', label: t.summary.clvWith, value: result.clvWith, format: money },
			{
				id: 'cost',
				label: t.summary.costPerYear,
				value: result.costPerMember * perYear,
				format: money
			},
			{ id: 'breakage', label: t.figures.breakage, value: result.breakage, format: percent },
			{ id: 'retention', label: t.summary.retentionYear, value: retentionYear, format: percent },
			{
				id: 'breakEven',
				label: t.breakEven.heading,
				value:
					breakEven.kind === 'found'
						? breakEven.uplift
						: breakEven.kind === 'not-needed'
							? 0
							: null,
				format: percent
			},
			{ id: 'peak', label: t.figures.peakLiability, value: result.peakLiability, format: money }
		],
		series: [
			{
				id: 'gain',
				label: t.summary.gainByYear,
				labels: years,
				data: years.map((year) => timeline.cumulativeGain[year * perYear - 1] ?? NaN),
				format: money,
				xTitle: t.summary.year
			}
		]
	};
}

/** The label of an input, by its share-link key (for notices about a link). */
export function pointsFieldLabel(key: string, locale: Locale): string | undefined {
	const { fields } = pick(locale, en, zh);
	return fieldLabelFrom(key, locale, fields, { earn: fields.earn('1') });
}
