/**
 * What a `NumberField` says: the message for text it could not read (with the field's limits written
 * for the page's language), and the value a screen reader hears for its slider (`display.ts`, which
 * the page loads with the field; this file comes with `read.ts`). Kept apart from the component so
 * each wording can be tested without a browser.
 */
import { formatAmount, formatNumber, formatPercent } from '$lib/i18n/format';
import type fieldErrorsEn from '$lib/i18n/messages/en/field-errors';
import type { FieldFormat } from './display';
import type { ParseResult } from './parse';

export { sliderText, type FieldFormat } from './display';

/** The field's messages (`field-errors`' `errors`). */
type ErrorTexts = (typeof fieldErrorsEn)['errors'];

/** Text the field could not read: why, and the readings offered as one-click fixes. */
export interface FieldProblem {
	readonly message: string;
	readonly suggestions: readonly string[];
}

/**
 * A limit as the message writes it: a percent to two decimals, an amount of money (whole when the
 * limit is), or a plain number.
 *
 * @example
 * formatLimit(0.999, { kind: 'percent', currency: 'USD', locale: 'en' }) //=> '99.9%'
 */
export function formatLimit(v: number, { kind, currency, locale }: FieldFormat): string {
	if (kind === 'percent') return formatPercent(v, locale, { digits: 2 });
	if (kind === 'money') return formatAmount(v, currency, locale, { whole: Number.isInteger(v) });
	return formatNumber(v, locale);
}

/** Why a refused text was refused, in the page's language, with the readings to offer. */
export function problemOf(
	result: Extract<ParseResult, { ok: false }>,
	limits: { readonly min: number; readonly max: number },
	format: FieldFormat,
	e: ErrorTexts
): FieldProblem {
	const suggestions = result.suggestions ?? (result.suggestion ? [result.suggestion] : []);
	const limit = (v: number) => formatLimit(v, format);
	const messages = {
		empty: () => e.empty,
		notNumber: () => e.notNumber,
		fullWidth: () => e.fullWidth(result.suggestion ?? ''),
		arabicDigits: () => e.arabicDigits(result.suggestion ?? ''),
		grouping: () => e.grouping(result.suggestion ?? ''),
		decimalComma: () => e.decimalComma(result.suggestion ?? ''),
		ambiguous: () => e.ambiguous(suggestions[0] ?? '', suggestions[1] ?? ''),
		tooLarge: () => e.tooLarge(limit(limits.max)),
		belowMin: () => e.belowMin(limit(limits.min)),
		aboveMax: () => e.aboveMax(limit(limits.max)),
		notInteger: () => e.notInteger
	};
	return { message: messages[result.code](), suggestions };
}
