/**
 * What an expiry rule does to a points programme: the same programme with points that never expire
 * and with points that expire after E months, side by side.
 */
import { requireRange } from '../errors';
import { sub, v, type Step, type ValueFormat } from '../expr';
import { pointsProgramme, type PointsProgrammeInput, type PointsProgrammeResult } from './points';

/** The figures that expiry moves, as with-expiry minus never-expiring. */
export interface ExpiryChange {
	readonly breakage: number;
	readonly costPerMember: number;
	readonly peakLiability: number;
	readonly liabilityAtHorizon: number;
	readonly effectiveRetentionUplift: number;
	readonly clvWith: number;
	readonly netEffect: number;
}

export interface ExpiryComparison {
	readonly never: PointsProgrammeResult;
	readonly withExpiry: PointsProgrammeResult;
	readonly change: ExpiryChange;
	readonly steps: readonly Step[];
}

/** Each compared figure and how its values are written. */
const compared: Readonly<Record<keyof ExpiryChange, ValueFormat>> = {
	breakage: 'rate',
	costPerMember: 'money',
	peakLiability: 'money',
	liabilityAtHorizon: 'money',
	effectiveRetentionUplift: 'rate',
	clvWith: 'money',
	netEffect: 'money'
};

/**
 * Runs the programme twice, with `expiryMonths` = 'never' and = `expiryMonths`, and reports the
 * change in each figure (with expiry − never). Expiry raises breakage, so it lowers the cost per
 * member and the liability (the accounting view); but it shrinks the points balance that holds
 * members, so it also lowers the retention uplift (the investment view, the warning of “What
 * customer lifetime value means” (Chinese web article) about GAP clearing points after a year).
 * Whether CLV rises or falls depends on which effect is larger; step `points.expiryChange.<figure>`
 * shows each difference.
 *
 * @example
 * const { change } = compareExpiry(POINTS_PRESETS[2].input, 12) // the GAP preset
 * change.costPerMember //=> −5.23 (expiry saves cost: more points lapse)
 * change.clvWith //=> −12.52 (but members stay less, and CLV falls)
 */
export function compareExpiry(
	input: Readonly<PointsProgrammeInput>,
	expiryMonths: number
): ExpiryComparison {
	requireRange('expiryMonths', expiryMonths, 0, 1200, { exclusiveMin: true });
	const never = pointsProgramme({ ...input, expiryMonths: 'never' });
	const withExpiry = pointsProgramme({ ...input, expiryMonths });
	const steps: Step[] = [];
	const change = {} as Record<keyof ExpiryChange, number>;
	for (const [key, format] of Object.entries(compared) as [keyof ExpiryChange, ValueFormat][]) {
		const value = withExpiry[key] - never[key];
		change[key] = value;
		const formula = sub(v(`${key}_E`, withExpiry[key], format), v(`${key}_∞`, never[key], format));
		steps.push({ id: `points.expiryChange.${key}`, formula, value });
	}
	return { never, withExpiry, change, steps };
}
