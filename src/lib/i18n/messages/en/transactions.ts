/** Strings of the "predict from your transactions" page. */

const transactions = {
	title: 'Predict from your transactions',
	intro:
		'Bring a transaction log — yours, or the CDNOW sample — and fit the field’s standard customer-base models to it: BG/NBD, Pareto/NBD and Gamma-Gamma. See which customers are probably still active, what each is likely to buy and be worth, and check the models on a holdout period they never saw. Everything runs in this browser tab: your file is never uploaded.',
	presets: { cdnow: 'CDNOW sample (Fader, Hardie & Lee 2005)' } as Record<string, string>,
	cases: {
		cdnow:
			'Real data: the CDs that 2,357 customers of the online shop CDNOW bought from their first purchase in early 1997 to mid-1998. The first 39 weeks calibrate the models, the last 39 check them, as in the paper.'
	} as Record<string, string>,
	input: {
		privacy:
			'Your file stays in this browser tab: it is read and analysed here and never uploaded. Only the settings (not the data) go into the page’s address.',
		format:
			'A transaction log has one row per purchase: a customer id, a date and, if you have it, the amount; extra columns are ignored. Headers in English or Chinese, in any order; commas, tabs or semicolons; UTF-8 or GB18030. A summary table with one row per customer (frequency, recency, T, monetary_value, as the lifetimes package writes it) works too.',
		choose: 'Choose a CSV or TSV file',
		drop: 'Drop a CSV or TSV file here',
		dropping: 'Release to read the file',
		paste: 'Or paste a table',
		analysePaste: 'Analyse the pasted table',
		example: 'Load the CDNOW example',
		exampleNote:
			'6,919 purchases by 2,357 customers (160 KB), fetched from this site only when you click; it applies the paper’s settings.',
		loadingExample: 'Loading the example…'
	},
	read: {
		heading: 'How the file was read'
	},
	settings: {
		unit: 'Time unit of the models',
		horizon: (units: string) => `Horizon (${units})`,
		units: { day: 'Days', week: 'Weeks', month: 'Months' },
		/** The unit's name in running text. */
		unitNames: { day: 'days', week: 'weeks', month: 'months' },
		/** n units, in running text. */
		span: {
			day: (n: string) => `${n} days`,
			week: (n: string) => `${n} weeks`,
			month: (n: string) => `${n} months`
		},
		unitAxis: { day: 'Day', week: 'Week', month: 'Month' },
		model: 'Model for P(alive) and CLV',
		models: { bgnbd: 'BG/NBD', 'pareto-nbd': 'Pareto/NBD' }
	},
	groups: { value: 'Customer value' } as Record<string, string>,
	fields: {
		horizon: 'Horizon',
		margin: 'Margin on spend',
		discount: 'Discount rate per year'
	} as Record<string, string>,
	hints: {
		horizon: 'How far ahead to count purchases and value, in the unit above.',
		margin: 'The share of each purchase’s amount kept as profit.',
		discount: 'Money later is worth less today: a year ahead, divide by (1 + rate).'
	} as Record<string, string | undefined>,
	headline: {
		label: (span: string) => `CLV of these customers over the next ${span}`,
		labelNoSpend: (span: string) => `Purchases these customers will make in the next ${span}`,
		empty: 'No data yet',
		noModelValue: 'No prediction',
		noModel: (model: string) =>
			`${model} could not be fitted to this data (see “The fitted models” below), so nothing is predicted. Try the other model, a later calibration end, or a longer log.`,
		emptyDetail: 'Load the CDNOW example or your own file to begin.',
		detail: (customers: string, active: string, purchases: string) =>
			`${customers} customers, ${active} of them probably active (P(alive) of 50% or more); ${purchases} purchases expected.`,
		noSpend: 'The data has no amounts, so purchases can be predicted but not their value.'
	},
	timeline: {
		heading: 'Calibration and holdout',
		end: 'Calibration end'
	},
	models: {
		heading: 'The fitted models',
		names: { bgnbd: 'BG/NBD', paretoNbd: 'Pareto/NBD', gammaGamma: 'Gamma-Gamma' }
	},
	validation: {
		heading: 'Does the model predict the holdout?'
	},
	table: {
		heading: 'Customer by customer',
		body: 'Sort by any column, show only the customers who have probably lapsed or the most valuable fifth, and download the whole table.'
	},
	detail: {
		heading: 'One customer’s story'
	},
	teaching: {
		heading: 'How to read the results'
	},
	sql: {
		heading: 'Millions of customers? Summarise where the data lives'
	}
};

export default transactions;
