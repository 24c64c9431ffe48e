/**
 * How the lifecycle simulator writes its steps: the symbol of each, which are rates or plain
 * numbers (the rest are money), a legend that reads subscripts (`Σ_3..58`: steps 3 to 58 added
 * up), and long sums over the horizon shortened for display.
 */
import type lifecycleEn from '$lib/i18n/messages/en/lifecycle';
import { nodes, type Expr } from '$lib/model/expr';
import type { StepKinds } from '$lib/ui/calculator/steps';
import { abbreviate } from './format';

/** Step id → the symbol on the left of its equation. */
export const stepSymbols: Readonly<Record<string, string>> = {
	periodDiscountRate: 'd',
	'lifecycle.discountFactor': 'β',
	'lifecycle.reward': 'R',
	'lifecycle.bellman': 'V',
	'lifecycle.bellmanFinite': 'V',
	'lifecycle.retentionClosedForm': 'V',
	'lifecycle.periodProfit': 'profit₀',
	'lifecycle.cohortValue': 'CV',
	'lifecycle.timeToChurn': 'E[T]',
	'lifecycle.campaignTransition': "P'",
	'lifecycle.baselineValue': 'V',
	'lifecycle.whatIfValue': "V'",
	'lifecycle.campaignCost': 'C',
	'lifecycle.valueGain': 'ΔV',
	'lifecycle.netGain': 'ΔV − C',
	'lifecycle.roi': 'ROI'
};

/** Steps whose value is a rate, a probability or a count of steps; the ROI is a share. */
const numberSteps = new Set([
	'periodDiscountRate',
	'lifecycle.discountFactor',
	'lifecycle.campaignTransition',
	'lifecycle.timeToChurn'
]);

export const kinds: StepKinds = (step) =>
	step.id === 'lifecycle.roi' ? 'percent' : numberSteps.has(step.id) ? 'number' : 'money';

type Legend = (typeof lifecycleEn)['legend'];

/**
 * The legend of the symbols a formula uses: a subscripted name shares its base's entry
 * (`profit_3` → profit), and a subtotal's subscript fills in its meaning (`Σ_3..58`).
 */
export function stepLegend(legend: Legend) {
	const meanings = legend as Readonly<Record<string, string | ((a: string, b: string) => string)>>;
	return (_step: unknown, formula: Expr): Record<string, string> => {
		const found: Record<string, string> = {};
		for (const node of nodes(formula)) {
			if (node.op !== 'var') continue;
			const [base, sub = ''] = node.name.split('_') as [string, string | undefined];
			const meaning = meanings[base];
			if (typeof meaning === 'function') {
				const [from = '', to = ''] = sub.split('..');
				found[node.name] = meaning(from, to);
			} else if (meaning) found[base] = meaning;
		}
		return found;
	};
}

/** What the kit's `StepList` needs to show the simulator's steps, in the page's language. */
export const stepListProps = (t: typeof lifecycleEn) => ({
	names: t.steps,
	symbols: stepSymbols,
	legend: stepLegend(t.legend),
	kinds,
	shorten: abbreviate
});
