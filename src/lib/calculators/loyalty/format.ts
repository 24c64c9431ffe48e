/** Formatting shared by the loyalty calculators: money, limits and model messages. */
import { formatMoney, formatNumber, formatPercent, type Currency } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import type loyaltyEn from '$lib/i18n/messages/en/loyalty';
import type { FieldProblem, InputKind } from './field-problem';

/** Money: cents below 1,000, whole units above. */
export const money = (value: number, currency: Currency, locale: Locale, signed = false) =>
	formatMoney(value, currency, locale, { whole: Math.abs(value) >= 1000, signed });

/** A share as a percentage with one decimal, e.g. "12.5%". */
export const percent = (value: number, locale: Locale, signed = false) =>
	formatPercent(value, locale, { digits: 1, signed });

/** A limit of an input, written the way the input is typed. */
export function limitText(value: number, kind: InputKind, currency: Currency, locale: Locale) {
	if (kind === 'percent') return formatPercent(value, locale, { digits: 2 });
	if (kind === 'money') return formatMoney(value, currency, locale, { whole: true });
	return formatNumber(value, locale, { digits: 4 });
}

/**
 * The message for a model error, in the page's language; `label` names an input (for an uplift,
 * the input that holds its base).
 */
export function problemText(
	problem: FieldProblem,
	t: typeof loyaltyEn,
	locale: Locale,
	currency: Currency,
	label: (input: string) => string
): string {
	const limit = (x: number | undefined) =>
		x === undefined ? '' : limitText(x, problem.format, currency, locale);
	const e = t.errors;
	switch (problem.kind) {
		case 'uplift':
			return e.uplift(label(problem.base ?? ''), limit(problem.min), limit(problem.max));
		case 'floor':
			return e.floor(label(problem.base ?? ''), limit(problem.min));
		case 'range':
			return e.range(limit(problem.min), limit(problem.max));
		case 'min':
			return e.min(limit(problem.min));
		case 'max':
			return e.max(limit(problem.max));
		case 'integer':
			return e.integer;
		default:
			return e.other;
	}
}

/** A change in a share as percentage points, e.g. "1.14 percentage points" (0.0114). */
export const percentagePoints = (value: number, locale: Locale, t: typeof loyaltyEn) =>
	t.pp(formatNumber(value * 100, locale, { digits: 2, signed: false }));
