/**
 * The note after a change of time unit: the same first customer's inputs and total value, old
 * beside new, and why they differ (repeat purchases come at the end of each period the customer
 * stays, and recommendations are counted period by period: `unit-note.ts`). It runs the model, so
 * it comes with the model's code (`model-code.ts`), which a change of unit fetches.
 */
import { formatPercent, money, type Currency } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import { movement, orNull } from '$lib/ui/calculator/unit-note';
import { computeReferral } from './compute';
import type { ReferralInputs } from './fields';
import type { ReferralMessages } from './format';
import { referralUnitReason } from './unit-note';

interface NoteContext {
	readonly t: ReferralMessages;
	/** The kit's word for "period" in the field labels. */
	readonly period: string;
	readonly currency: Currency;
	readonly locale: Locale;
}

/** The note's contents for the inputs before and after the change. */
export function referralUnitChangeNote(
	pair: { readonly before: ReferralInputs; readonly after: ReferralInputs },
	{ t, period, currency, locale }: NoteContext
) {
	const { before, after } = pair;
	const sides = (write: (values: ReferralInputs) => string) => ({
		before: write(before),
		after: write(after)
	});
	const totalValue = (values: ReferralInputs) =>
		orNull(() => computeReferral(values).projection.totals.totalValue);
	const [was, now] = [totalValue(before), totalValue(after)];
	const value = (x: number | null) => (x === null ? '—' : money(x, currency, locale));
	return {
		from: before.unit,
		to: after.unit,
		moved: movement(was, now),
		timing: 'end-of-period' as const,
		measure: t.unitChangeTotal,
		extra: referralUnitReason(before, after, t, locale),
		rows: [
			{
				id: 'repeat',
				label: t.fields.Repeat(period),
				...sides((values) => money(values.fRepeat, currency, locale))
			},
			{
				id: 'retention',
				label: t.fields.Retention(period),
				...sides((values) => formatPercent(values.fRetention, locale, { digits: 2 }))
			},
			{
				id: 'lag',
				label: t.fields.lag,
				before: t.duration(before.lag, before.unit),
				after: t.duration(after.lag, after.unit)
			},
			{ id: 'total', label: t.unitChangeTotal, before: value(was), after: value(now) }
		]
	};
}
