/** How the customer-club calculator writes its steps: the symbol of each, and which are money. */
import { stepKinds } from '$lib/ui/calculator/steps';

export const stepSymbols: Readonly<Record<string, string>> = {
	'club.marginWithout': 'm₀',
	'club.marginWith': 'm₁',
	'club.retentionWith': 'r′',
	'club.profitWithout': 'Π₀',
	'club.profitWith': 'Π₁',
	'club.incrementalProfit': 'ΔΠ',
	'club.cost': 'K',
	'club.netValue': 'NPV',
	'club.roi': 'ROI'
};

/** Retention and ROI read as decimals like the arithmetic; every other step is money. */
export const kinds = stepKinds({
	money: [
		'club.marginWithout',
		'club.marginWith',
		'club.profitWithout',
		'club.profitWith',
		'club.incrementalProfit',
		'club.cost',
		'club.netValue'
	]
});
