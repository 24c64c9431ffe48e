/**
 * Example tables one click away: Fader & Hardie's "regular" and "high end" customers, each a single
 * cohort of 1,000 customers followed for 12 years, of which years 1–7 are used to fit the model and
 * years 8–12 are held back to check its projection.
 *
 * Source: Fader & Hardie (2007), "How to project customer retention", Journal of Interactive
 * Marketing 21(1), Table 1 (customers active at the start of years 0–12); the same data are used
 * in Fader & Hardie (2010), "Customer-base valuation in a contractual setting".
 */
import type { TimeUnit } from '../time';

export type RetentionPresetId = 'fh-regular' | 'fh-high-end';

export interface RetentionPreset {
	readonly id: RetentionPresetId;
	/** Customers active at the start of each year, 0 … 12: one cohort. */
	readonly counts: readonly (readonly number[])[];
	/** Periods held back: years 8–12. */
	readonly holdout: number;
	readonly unit: TimeUnit;
}

export const retentionPresets: readonly RetentionPreset[] = [
	{
		id: 'fh-regular',
		counts: [[1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173]],
		holdout: 5,
		unit: 'year'
	},
	{
		id: 'fh-high-end',
		counts: [[1000, 869, 743, 653, 593, 551, 517, 491, 468, 445, 427, 409, 394]],
		holdout: 5,
		unit: 'year'
	}
];

export const retentionPresetIds: readonly RetentionPresetId[] = retentionPresets.map((p) => p.id);

/** The preset with this id, or undefined. */
export const findRetentionPreset = (id: string): RetentionPreset | undefined =>
	retentionPresets.find((preset) => preset.id === id);
