/**
 * What the page says after the reader changes the time unit: the same customer's inputs and CLV
 * before and after, which period is the longer, and which way CLV moved (the sentence's reason
 * comes from the timing convention: `unitEffect` in the model).
 */
import { periodsPerYear, type TimeUnit } from '$lib/model/time';
import { computeClv } from './compute';
import { retentionCapped, type ClvInputs } from './fields';

export interface UnitNote {
	readonly from: TimeUnit;
	readonly to: TimeUnit;
	readonly longer: TimeUnit;
	readonly shorter: TimeUnit;
	readonly spend: { readonly before: number; readonly after: number };
	readonly retention: { readonly before: number; readonly after: number };
	/** The headline before and after; null where it has no finite value. */
	readonly clv: { readonly before: number | null; readonly after: number | null };
	/** How CLV counted in the new unit compares with the old. */
	readonly direction: 'higher' | 'lower' | 'same';
	/** Retention in the new unit had to be cut to the field's limit. */
	readonly capped: boolean;
}

const headline = (inputs: ClvInputs): number | null => {
	try {
		const h = computeClv(inputs).headline;
		return h.kind === 'finite' ? h.value : null;
	} catch {
		return null;
	}
};

/**
 * The note for a change from `before` to `after` (the inputs `changeUnit` made), or undefined when
 * the unit did not change.
 */
export function unitNote(before: ClvInputs, after: ClvInputs): UnitNote | undefined {
	if (before.unit === after.unit) return undefined;
	const longerFirst = periodsPerYear[before.unit] < periodsPerYear[after.unit];
	const clv = { before: headline(before), after: headline(after) };
	const moved =
		clv.before === null || clv.after === null
			? 0
			: Math.abs(clv.after - clv.before) < 0.005
				? 0
				: Math.sign(clv.after - clv.before);
	return {
		from: before.unit,
		to: after.unit,
		longer: longerFirst ? before.unit : after.unit,
		shorter: longerFirst ? after.unit : before.unit,
		spend: { before: before.spend, after: after.spend },
		retention: { before: before.retention, after: after.retention },
		clv,
		direction: moved > 0 ? 'higher' : moved < 0 ? 'lower' : 'same',
		capped: retentionCapped(before, after.unit)
	};
}
