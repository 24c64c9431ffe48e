/** How the CLV calculator writes its steps: the symbol of each, and which are money. */
import type { StepKinds } from '$lib/ui/calculator/steps';

/** Step ids whose value is a plain number (a multiple, a rate or a count), not money. */
const ratioSteps = new Set([
	'marginMultiple',
	'discountedRetention',
	'closedFormDenominator',
	'periodDiscountRate',
	'periodRetention',
	'horizonPeriods'
]);

export const kinds: StepKinds = (step) => (ratioSteps.has(step.id) ? 'number' : 'money');

/** Symbol on the left of a step's equation. */
export const stepSymbols: Readonly<Record<string, string>> = {
	marginPerPeriod: 'm',
	marginMultiple: 'MM',
	presentValue: 'PV',
	clv: 'CLV',
	discountedRetention: 'q',
	closedFormDenominator: 'D',
	lifetimeRevenue: 'Rev',
	lifetimeMargin: 'GP',
	periodDiscountRate: 'i',
	periodRetention: 'r',
	horizonPeriods: 'N',
	periodSpend: 'S',
	leverInput: 'x',
	leverDelta: 'ΔCLV'
};
