/**
 * Errors raised at the model boundary. Each names the input (`field`, the parameter's code name),
 * the rule it broke and the allowed range, so the UI can say, in the page's language, what to fix.
 * The English `message` is for developers and tests.
 */
export type InputRule =
	'finite' | 'min' | 'max' | 'range' | 'integer' | 'nonEmpty' | 'unique' | 'rowSum' | 'custom';

export class ModelInputError extends Error {
	readonly field: string;
	readonly rule: InputRule;
	readonly min: number | undefined;
	readonly max: number | undefined;

	constructor(
		field: string,
		rule: InputRule,
		message: string,
		limits: { min?: number; max?: number } = {}
	) {
		super(`${field}: ${message}`);
		this.name = 'ModelInputError';
		this.field = field;
		this.rule = rule;
		this.min = limits.min;
		this.max = limits.max;
	}
}

/** Throws unless `value` is a finite number. */
export function requireFinite(field: string, value: number): void {
	if (!Number.isFinite(value)) {
		throw new ModelInputError(field, 'finite', `must be a finite number, got ${value}`);
	}
}

/**
 * Throws unless `min <= value <= max` (bounds inclusive unless `exclusiveMin`/`exclusiveMax`).
 *
 * @example
 * requireRange('retention', 1.2, 0, 1) // throws "retention: must be between 0 and 1, got 1.2"
 */
export function requireRange(
	field: string,
	value: number,
	min: number,
	max: number,
	options: { exclusiveMin?: boolean; exclusiveMax?: boolean } = {}
): void {
	requireFinite(field, value);
	const belowMin = options.exclusiveMin ? value <= min : value < min;
	const aboveMax = options.exclusiveMax ? value >= max : value > max;
	if (belowMin || aboveMax) {
		const lo = options.exclusiveMin ? `more than ${min}` : `at least ${min}`;
		const hi = options.exclusiveMax ? `less than ${max}` : `at most ${max}`;
		const rule = max === Infinity ? 'min' : min === -Infinity ? 'max' : 'range';
		throw new ModelInputError(field, rule, `must be ${lo} and ${hi}, got ${value}`, { min, max });
	}
}

/** Throws unless `value` is an integer in [min, max]. */
export function requireInteger(field: string, value: number, min: number, max: number): void {
	requireRange(field, value, min, max);
	if (!Number.isInteger(value)) {
		throw new ModelInputError(field, 'integer', `must be a whole number, got ${value}`, {
			min,
			max
		});
	}
}
