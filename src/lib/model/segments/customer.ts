/**
 * A customer row as the segmentation tools see it: one line of the user's own table, or one
 * generated sample customer. Shared by the quadrant, the Pareto curve, RFM scores and CSV import.
 */
import { ModelInputError, requireFinite, requireRange } from '../errors';

/**
 * One customer over the data window.
 *
 * - `id`: the customer's key, unique within a table.
 * - `transactions`: number of purchases in the window (the repeat frequency, ≥ 0).
 * - `profit`: total profit from this customer in the window, in the user's currency; may be
 *   negative (a loss-making customer).
 * - `recencyDays`: days since the last purchase (optional; needed for RFM scores).
 */
export interface CustomerRecord {
	readonly id: string;
	readonly transactions: number;
	readonly profit: number;
	readonly recencyDays?: number;
}

/**
 * Profit per transaction: total profit divided by the number of transactions. A customer with no
 * transaction in the window (possible in imported data) counts as one transaction, so that a cost
 * booked against them still shows as a loss rather than as a division by zero.
 *
 * @example
 * profitPerTransaction({ id: 'a', transactions: 4, profit: 200 }) //=> 50
 */
export function profitPerTransaction(customer: Readonly<CustomerRecord>): number {
	return customer.profit / Math.max(1, customer.transactions);
}

/**
 * Validates a customer table at the model boundary: at least one row, finite numbers, no negative
 * transactions or recency. Fields are named like `customers[3].profit` so the UI can point at the
 * row.
 */
export function requireCustomers(customers: readonly CustomerRecord[]): void {
	if (customers.length === 0) {
		throw new ModelInputError('customers', 'nonEmpty', 'needs at least one customer');
	}
	customers.forEach((customer, row) => {
		requireRange(`customers[${row}].transactions`, customer.transactions, 0, Infinity);
		requireFinite(`customers[${row}].profit`, customer.profit);
		if (customer.recencyDays !== undefined) {
			requireRange(`customers[${row}].recencyDays`, customer.recencyDays, 0, Infinity);
		}
	});
}
