/**
 * The retention uplift at which a points programme pays for itself. Symbols as in `points.ts`.
 */
import { add, mul, v, type Step } from '../expr';
import { bisect } from './bisect';
import type { BreakEvenUplift, PointsProgrammeInput } from './points';
import { retentionPresentValue, retentionSchedule } from './schedule';

/**
 * The retention uplift Δr* (as entered, before expiry weakens it) at which CLV with the programme
 * equals CLV without, by bisection on [0, 1 − r]; CLV with the programme rises with retention when
 * the net margin m₁ is positive, so the root is unique when it exists.
 */
export function breakEvenUplift(
	input: Readonly<PointsProgrammeInput>,
	netMarginWith: number,
	kept: number,
	clvWithout: number
): BreakEvenUplift {
	const { baseRetention: r, discountRate, horizon } = input;
	const retentionAt = (uplift: number) => Math.min(1, r + kept * uplift);
	const scheduleAt = (uplift: number) =>
		retentionSchedule(
			{ margin: netMarginWith, retention: retentionAt(uplift), discountRate, horizon },
			{ margin: 'm₁', retention: 'r*' }
		);
	const netAt = (uplift: number) =>
		retentionPresentValue({
			margin: netMarginWith,
			retention: retentionAt(uplift),
			discountRate,
			horizon
		}) - clvWithout;
	const atZero = netAt(0);
	if (atZero >= 0) return { kind: 'not-needed', netEffectWithoutRetentionEffect: atZero };
	const maxUplift = 1 - r;
	const atMax = netAt(maxUplift);
	if (atMax < 0) return { kind: 'none-within-range', maxUplift, netEffectAtMax: atMax };
	const uplift = bisect(netAt, 0, maxUplift);
	const formula = add(v('r', r, 'rate'), mul(v('k', kept, 'rate'), v('Δr*', uplift, 'rate')));
	const check = scheduleAt(uplift);
	const steps: Step[] = [
		{ id: 'points.breakEvenRetention', formula, value: r + kept * uplift },
		{ id: 'points.breakEvenClv', formula: check.formula, value: check.presentValue }
	];
	return { kind: 'found', uplift, steps };
}
