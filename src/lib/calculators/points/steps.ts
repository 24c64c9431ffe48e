/** How the points calculator writes its steps: the symbol of each, and which are money. */
import { stepKinds } from '$lib/ui/calculator/steps';

/** Step id → the symbol on the left of its equation. */
export const stepSymbols: Readonly<Record<string, string>> = {
	periodDiscountRate: 'i',
	'points.spendWithProgramme': 's′',
	'points.effectiveRedemption': 'ρ_E',
	'points.breakage': 'b',
	'points.meanRedemptionLag': 'L̄',
	'points.redemptionDiscount': 'δ',
	'points.rewardCostPerPeriod': 'R',
	'points.costPerMember': 'K',
	'points.costShareOfSpend': 'K / s′',
	'points.discountedCostPerMember': 'K′',
	'points.netMarginWith': 'm₁',
	'points.balanceRatio': 'B',
	'points.retentionEffectKept': 'k',
	'points.effectiveRetentionUplift': 'Δr_eff',
	'points.retentionWithProgramme': 'r′',
	'points.marginWithout': 'm₀',
	'points.clvWithout': 'CLV₀',
	'points.clvWith': 'CLV₁',
	'points.netEffect': 'ΔCLV',
	'points.programmeCostPresentValue': 'PV(K′)',
	'points.liabilityAtHorizon': 'Λ(N)',
	'points.breakEvenRetention': 'r*',
	'points.breakEvenClv': 'CLV₁(Δr*)'
};

/** Steps whose value is money; the others are shares, factors or months. */
export const kinds = stepKinds({
	money: [
		'points.spendWithProgramme',
		'points.rewardCostPerPeriod',
		'points.costPerMember',
		'points.discountedCostPerMember',
		'points.netMarginWith',
		'points.marginWithout',
		'points.clvWithout',
		'points.clvWith',
		'points.netEffect',
		'points.programmeCostPresentValue',
		'points.liabilityAtHorizon',
		'points.breakEvenClv'
	]
});
