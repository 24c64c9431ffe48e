/**
 * Errors raised at the model boundary, and the one set of input rules every model validates with.
 * Each error names the input (`field`, the parameter's code name), the rule it broke and the allowed
 * range, so the UI can say, in the page's language, what to fix. The English `message` is for
 * developers and tests. The bounds are generous for real businesses and keep every result finite.
 */
export type InputRule =
	'finite' | 'min' | 'max' | 'range' | 'integer' | 'nonEmpty' | 'unique' | 'rowSum' | 'custom';

export class ModelInputError extends Error {
	readonly field: string;
	readonly rule: InputRule;
	readonly min: number | undefined;
	readonly max: number | undefined;
	/** The message without the field's name, to restate it in context (e.g. "row 2: revenue …"). */
	readonly detail: string;

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
		this.detail = message;
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

/** Largest money amount accepted, in absolute value: 10^15 (a quadrillion in any currency), so no
 * product of inputs can overflow. */
export const maxMoney = 1e15;
/** Largest rate per period accepted: 10, i.e. 1000% (discount, growth). */
export const maxRate = 10;
/** Longest horizon accepted by default, in periods (the length `evaluate` can expand). */
export const maxPeriods = 10_000;

/** Money that cannot be negative: spend, price, margin, cost, fee, 0 to {@link maxMoney}. */
export function requireMoney(field: string, value: number): void {
	requireRange(field, value, 0, maxMoney);
}

/** Money that may be negative: a period's profit, net referral income, −maxMoney to maxMoney. */
export function requireSignedMoney(field: string, value: number): void {
	requireRange(field, value, -maxMoney, maxMoney);
}

/** A share between 0 and 1 inclusive: retention, gross margin, conversion, redemption rate. */
export function requireShare(field: string, value: number): void {
	requireRange(field, value, 0, 1);
}

/** A discount rate per period: more than −1 (−100%), at most {@link maxRate}. */
export function requireDiscountRate(field: string, value: number): void {
	requireRange(field, value, -1, maxRate, { exclusiveMin: true });
}

/** A growth rate per period: at least −1 (everything lost), at most {@link maxRate}. */
export function requireGrowth(field: string, value: number): void {
	requireRange(field, value, -1, maxRate);
}

/** A whole number of periods, 1 to `max` (default {@link maxPeriods}). */
export function requirePeriods(field: string, value: number, max = maxPeriods): void {
	requireInteger(field, value, 1, max);
}

/** A seed of the random stream (`createRandom`): a whole number, 0 to 2³² − 1. */
export function requireSeed(field: string, value: number): void {
	requireInteger(field, value, 0, 2 ** 32 - 1);
}

/**
 * A change in a share (percentage points as a decimal) that keeps `base + uplift` within 0..1.
 *
 * @example
 * requireShareUplift('retentionUplift', 0.3, 0.8) // throws: 0.8 + 0.3 > 1
 */
export function requireShareUplift(field: string, uplift: number, base: number): void {
	requireRange(field, uplift, -base, 1 - base);
}

/**
 * Throws when a result is too large for a double (possible only when each period's discounted value
 * grows, e.g. retention above 1 + discount over thousands of periods).
 */
export function requireRepresentable(field: string, value: number): void {
	if (!Number.isFinite(value)) {
		throw new ModelInputError(
			field,
			'custom',
			'the result is too large to represent; shorten the horizon or raise the discount rate'
		);
	}
}
