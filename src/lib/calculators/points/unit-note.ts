/**
 * The note after a change of unit on the points calculator: the same member's inputs and net
 * effect, old beside new, and why. Loaded with the first change of unit, not with the page.
 */
import { formatPercent, money, type Currency } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import type pointsEn from '$lib/i18n/messages/en/points';
import { movement, orNull } from '$lib/ui/calculator/unit-note';
import { computePoints } from './compute';
import type { PointsInputs } from './fields';

/** What the note is written with. */
export interface NoteWords {
	readonly t: typeof pointsEn;
	/** The unit-free word for a row's label ("Spend per period"). */
	readonly period: string;
	readonly currency: Currency;
	readonly locale: Locale;
}

/** The note's content for the inputs before and after the change (`UnitChangeNote`'s props). */
export function unitNote(
	pair: { readonly before: PointsInputs; readonly after: PointsInputs },
	{ t, period, currency, locale }: NoteWords
) {
	const netEffect = (inputs: PointsInputs) => orNull(() => computePoints(inputs).result.netEffect);
	const [was, now] = [netEffect(pair.before), netEffect(pair.after)];
	const cash = (x: number | null) => (x === null ? '—' : money(x, currency, locale, true));
	const sides = (write: (inputs: PointsInputs) => string) => ({
		before: write(pair.before),
		after: write(pair.after)
	});
	const amount = (id: 'spend' | 'running') => (inputs: PointsInputs) =>
		money(inputs[id], currency, locale);
	return {
		from: pair.before.unit,
		to: pair.after.unit,
		moved: movement(was, now),
		timing: 'end-first-certain' as const,
		measure: t.result.label,
		rows: [
			{ id: 'spend', label: t.fields.spend(period), ...sides(amount('spend')) },
			{
				id: 'retention',
				label: t.fields.retention(period),
				...sides((inputs) => formatPercent(inputs.retention, locale, { digits: 2 }))
			},
			{ id: 'running', label: t.fields.running(period), ...sides(amount('running')) },
			{ id: 'net', label: t.result.label, before: cash(was), after: cash(now) }
		]
	};
}
