/**
 * The calculators that exist, in the order the Calculate page lists them. Titles and summaries are
 * translated in `$lib/i18n/messages/<locale>/calculators.ts`, keyed by the same ids.
 */
import { calculatorIds, type CalculatorId } from './ids';

export interface CalculatorEntry {
	readonly id: CalculatorId;
	/** Path below the locale, e.g. `calculate/clv/`. */
	readonly path: string;
}

export const calculators: readonly CalculatorEntry[] = calculatorIds.map((id) => ({
	id,
	path: `calculate/${id}/`
}));
