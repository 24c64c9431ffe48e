/**
 * How the segmentation calculator writes its steps: the symbol of each, which are money or shares,
 * and a legend that explains only the symbols a step uses (their meaning depends on subscripts:
 * `p_(3)` is the third-lowest profit per purchase, `N_gold` the gold customers).
 */
import type segmentsEn from '$lib/i18n/messages/en/segments';
import { nodes, type Expr, type Step } from '$lib/model/expr';
import { stepKinds } from '$lib/ui/calculator/steps';

/** Step id → the symbol on the left of its equation. */
export const stepSymbols: Readonly<Record<string, string>> = {
	'segments.threshold.profitPerTransaction': 'p*',
	'segments.threshold.transactions': 'n*',
	'segments.profitShare.gold': 'S',
	'pareto.topShare': 'S₂₀',
	'generate.meanProfitPerTransaction': 'p̄'
};

/** The two shares read as percentages, the transactions threshold as a number, the rest money. */
export const kinds = stepKinds({
	money: ['segments.threshold.profitPerTransaction', 'generate.meanProfitPerTransaction'],
	percent: ['segments.profitShare.gold', 'pareto.topShare']
});

const segmentNames = /^(gold|comet|stream|pressure)$/;

type Legend = (typeof segmentsEn)['legend'];

/** What a symbol in a step means, in the page's language (undefined when self-evident). */
function describe(stepId: string, name: string, t: Legend): string | undefined {
	const order = /^([pn])_\((\d+)\)$/.exec(name);
	if (order) return order[1] === 'p' ? t.orderProfit(order[2]!) : t.orderCount(order[2]!);
	const top = /^Π_top(\d+)$/.exec(name);
	if (top) return t.topProfit(top[1]!);
	const [base, sub] = name.split('_');
	if (sub && segmentNames.test(sub)) return base === 'N' ? t.segmentCount : t.segmentProfit;
	if (name === 'N') return t.allCount;
	if (name === 'Π') return stepId === 'pareto.topShare' ? t.earnedProfit : t.netProfit;
	if (name === 'φ') return t.part;
	if (name.startsWith('π_')) return t.nextProfit;
	if (name === 'p̃') return t.median;
	if (name === 'σ') return t.spread;
	if (name === 'e') return t.e;
	return undefined;
}

/**
 * The legend of one step: the symbols its formula uses and their meaning, for `StepList`.
 *
 * @example
 * stepLegend(en.legend)(medianStep, medianStep.formula) //=> { 'p_(250)': 'profit per purchase of customer no. 250, …', … }
 */
export const stepLegend =
	(t: Legend) =>
	(step: Step, formula: Expr): Record<string, string> => {
		const found: Record<string, string> = {};
		for (const e of nodes(formula)) {
			if (e.op !== 'var') continue;
			const meaning = describe(step.id, e.name, t);
			if (meaning) found[e.name] = meaning;
		}
		return found;
	};
