/**
 * A referral case (like the software vendor of “The law of customer value multiplication”) as a
 * year-by-year table: who bought what, sales by source, profit, cumulative profit and the falling
 * average acquisition cost.
 */
import {
	ModelInputError,
	maxRate,
	requireInteger,
	requireMoney,
	requireRange,
	requireShare
} from '../errors';
import { add, div, v, type Step } from '../expr';
import { averageAcquisitionCostStep } from './average-cost';
import type { PurchaseKind, ReferralCase } from './software-case';

/** Where revenue comes from: the vendor's own customer (three ways) or the customers it referred. */
export type SalesSource = 'direct' | 'upsell' | 'crossSell' | 'referral';
export type SourceAmounts = Readonly<Record<SalesSource, number>>;

export interface CaseLine {
	readonly buyer: string;
	readonly product: string;
	readonly kind: PurchaseKind;
	readonly source: SalesSource;
	readonly amount: number;
}

export interface CaseYear {
	readonly year: number;
	readonly purchases: readonly CaseLine[];
	/** Ids of customers whose first purchase falls in this year. */
	readonly newCustomers: readonly string[];
	readonly revenue: SourceAmounts;
	/** Sales to customers the vendor won itself (direct + up-sell + cross-sell). */
	readonly ownSales: number;
	/** Sales to referred customers. */
	readonly referralSales: number;
	/** Acquisition costs and referral rewards paid this year. */
	readonly acquisitionSpend: number;
	/** m × revenue − acquisitionSpend. */
	readonly profit: number;
	/** Σ profit/(1 + d)^(year − 1) up to this year. */
	readonly cumulativeProfit: number;
	readonly customersSoFar: number;
	/** Acquisition costs and rewards paid so far ÷ customers acquired so far. */
	readonly averageAcquisitionCost: number;
}

export interface CaseTable {
	readonly years: readonly CaseYear[];
	readonly totals: {
		readonly revenue: SourceAmounts;
		readonly ownSales: number;
		readonly referralSales: number;
		/** Discounted total profit (= last year's cumulative profit). */
		readonly profit: number;
		readonly averageAcquisitionCost: number;
	};
	/** `referralCase.ownSales`, `referralCase.referralSales`, `referralCase.totalProfit`, `referralCase.averageAcquisitionCost`. */
	readonly steps: readonly Step[];
}

function validateCase(data: Readonly<ReferralCase>): void {
	requireInteger('years', data.years, 1, 50);
	requireShare('grossMargin', data.grossMargin);
	requireRange('discountRate', data.discountRate, 0, maxRate);
	requireMoney('acquisitionCost', data.acquisitionCost);
	requireMoney('referralReward', data.referralReward);
	data.products.forEach((product, k) => requireMoney(`products[${k}].price`, product.price));
	const products = new Set(data.products.map((product) => product.id));
	const customers = new Set(data.customers.map((customer) => customer.id));
	if (products.size !== data.products.length || customers.size !== data.customers.length) {
		throw new ModelInputError('customers', 'unique', 'product and customer ids must be unique');
	}
	data.customers.forEach((customer, k) => {
		if (customer.referredBy !== null && !customers.has(customer.referredBy)) {
			throw new ModelInputError(
				`customers[${k}].referredBy`,
				'custom',
				`unknown customer ${customer.referredBy}`
			);
		}
	});
	data.purchases.forEach((purchase, k) => {
		requireInteger(`purchases[${k}].year`, purchase.year, 1, data.years);
		if (!customers.has(purchase.buyer) || !products.has(purchase.product)) {
			throw new ModelInputError(`purchases[${k}]`, 'custom', 'unknown buyer or product');
		}
	});
}

const sourceOf = (referred: boolean, kind: PurchaseKind): SalesSource =>
	referred ? 'referral' : kind === 'first' ? 'direct' : kind;

/** Year of each customer's first purchase (customers who never buy are never acquired). */
function joinYears(data: Readonly<ReferralCase>): ReadonlyMap<string, number> {
	const joined = new Map<string, number>();
	for (const purchase of data.purchases) {
		const known = joined.get(purchase.buyer);
		if (known === undefined || purchase.year < known) joined.set(purchase.buyer, purchase.year);
	}
	return joined;
}

function yearLines(data: Readonly<ReferralCase>, year: number): CaseLine[] {
	const price = new Map(data.products.map((product) => [product.id, product.price]));
	const referred = new Map(
		data.customers.map((customer) => [customer.id, customer.referredBy !== null])
	);
	return data.purchases
		.filter((purchase) => purchase.year === year)
		.map((purchase) => ({
			buyer: purchase.buyer,
			product: purchase.product,
			kind: purchase.kind,
			source: sourceOf(referred.get(purchase.buyer)!, purchase.kind),
			amount: price.get(purchase.product)!
		}));
}

function sumBySource(lines: readonly CaseLine[]): Record<SalesSource, number> {
	const revenue = { direct: 0, upsell: 0, crossSell: 0, referral: 0 };
	for (const line of lines) revenue[line.source] += line.amount;
	return revenue;
}

interface Running {
	cumulativeProfit: number;
	customers: number;
	spent: number;
}

function tableYear(data: Readonly<ReferralCase>, year: number, running: Running): CaseYear {
	const purchases = yearLines(data, year);
	const joined = joinYears(data);
	const newCustomers = data.customers.filter((customer) => joined.get(customer.id) === year);
	const acquisitionSpend = newCustomers.reduce(
		(total, customer) =>
			total + (customer.referredBy === null ? data.acquisitionCost : data.referralReward),
		0
	);
	const revenue = sumBySource(purchases);
	const ownSales = revenue.direct + revenue.upsell + revenue.crossSell;
	const profit = data.grossMargin * (ownSales + revenue.referral) - acquisitionSpend;
	running.cumulativeProfit += profit / Math.pow(1 + data.discountRate, year - 1);
	running.customers += newCustomers.length;
	running.spent += acquisitionSpend;
	return {
		year,
		purchases,
		newCustomers: newCustomers.map((customer) => customer.id),
		revenue,
		ownSales,
		referralSales: revenue.referral,
		acquisitionSpend,
		profit,
		cumulativeProfit: running.cumulativeProfit,
		customersSoFar: running.customers,
		averageAcquisitionCost: running.customers > 0 ? running.spent / running.customers : 0
	};
}

function caseSteps(
	data: Readonly<ReferralCase>,
	years: readonly CaseYear[],
	revenue: SourceAmounts
): Step[] {
	const own = revenue.direct + revenue.upsell + revenue.crossSell;
	const ownFormula = add(
		v('S_direct', revenue.direct, 'money'),
		v('S_upsell', revenue.upsell, 'money'),
		v('S_cross', revenue.crossSell, 'money')
	);
	const referralFormula = add(
		...years.map((y) => v(`S_referral,${y.year}`, y.referralSales, 'money'))
	);
	const discount = (year: number) => Math.pow(1 + data.discountRate, year - 1);
	const profitTerms = years.map((y) =>
		div(v(`π_${y.year}`, y.profit, 'money'), v(`D_${y.year}`, discount(y.year), 'number'))
	);
	const profit = years.reduce((total, y) => total + y.profit / discount(y.year), 0);
	const winners = data.customers.filter((customer) => customer.referredBy === null).length;
	const referred = years.reduce((total, y) => total + y.newCustomers.length, 0) - winners;
	const average = averageAcquisitionCostStep('referralCase.averageAcquisitionCost', {
		won: winners,
		acquisitionCost: data.acquisitionCost,
		referralReward: data.referralReward,
		referred
	});
	return [
		{ id: 'referralCase.ownSales', formula: ownFormula, value: own },
		{ id: 'referralCase.referralSales', formula: referralFormula, value: revenue.referral },
		{ id: 'referralCase.totalProfit', formula: add(...profitTerms), value: profit },
		average
	];
}

/**
 * Turns a case into its year-by-year table. A purchase by a customer the vendor won itself is
 * direct (its first product), up-sell or cross-sell; every purchase by a referred customer counts as
 * referral sales. Each customer costs A (won by the vendor) or R (referred) in the year of its first
 * purchase. Profit = m × revenue − those costs; cumulative profit is discounted by (1 + d)^(year−1);
 * average acquisition cost = costs paid so far ÷ customers acquired so far.
 *
 * Source: “The law of customer value multiplication” (Chinese document, 2025), with
 * illustrative prices.
 *
 * @example
 * referralCaseTable(softwareVendorCase).years.map((y) => y.averageAcquisitionCost)
 * //=> [700, 375, 266.67, 180, 180] (year 1 costs a full acquisition; referrals cost only rewards)
 */
export function referralCaseTable(data: Readonly<ReferralCase>): CaseTable {
	validateCase(data);
	const running: Running = { cumulativeProfit: 0, customers: 0, spent: 0 };
	const years = Array.from({ length: data.years }, (_, k) => tableYear(data, k + 1, running));
	const revenue = sumBySource(years.flatMap((year) => year.purchases));
	const ownSales = revenue.direct + revenue.upsell + revenue.crossSell;
	const last = years[years.length - 1]!;
	return {
		years,
		totals: {
			revenue,
			ownSales,
			referralSales: revenue.referral,
			profit: last.cumulativeProfit,
			averageAcquisitionCost: last.averageAcquisitionCost
		},
		steps: caseSteps(data, years, revenue)
	};
}
