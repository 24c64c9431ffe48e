/** Every calculator the site has, by id. Articles name these in their `calculators` frontmatter. */
export const calculatorIds = [
	'clv',
	'lifecycle',
	'subscription',
	'referral',
	'segments',
	'points',
	'complement',
	'club',
	'transactions'
] as const;

export type CalculatorId = (typeof calculatorIds)[number];

export function isCalculatorId(value: unknown): value is CalculatorId {
	return typeof value === 'string' && (calculatorIds as readonly string[]).includes(value);
}
