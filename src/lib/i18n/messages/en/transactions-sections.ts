/**
 * Strings of the "predict from your transactions" page that only its sections below the inputs
 * show: they load when a section wakes (issue 20).
 */
import type { RowProblem } from '$lib/import/problems';

const transactionsSections = {
	input: {
		exampleFailed: 'The example could not be loaded (are you offline?). Try again.',
		readFailed: 'The browser could not read this file. Try saving it again, or paste the table.',
		pasteEmpty: 'Paste a table first.',
		analysing: (name: string) => `Analysing ${name}…`,
		showing: (name: string) => `Showing: ${name}.`,
		pasted: 'the pasted table',
		exampleName: 'the CDNOW example',
		size: (megabytes: string) => `${megabytes} MB`
	},
	problems: {
		binary:
			'This file is not a text table (it looks like a picture, an archive or a program). Save your data as CSV and choose that file.',
		spreadsheet:
			'This is an Excel workbook (or another zip file), which cannot be read directly. In Excel choose File › Save As › CSV UTF-8, then choose the CSV file.',
		tooLarge: (size: string, limit: string) =>
			`This file is ${size}; the limit here is ${limit}. Summarise the data where it lives with the SQL at the end of the page and import the summary instead.`,
		tooManyRows: (limit: string) =>
			`The file has more than ${limit} rows. Summarise it where it lives with the SQL at the end of the page and import the summary instead.`,
		empty: 'The file is empty.',
		headerOnly: 'The file has a header row but no data below it.',
		unbalancedQuote: (line: string) =>
			`A quoted cell opens on line ${line} and never closes. Check the quotation marks on that line.`,
		missingColumns: (missing: string) =>
			`No ${missing} column was recognised. Choose the columns below and read the file again.`,
		badMapping: (column: string) => `The file has no column ${column}.`,
		noValidRows: 'No row could be read. The reasons are listed below.',
		tooFewCustomers: (customers: number, count: string) =>
			customers === 1
				? 'The data has only one customer (by the calibration end). The models learn from differences between customers: they need at least two, and in practice hundreds.'
				: `Only ${count} customers bought by the calibration end: the models need at least two, and in practice hundreds. Move the calibration end later or use more data.`,
		onlyOneTimeBuyers: (count: string) =>
			`None of the ${count} customers bought a second time by the calibration end, so there is nothing to learn about how often customers come back. Move the calibration end later, or use a longer log.`,
		pasteTooLarge: (limit: string) =>
			`The pasted text is longer than ${limit} characters: save it as a file and choose the file instead.`,
		failed: 'The analysis stopped with an error. Reload the page and try again.',
		kept: 'The results below still show the previous analysis.'
	},
	progress: {
		label: 'Analysis',
		stages: {
			read: 'Reading the file',
			summarise: 'Summarising each customer',
			bgnbd: 'Fitting BG/NBD',
			'pareto-nbd': 'Fitting Pareto/NBD',
			'gamma-gamma': 'Fitting Gamma-Gamma',
			validate: 'Checking against the holdout',
			clv: 'CLV for every customer',
			interval: 'Simulating each customer’s range'
		},
		waiting: 'Starting…',
		cancel: 'Cancel',
		cancelled: 'Cancelled. The results below are from the previous analysis.',
		resume: 'Run it again',
		done: (seconds: string) => `Analysed in ${seconds} s, in a background thread.`
	},
	read: {
		roles: {
			customer: 'Customer id',
			date: 'Date',
			amount: 'Amount',
			frequency: 'frequency (repeat purchases)',
			recency: 'recency (first to last purchase)',
			age: 'T (first purchase to the end)',
			monetary: 'monetary_value (average repeat purchase)'
		},
		log: 'A transaction log',
		summary: 'A customer summary table',
		format: (kind: string, encoding: string, delimiter: string, decimal: string) =>
			`${kind}: ${encoding}, separated by ${delimiter}, ${decimal}.`,
		encodings: {
			'utf-8': 'UTF-8',
			gb18030: 'GB18030',
			'utf-16le': 'UTF-16',
			'utf-16be': 'UTF-16',
			text: 'pasted text'
		},
		bom: 'with a byte-order mark',
		delimiters: { ',': 'commas', ';': 'semicolons', '\t': 'tabs', '|': 'vertical bars' },
		decimals: { point: 'decimal point', comma: 'decimal comma' },
		counts: (rows: string, purchases: string, customers: string) =>
			`${rows} rows: ${purchases} purchases (same-day purchases by one customer merged) by ${customers} customers.`,
		summaryCounts: (rows: string, customers: string) => `${rows} rows: ${customers} customers.`,
		lifetimes:
			'Read as the lifetimes package defines them: frequency = repeat purchases (the first purchase not counted); recency = time from the first purchase to the last one, not the time since the last one; T = time from the first purchase to the end of the data. Choose their time unit under “Time unit of the models” above.',
		columnsHeading: 'Columns',
		none: '(none)',
		column: (n: number, name: string) => (name ? `Column ${n}: ${name}` : `Column ${n}`),
		readAgain: 'Read again with these columns',
		dates: {
			legend: 'Dates like 05/03/1997',
			ambiguous:
				'No date in the file shows whether 05/03 means 5 March or May 3. Which order does your system write?',
			dmy: 'Day first (05/03 = 5 March)',
			mdy: 'Month first (05/03 = May 3)'
		},
		allRows: 'Every row was read.',
		badRows: (rows: number, count: string, listed: string) =>
			`${rows === 1 ? 'One row could not be read and was' : `${count} rows could not be read and were`} left out; the rest were analysed. The first ${listed} are listed below.`,
		badRowsAll: (rows: number, count: string) =>
			`${rows === 1 ? 'One row could not be read and was' : `${count} rows could not be read and were`} left out; the rest were analysed.`,
		badRowsUnanalysed: (rows: number, count: string) =>
			`${rows === 1 ? 'One row could not be read and was' : `${count} rows could not be read and were`} left out.`,
		badCaption: 'Rows left out',
		line: 'Line',
		columnHeader: 'Column',
		reason: 'Reason',
		reasons: {
			'missing-customer': 'No customer id.',
			'missing-date': 'No date.',
			'bad-date': 'The date cannot be read.',
			'future-date': 'The date is in the future.',
			'missing-amount': 'No amount.',
			'bad-amount': 'The amount is not a number.',
			'negative-amount': 'The amount is negative (a refund or a correction?).',
			'missing-value': 'A value is missing.',
			'bad-number': 'Not a number.',
			'fractional-frequency': 'frequency must be a whole number.',
			'negative-value': 'A negative value.',
			'recency-after-age': 'recency is larger than T.',
			'recency-without-repeat': 'recency is above 0 without any repeat purchase.',
			'duplicate-customer': 'This customer appears on an earlier line too.'
		} satisfies Record<RowProblem, string>
	},
	timeline: {
		outOfRange: (date: string, first: string, last: string) =>
			`The calibration end ${date} lies outside this log (${first} to ${last}), so the last third is held out instead.`,
		body: 'The models learn from the purchases up to the calibration end and are then checked against what happened after it — the holdout, which they never see. By default the last third of the log is held out; move the end to see how much history the models need.',
		chart: 'Purchases per week',
		series: 'Purchases',
		summary: (first: string, last: string, end: string) =>
			`Purchases week by week from ${first} to ${last}; the calibration period ends on ${end}.`,
		weekOf: (date: string) => `Week of ${date}`,
		marker: 'Calibration end',
		slider: 'Calibration end (slider, by week)',
		reset: 'Hold out the last third',
		facts: (customers: string, calibration: string, holdout: string) =>
			`${customers} customers bought by the calibration end. Calibration: ${calibration}; holdout: ${holdout}.`,
		noHoldout: 'no holdout',
		later: (count: string) =>
			`${count} customers first bought after the calibration end: the models do not see them.`
	},
	models: {
		body: 'Each model is fitted by maximum likelihood: the parameter values under which the customers’ histories are most probable. A standard error (from the curvature of the likelihood at its peak) says how precisely the data pin a parameter down; the log-likelihood compares the two purchase models on the same data — higher is better.',
		caption: 'Parameters, standard errors and log-likelihood',
		model: 'Model',
		parameter: 'Parameter',
		estimate: 'Estimate',
		standardError: 'Standard error',
		meaning: 'Meaning',
		logLikelihood: 'Log-likelihood',
		noErrors: 'not estimable',
		stories: {
			bgnbd:
				'BG/NBD: while active, a customer buys at their own steady rate; right after each purchase they may drop out for good.',
			paretoNbd:
				'Pareto/NBD: a customer buys at their own rate and drops out at a random moment, whether or not they just bought.',
			gammaGamma:
				'Gamma-Gamma: each purchase’s value varies around the customer’s own average, and averages vary between customers.'
		},
		params: {
			r: 'shape of the purchase rates across customers',
			alpha: 'scale of the purchase rates (in time units)',
			a: 'dropout after a purchase: first shape',
			b: 'dropout after a purchase: second shape',
			s: 'shape of the dropout rates',
			beta: 'scale of the dropout rates (in time units)',
			p: 'shape of each purchase’s value',
			q: 'shape of the customers’ spend rates',
			gamma: 'scale of the customers’ spend rates'
		} as Record<string, string>,
		failed: {
			'no-spend': 'Not fitted: the data has no amounts, or fewer than two repeat buyers.',
			'not-converged':
				'The search for the best parameters did not settle: the data may be too thin for this model.',
			invalid: 'Not fitted: the data do not suit this model.'
		},
		spendCheck: (customers: string, correlation: string) =>
			`Gamma-Gamma assumes a customer’s spend per purchase does not depend on how often they buy. Among the ${customers} repeat buyers, the correlation between frequency and average spend is ${correlation}:`,
		independent: 'small enough to rely on the assumption.',
		dependent: 'too strong to ignore, so treat the value predictions with caution.'
	},
	validation: {
		body: 'The field checks a fitted model three ways (Fader, Hardie & Lee 2005): does it reproduce how many customers made 0, 1, 2… repeat purchases in calibration; does it track the weekly purchases through the holdout; and does it predict the holdout purchases of customers grouped by their past?',
		actual: 'Actual',
		histogram: 'Customers by repeat purchases in the calibration period',
		histogramSummary: (zero: string, expected: string) =>
			`${zero} customers made no repeat purchase; the model expected ${expected}.`,
		repeatAxis: 'Repeat purchases',
		orMore: (n: string) => `${n}+`,
		customersAxis: 'Customers',
		tracking: 'Cumulative repeat purchases, week by week',
		trackingSummary: (actual: string, expected: string, week: string) =>
			`By week ${week}, ${actual} repeat purchases were made; the model expected ${expected}.`,
		weekAxis: 'Week',
		holdout: 'Holdout purchases per customer, by repeat purchases in calibration',
		holdoutSummary: (span: string) =>
			`Average purchases in the ${span} holdout, actual and predicted, for customers grouped by their calibration purchases.`,
		perCustomer: 'Purchases per customer',
		verdict: {
			over: (model: string, pct: string, expected: string, actual: string, span: string) =>
				`${model} over-predicts the holdout by ${pct}: ${expected} repeat purchases expected in the ${span} after the calibration end, ${actual} made.`,
			under: (model: string, pct: string, expected: string, actual: string, span: string) =>
				`${model} under-predicts the holdout by ${pct}: ${expected} repeat purchases expected in the ${span} after the calibration end, ${actual} made.`,
			close: (model: string, pct: string, expected: string, actual: string, span: string) =>
				`${model} predicts the holdout within ${pct}: ${expected} repeat purchases expected in the ${span} after the calibration end, ${actual} made.`,
			good: 'Close enough to plan with.',
			fair: 'Usable, but check the groups below before relying on single customers.',
			poor: 'Too far off to rely on: the business may have changed in the holdout (a campaign, a new channel), or the customers may not behave as the models assume.'
		},
		noHoldout:
			'There is no holdout to check against: the data is a summary table, or the calibration end is the last day of the log. Only the calibration histogram can be compared.',
		compareHeading: 'BG/NBD and Pareto/NBD side by side',
		compareCaption: 'The two purchase models on the same customers',
		measure: 'Measure',
		rows: {
			logLikelihood: 'Log-likelihood (higher is better)',
			holdoutExpected: 'Holdout repeat purchases predicted',
			holdoutError: 'Error against the actual holdout',
			active: 'Customers probably active (P(alive) ≥ 50%)',
			meanPAlive: 'Average P(alive)',
			expected: (span: string) => `Purchases expected in the next ${span}`
		},
		closer: (model: string) => `${model} predicted the holdout more closely here.`,
		agree:
			'The two models usually agree closely in total; they differ most for customers with many purchases followed by a long silence. BG/NBD is quicker to compute, which is why it is the usual default.'
	},
	table: {
		caption: (shown: string, total: string) => `Customers (${shown} of ${total} shown)`,
		sortBy: (column: string) => `Sort by ${column}`,
		filter: 'Show',
		filters: {
			all: 'All customers',
			lapsed: 'Probably lapsed (P(alive) under 50%)',
			top: 'Top 20% by CLV',
			topPurchases: 'Top 20% by purchases expected'
		},
		previous: 'Previous page',
		next: 'Next page',
		page: (from: string, to: string, total: string) => `${from}–${to} of ${total}`,
		pending: 'simulating…',
		none: 'No customer matches this filter.',
		details: (id: string) => `Show customer ${id}’s history`,
		download: 'Download the table (CSV, every customer)',
		timesIn: (unit: string) => `t_x and T are in ${unit} since the customer’s first purchase.`,
		columns: {
			id: 'Customer',
			x: 'Repeat purchases x',
			tx: 'Last purchase t_x',
			T: 'Age T',
			spend: 'Average spend',
			pAlive: 'P(alive)',
			expected: (span: string) => `Purchases expected, next ${span}`,
			expectedSpend: 'Expected spend per purchase',
			clv: (span: string) => `CLV, next ${span}`,
			low: 'CLV range: low',
			high: 'CLV range: high',
			interval: '80% range'
		},
		preparing: 'Simulating every customer’s range for the download…',
		fileName: 'customer-predictions'
	},
	detail: {
		choose: 'Customer id',
		show: 'Show',
		notFound: 'No customer with this id in the models’ data.',
		chart: (id: string) => `P(alive) of customer ${id} over time`,
		pAlive: 'P(alive)',
		purchase: 'Purchase',
		summary: (id: string, purchases: string, now: string) =>
			`Customer ${id} made ${purchases} purchases; their P(alive) at the calibration end is ${now}.`,
		story: (id: string, x: string, last: string, silence: string, now: string) =>
			`Customer ${id} came back ${x} times, the last time at ${last} after the first purchase, and then stayed silent for ${silence}. P(alive) at the calibration end: ${now}.`,
		fewer: (x: string, then: string) =>
			`Had the same customer come back only ${x === '1' ? 'once' : `${x} times`} over the same span, ending at the same moment, P(alive) would be ${then}.`,
		why: 'Each purchase lifts P(alive); each week without one lowers it — and the more regularly a customer used to buy, the faster it falls, because a long gap is surprising from a frequent buyer and ordinary from a rare one. That is how a customer with more purchases, followed by a long silence, can look less alive than one with fewer.'
	},
	teaching: {
		pAliveHeading: 'P(alive)',
		pAlive:
			'P(alive) is the model’s probability that a customer is still a customer — that they have not quietly left — given only when they bought. It is not a promise that they will buy: an active customer who buys twice a year may well buy nothing next month. Use it to rank and to decide whom to contact, not as a verdict on one person.',
		oneTimeHeading: 'Why one-time buyers look “alive” under BG/NBD',
		oneTime:
			'In BG/NBD a customer can only drop out right after a purchase, so someone who bought once and never came back has had no repeat purchase after which to leave: the model gives them P(alive) = 100%, however long ago that was. Their expected purchases are still low, because the model also knows that most such customers buy rarely. Pareto/NBD lets customers leave at any moment and gives them a lower P(alive). Rank one-time buyers by expected purchases, not by P(alive).',
		contractHeading: 'Contractual or non-contractual?',
		contract:
			'These models are for non-contractual settings — shops, restaurants, online retail — where customers leave without telling you, so whether they are still customers can only be inferred. With subscriptions, contracts or memberships you see each cancellation, and a retention model of cohorts (such as the shifted-beta-geometric) is the better tool.',
		intervalHeading: 'What the 80% range means',
		interval:
			'The range next to each CLV says where this one customer’s value over the horizon is likely to fall: of ten customers with exactly this history, about eight should bring between the low and the high figure, one less and one more. It is wide because one person’s future is uncertain even when the model is right — they may have left already (then they bring nothing), buy a little more or less often, or spend more or less per purchase. Across hundreds of customers these ups and downs cancel out, which is why the total is far more certain than any single row.'
	},
	sql: {
		body: 'The models need only four numbers per customer. A business with millions of transactions can build that summary in its data warehouse and import only the summary here — a few megabytes even for millions of customers. The query below does it in standard SQL (tested in DuckDB; PostgreSQL as written; BigQuery, Spark SQL and SQL Server need their own date difference, noted in the file).',
		columns:
			'It reads a table transactions(customer_id, purchase_date, amount) and writes one row per customer: frequency, recency, T, monetary_value and the holdout purchases, in the unit and with the calibration end set at its top.',
		link: 'Download the SQL (btyd-summary.sql)'
	}
};

export default transactionsSections;
