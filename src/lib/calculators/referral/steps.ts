/**
 * How the referral calculator writes its steps: the symbol of each (K₀ when first and referred
 * customers refer differently), the legend of the symbols a formula uses, and which steps are money.
 */
import { nodes, type Expr, type Step } from '$lib/model/expr';
import { stepKinds } from '$lib/ui/calculator/steps';
import type { ReferralMessages } from './format';

/** Counts, K and the multiplier read as numbers; these are money. */
export const kinds = stepKinds({
	money: [
		'referral.ownValue',
		'referral.referralValue',
		'referral.totalValue',
		'referral.averageAcquisitionCost',
		'referralCase.ownSales',
		'referralCase.referralSales',
		'referralCase.totalProfit',
		'referralCase.averageAcquisitionCost'
	]
});

/** Whether a formula uses a variable with this exact name. */
const uses = (expr: Expr, name: string) =>
	nodes(expr).some((e) => e.op === 'var' && e.name === name);

const symbols: Record<string, string> = {
	'referral.expectedLifetime': 'T',
	'referral.expectedLifetimeReferred': 'Tᵣ',
	'referral.viralCoefficientReferred': 'Kᵣ',
	'referral.viralCoefficientPerCycleReferred': 'Kᵣ(L)',
	'referral.headCountMultiplier': 'n/N₀',
	'referral.totalCustomers': 'n',
	'referral.ownValue': 'V(own)',
	'referral.referralValue': 'V(referral)',
	'referral.totalValue': 'NPV',
	'referral.valueMultiplier': 'μ',
	'referral.averageAcquisitionCost': 'CAC',
	'referralCase.ownSales': 'S(own)',
	'referralCase.referralSales': 'S(referral)',
	'referralCase.totalProfit': 'Π',
	'referralCase.averageAcquisitionCost': 'CAC'
};

/** Left-hand side of a step's equation (K₀ when first and referred customers refer differently). */
export function stepSymbol(step: Step): string {
	const first = uses(step.formula, 'ρ_0') ? '₀' : '';
	if (step.id === 'referral.viralCoefficient') return `K${first}`;
	if (step.id === 'referral.viralCoefficientPerCycle') return `K${first}(L)`;
	return symbols[step.id] ?? step.id;
}

/** The legend entries for the symbols a formula uses (year-indexed names share one entry). */
export function stepLegend(step: Step, t: ReferralMessages): Record<string, string> {
	const found: Record<string, string> = {};
	for (const e of nodes(step.formula)) {
		if (e.op === 'var') {
			const generic = e.name.replace(/_\d+$/, '_t').replace(/,\d+$/, ',t');
			const meaning = t.legend[e.name] ?? t.legend[generic];
			if (meaning) found[t.legend[e.name] ? e.name : generic] = meaning;
		}
	}
	return found;
}
