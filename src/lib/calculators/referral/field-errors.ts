/**
 * Maps the model's `ModelInputError` (field, rule, limits) to the calculator input it concerns, so
 * the page can say next to that field, in its own language, what to change — while the last valid
 * result stays on screen.
 */
import { ModelInputError } from '$lib/model/errors';
import type { ReferralInputs } from './scenario';

/** How an input is typed and shown, to format its limits. */
export type InputKind = 'money' | 'percent' | 'count' | 'number';

const behaviourInputs: Record<string, [suffix: string, kind: InputKind]> = {
	firstPurchase: ['First', 'money'],
	repeatPurchase: ['Repeat', 'money'],
	upsell: ['Upsell', 'money'],
	upsellGrowth: ['Growth', 'percent'],
	crossSell: ['Cross', 'money'],
	retention: ['Retention', 'percent'],
	referralRate: ['Rate', 'number'],
	conversion: ['Conversion', 'percent']
};

const topInputs: Record<string, [key: keyof ReferralInputs & string, kind: InputKind]> = {
	initialCustomers: ['customers', 'count'],
	horizon: ['years', 'count'],
	lag: ['lag', 'count'],
	grossMargin: ['margin', 'percent'],
	discountRate: ['discount', 'percent'],
	acquisitionCost: ['acquisition', 'money'],
	referralReward: ['reward', 'money'],
	marketCap: ['cap', 'count']
};

export type ProblemKind =
	/** The cycle time is below one period. */
	| 'lag'
	/** The market cap is below the first customers (`min` = their number). */
	| 'capBelowBase'
	/** More than 10¹² customers by period `max` (1-based): growth exploded within the horizon. */
	| 'tooManyCustomers'
	/** Outside [min, max], below min, above max, not whole, not a number. */
	| 'range'
	| 'min'
	| 'max'
	| 'integer'
	| 'other';

export interface FieldProblem {
	/** The calculator input to show the message next to, or '' when none fits. */
	readonly input: string;
	readonly kind: ProblemKind;
	/** How the input's numbers are shown (for min and max). */
	readonly format: InputKind;
	readonly min?: number;
	readonly max?: number;
}

function inputOf(field: string): [string, InputKind] | undefined {
	const [group, name] = field.split('.');
	if (name !== undefined) {
		const behaviour = behaviourInputs[name];
		const prefix = group === 'first' ? 'f' : group === 'referred' ? 'r' : undefined;
		return behaviour && prefix ? [prefix + behaviour[0], behaviour[1]] : undefined;
	}
	return topInputs[field];
}

function kindOf(error: ModelInputError): ProblemKind {
	if (error.field === 'lag' && error.rule !== 'integer' && (error.min ?? 1) >= 1) return 'lag';
	if (error.field === 'marketCap' && error.rule !== 'finite') return 'capBelowBase';
	if (error.field === 'horizon' && error.rule === 'max') return 'tooManyCustomers';
	if (error.rule === 'range' || error.rule === 'min' || error.rule === 'max') return error.rule;
	if (error.rule === 'integer') return 'integer';
	return 'other';
}

/**
 * What a thrown error means for the inputs, or `undefined` when it is not a `ModelInputError` (a
 * bug, to be rethrown).
 *
 * @example
 * fieldProblem(new ModelInputError('marketCap', 'range', '…', { min: 500, max: 1e12 }))
 * //=> { input: 'cap', kind: 'capBelowBase', format: 'count', min: 500, max: 1e12 }
 */
export function fieldProblem(error: unknown): FieldProblem | undefined {
	if (!(error instanceof ModelInputError)) return undefined;
	const [input, format] = inputOf(error.field) ?? ['', 'number'];
	return { input, kind: kindOf(error), format, min: error.min, max: error.max };
}
