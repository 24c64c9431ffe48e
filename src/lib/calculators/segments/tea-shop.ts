/**
 * The worked example of the "Segmenting customers by value" article: an illustrative tea shop's
 * year with ten customers (purchases, total profit, days since the last visit). The article reads
 * it, and the calculator's own-table panel offers it as the example, so a class can paste the
 * article's case and see the same segments drawn.
 */
export interface TeaShopCustomer {
	readonly id: string;
	readonly transactions: number;
	readonly profit: number;
	readonly recencyDays: number;
}

export const teaShopCustomers: readonly TeaShopCustomer[] = [
	{ id: 'A', transactions: 24, profit: 2400, recencyDays: 5 },
	{ id: 'B', transactions: 18, profit: 1620, recencyDays: 12 },
	{ id: 'C', transactions: 3, profit: 900, recencyDays: 40 },
	{ id: 'D', transactions: 2, profit: 700, recencyDays: 150 },
	{ id: 'E', transactions: 30, profit: 450, recencyDays: 3 },
	{ id: 'F', transactions: 20, profit: 240, recencyDays: 20 },
	{ id: 'G', transactions: 4, profit: 60, recencyDays: 90 },
	{ id: 'H', transactions: 3, profit: -45, recencyDays: 200 },
	{ id: 'I', transactions: 12, profit: 720, recencyDays: 30 },
	{ id: 'J', transactions: 6, profit: 180, recencyDays: 60 }
];
