/**
 * How a step's value reads after its formula, the same on every calculator: money as the site's
 * one money format, shares as percentages when a calculator says so, and every other number with
 * up to six decimals, as a rate appears inside the formulas (so a value reads the same when a
 * later step uses it).
 */
import { formatNumber, formatPercent, money, type Currency } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import type { Step } from '$lib/model/expr';

export type StepKind = 'money' | 'percent' | 'number';

/** A calculator's word on how its steps read: step → kind (steps not listed are plain numbers). */
export type StepKinds = (step: Step) => StepKind;

/**
 * Step kinds from lists of step ids.
 *
 * @example
 * const kinds = stepKinds({ money: ['clv'] });
 * kinds({ id: 'clv', … }) //=> 'money'
 */
export function stepKinds(ids: {
	readonly money?: readonly string[];
	readonly percent?: readonly string[];
}): StepKinds {
	const money = new Set(ids.money);
	const percent = new Set(ids.percent);
	return (step) => (money.has(step.id) ? 'money' : percent.has(step.id) ? 'percent' : 'number');
}

/**
 * A step's value as text.
 *
 * @example
 * stepValue({ id: 'clv', value: 350, formula }, 'money', 'en', 'USD') //=> '$350.00'
 * stepValue({ id: 'q', value: 0.714285714, formula }, 'number', 'en', 'USD') //=> '0.714286'
 */
export function stepValue(step: Step, kind: StepKind, locale: Locale, currency: Currency): string {
	if (kind === 'money') return money(step.value, currency, locale);
	if (kind === 'percent') return formatPercent(step.value, locale, { digits: 1 });
	return formatNumber(step.value, locale, { digits: 6 });
}
