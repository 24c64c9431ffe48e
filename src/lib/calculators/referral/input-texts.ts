/**
 * The referral calculator's words around its inputs, by input key: labels and hints (several name
 * the period, or show what an input means per year or per period), the unit after a box, the note
 * on why a cycle needs at least one period; and its own explanation of three refusals the kit's
 * words would leave vague.
 */
import { formatPercent, type Currency } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import { convertRetention } from '$lib/model/time';
import type { FieldProblem } from '$lib/state/field-problem';
import { limitText, texts } from '$lib/ui/calculator';
import {
	behaviourKeys,
	horizonOf,
	periodDiscountOf,
	type BehaviourPrefix,
	type ReferralInputs
} from './fields';
import type { ReferralMessages } from './format';

type Texts = Record<string, string>;

export interface InputTexts {
	readonly labels: Texts;
	readonly hints: Texts;
	readonly units: Texts;
	readonly notes: Texts;
}

export function inputTexts(
	t: ReferralMessages,
	inputs: ReferralInputs,
	locale: Locale
): InputTexts {
	const { unit } = inputs;
	const unitName = t.units[unit];
	const own: Texts = texts(t.fields, unitName);
	const h = t.hints;
	const labels: Texts = { ...own };
	const hints: Texts = {
		years: h.years(t.duration(horizonOf(inputs), unit)),
		customers: h.customers,
		acquisition: h.acquisition,
		margin: h.margin,
		discount: h.discount(formatPercent(periodDiscountOf(inputs), locale, { digits: 3 }), unitName),
		lag: h.lag(t.units[`${unit}s`]),
		reward: h.reward,
		cap: h.cap
	};
	for (const p of ['f', 'r'] as const satisfies BehaviourPrefix[]) {
		const annual = convertRetention(inputs[`${p}Retention`], unit, 'year').value;
		for (const key of behaviourKeys) {
			labels[`${p}${key}`] = own[key] + (p === 'r' ? t.fields.referredSuffix : '');
			hints[`${p}${key}`] =
				key === 'Retention' ? h.Retention(formatPercent(annual, locale, { digits: 1 })) : h[key];
		}
	}
	return {
		labels,
		hints,
		units: { years: t.unitAfter(inputs.years, 'year'), lag: t.unitAfter(inputs.lag, unit) },
		notes: { lag: t.lagNote(t.duration(1, unit)) }
	};
}

/**
 * The calculator's own words for a refusal, or `undefined` for the kit's (`problemMessages`): a
 * cycle shorter than one period, a market smaller than the first customers (naming their number)
 * and growth past a trillion customers (naming the period it happens in).
 */
export function explainProblem(
	problem: FieldProblem,
	t: ReferralMessages,
	locale: Locale,
	currency: Currency,
	unit: ReferralInputs['unit']
): string | undefined {
	const e = t.errors;
	const { input, kind, min, max } = problem;
	if (input === 'lag' && kind !== 'integer' && (min ?? 1) >= 1) return e.lag(t.duration(1, unit));
	if (input === 'cap' && kind !== 'other') {
		return e.capBelowBase(
			min === undefined ? '' : limitText(min, problem.format, currency, locale)
		);
	}
	if (input === 'years' && kind === 'max') return e.tooMany(t.ordinal((max ?? 0) + 1, unit));
	return undefined;
}
