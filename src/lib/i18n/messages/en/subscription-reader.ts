/**
 * Strings of the subscription calculator's paste box that only a paste it cannot read uses (each
 * unreadable cell, by row and column, and why): loaded with the box's reader, not on the page's
 * first load. The box's other words stay in `./subscription.ts`.
 */
const subscriptionReader = {
	table: {
		where: (line: number, column: number) => `Row ${line}, column ${column}`,
		cell: (cohort: string, age: number) => `cohort ${cohort}, period ${age}`,
		more: (n: number) => `… and ${n} more.`,
		problems: {
			empty: 'The box is empty: paste a cohort table or pick an example.',
			'too-many-rows': (limit: string) => `The table has more than ${limit} rows.`,
			'too-many-columns': (limit: string, line: number) =>
				`Row ${line} has more than ${limit} cells.`,
			'single-period':
				'Every cohort has only its starting count: at least one more period is needed to see anyone stay or leave.',
			'all-retained':
				'Nobody left in any cohort, so there is no churn to learn from: retention looks like 100% and any value would be infinite.',
			'all-lost':
				'Everybody left in the first period, so no one ever renewed: there is nothing to project.'
		},
		reasons: {
			'not-a-number': (text: string) => `“${text}” is not a number.`,
			negative: (text: string) => `${text} is below zero; nobody can be less than no one.`,
			'fractional-count': (text: string) =>
				`${text} is not a whole number of customers. If these are percentages, add the % sign or choose “percentages” above.`,
			'above-100-percent': (text: string) =>
				`${text} is above 100%: a cohort cannot keep more customers than it started with.`,
			rising: (text: string, previous: string) =>
				`${text} is more than the ${previous} a period earlier: a cohort can only shrink. Customers who come back belong in a new cohort.`,
			gap: () => 'Blank, with values after it: a cohort’s row must not have gaps.',
			'missing-start': () => 'The first cell, the cohort’s size at the start, is blank.',
			'zero-start': () => 'A cohort that starts with 0 customers says nothing.',
			'start-not-full': (text: string, expected: string) =>
				`A row of percentages starts at ${expected}, not ${text}.`,
			'mixed-units': (text: string) =>
				`${text} mixes customers and percentages in one table: use one or the other.`,
			'too-large': (text: string, limit: string) => `${text} is more than ${limit} customers.`
		}
	}
};

export default subscriptionReader;
