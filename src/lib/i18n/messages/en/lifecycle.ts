/** Strings of the lifecycle simulator. */
import stateNames from './lifecycle-states';
import words from './words';

const lifecycle = {
	title: 'Customer lifecycle simulator',
	intro:
		'Customers move between lifecycle stages, a few at a time, and earn a different profit in each. Describe the stages and the chances of moving between them; the simulator follows a cohort through the months ahead, values a customer by where they start, and tests a campaign before you pay for it.',
	inputsHeading: 'Your cohort',
	units: words.units,
	/** "Month 7" on axes and in the player. */
	periodLabel: {
		month: (t: number) => `Month ${t}`,
		quarter: (t: number) => `Quarter ${t}`,
		year: (t: number) => `Year ${t}`
	},
	unitOptions: { month: 'month', quarter: 'quarter', year: 'year' },
	/** "3 months", "1 quarter", "2.5 years". */
	span: (amount: string, unit: 'month' | 'quarter' | 'year', one: boolean) =>
		`${amount} ${one ? unit : unit + 's'}`,
	fields: {
		unit: 'One step of the chain is a',
		currency: 'Currency',
		cohortSize: 'Customers in the cohort',
		months: 'Horizon',
		monthsUnit: 'months',
		discount: 'Discount rate per year',
		start: 'The cohort starts in'
	},
	hints: {
		unit: 'Probabilities, revenue and cost are per step. Changing the step relabels them; it does not convert them.',
		cohortSize: 'Customers who start together, for example everyone who joined in one month.',
		months: (periods: string) => `${periods} projected (whole steps only).`,
		discount: (perPeriod: string, unit: string) =>
			`Converted by compounding: ${perPeriod} per ${unit}, not the yearly rate divided.`
	},
	result: {
		label: 'Value of the cohort today',
		detail: (customers: string, start: string, horizon: string, perCustomer: string) =>
			`${customers} customers starting as “${start}”, followed for ${horizon}, profit discounted to today. That is ${perCustomer} per customer.`
	},
	stepsHeading: 'Show the arithmetic',
	steps: {
		periodDiscountRate: 'Discount rate per step, from the yearly rate',
		'lifecycle.periodProfit': 'Profit of the first step: customers in each state × net cash flow',
		'lifecycle.cohortValue': 'Cohort value: each step’s profit, discounted to today, added up'
	},
	legend: {
		d: 'discount rate per step',
		i: 'discount rate per year',
		R: 'net cash flow per customer per step in state s (revenue − cost)',
		n: 'expected customers in state s at step t',
		profit: 'cohort profit in step t',
		Σ: (from: string, to: string) => `steps ${from} to ${to}, added up`
	},
	chain: {
		heading: 'The lifecycle chain',
		intro: (unit: string) =>
			`Each state is a stage of the relationship. Every ${unit}, a customer earns that state’s revenue, costs its cost to serve, then moves on with the chances in its row of the table.`
	},
	matrix: {
		kept: 'The results still show the last chain that was complete and valid.',
		fixFirst: 'Fix the highlighted rows and names to update the results.'
	},
	playback: {
		play: 'Play',
		pause: 'Pause',
		step: 'Step',
		reset: 'Back to the start',
		status: (period: string, last: string) => `${period} of ${last}`,
		reducedMotion:
			'Your device asks for reduced motion, so Play moves one step at a time without animation and the charts stay still.'
	},
	values: {
		heading: 'Customer lifetime value by starting state'
	},
	campaign: {
		heading: 'What if you ran a campaign?'
	},
	presets: {
		relationship: 'Relationship lifecycle: exploration, formation, stability, decline (quarterly)',
		telecom: 'Telecom stages A–E, with win-back (monthly)',
		'retail-recency': 'Retail: active, silent, dormant, lost (monthly)',
		crm: 'CRM stages: new, loyal, key follow-up, silent, lost (monthly)',
		'pfeifer-carraway': 'Pfeifer & Carraway (2000) mail-order example (yearly)'
	},
	stateNames,
	/** Saved scenarios and A/B compare: metrics per customer or per year, so units line up. */
	otherError: 'These inputs can’t be computed. The results show the last ones that could.',
	discountError: 'Use 0% or a discount rate of at least 0.0000012% a year.'
};

export default lifecycle;
