/**
 * What a number field shows before anyone types into it: its kinds, a value as its box shows it,
 * and what a screen reader hears for its slider. Apart from the reading of typed text
 * (`parse.ts`, `field-text.ts`), which a page loads only once it is needed (`read.ts`).
 */
import { formatAmount, formatNumber, formatPercent, type Currency } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';

export type FieldKind = 'number' | 'percent' | 'money' | 'count';

/** What a field needs to write its numbers. */
export interface FieldFormat {
	readonly kind: FieldKind;
	readonly currency: Currency;
	readonly locale: Locale;
}

/** Converts between model units and what the field shows (percent fields show ×100). */
export const toDisplay = (value: number, kind: FieldKind) =>
	kind === 'percent' ? Math.round(value * 100 * 1e9) / 1e9 : value;
export const fromDisplay = (value: number, kind: FieldKind) =>
	kind === 'percent' ? value / 100 : value;

/** What a screen reader hears for the slider: the value as the page writes it, with its unit. */
export function sliderText(value: number, { kind, currency, locale }: FieldFormat, unit?: string) {
	if (kind === 'percent') return formatPercent(value, locale, { digits: 2 });
	if (kind === 'money') return formatAmount(value, currency, locale);
	return `${formatNumber(value, locale)}${unit ? ' ' + unit : ''}`;
}
