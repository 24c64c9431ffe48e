/** Strings of the CLV calculator. */
import words from './words';

const clv = {
	title: 'Customer lifetime value calculator',
	intro:
		'Enter what a typical customer spends, how much of it is margin, how likely they are to stay and what it cost to win them. Every textbook formula is computed on the same inputs, with the arithmetic shown.',
	inputsHeading: 'Your customer',
	fields: {
		spend: (unit: string) => `Spend per ${unit}`,
		grossMargin: 'Gross margin',
		retention: (unit: string) => `Retention per ${unit}`,
		discountRate: 'Discount rate per year',
		acquisitionCost: 'Acquisition cost',
		years: 'Relationship length',
		growth: 'Spend growth per year',
		purchases: (unit: string) => `Purchases per ${unit}`,
		referralIncome: 'Net income from referred customers',
		churn: (unit: string) => `Churn per ${unit}`,
		customers: 'Number of customers'
	},
	hints: {
		spend: 'Revenue from one customer in one period.',
		grossMargin: 'Share of revenue left after direct costs. CLV counts profit, not revenue.',
		retention: (annual: string) =>
			`Share of customers who are still customers one period later. Per year that is ${annual}.`,
		discountRate: (perPeriod: string, unit: string) =>
			`Converted by compounding: ${perPeriod} per ${unit}, not the annual rate divided.`,
		acquisitionCost: 'Advertising, promotion and sales cost of winning one customer.',
		years: 'How many years the finite-horizon formulas count.',
		growth: 'Used by the discounted cash-flow formula (up-selling, rising spend).',
		purchases: 'Used by the “continuing value” formula to count transactions.',
		referralIncome:
			'Used by the “continuing value” formula: profit from people this customer refers.',
		churn: 'Share of customers lost each period: 100% minus retention. Type either one.',
		customers:
			'Customers you have today: for customer equity and what each lever is worth across them.'
	},
	moreInputs: 'More inputs (growth, purchases, referrals)',
	yearsUnit: 'years',
	timing: {
		legend: 'When do the margins arrive?',
		'start-of-period': 'Start of period: first margin today',
		'end-of-period': 'End of period: first margin after one period, if the customer stays',
		'end-first-certain': 'First margin certain: after one period, for sure',
		explainerHeading: 'Why textbooks disagree',
		explainer:
			'Three textbook formulas give three different values for the “same” customer because they place the cash flows at different times. Choose one to use in the headline; the table shows all three, infinite horizon, so you can see the difference.',
		multiple: 'Margin multiple',
		value: 'CLV (infinite horizon, before acquisition cost)',
		difference: 'Difference from the chosen one',
		formula: 'Formula',
		chosen: 'chosen'
	},
	horizon: {
		legend: 'Horizon',
		/** `periods` is null when the time unit is a year (no need to say "10 years (10 years)"). */
		finite: (years: number, periods: { count: number; unit: string } | null) =>
			`${years} ${years === 1 ? 'year' : 'years'}` +
			(periods ? ` (${periods.count} ${periods.unit})` : ''),
		infinite: 'No end (infinite horizon)'
	},
	result: {
		label: 'Customer lifetime value',
		detail: (timing: string, horizon: string) =>
			`Retention-based (${timing.charAt(0).toLowerCase() + timing.slice(1)}); ${horizon}; net of acquisition cost.`,
		divergent: 'No finite value',
		divergentDetail:
			'With retention this high and this discount rate, discounted margins never shrink, so the infinite sum has no end. Lower the retention, raise the discount rate, or use a finite horizon.',
		horizonFinite: (n: number, unit: string) => `over ${n} ${unit}`,
		horizonInfinite: 'with no end date'
	},
	conversions: {
		heading: 'Converting to your time unit',
		discount: 'Discount rate per period',
		retentionYear: 'Retention per year',
		periods: 'Periods in the horizon'
	},
	formulas: {
		heading: 'Every formula on the same inputs',
		simple: {
			name: 'Simple',
			when: 'A quick upper bound: revenue, not profit, and it assumes the customer never leaves.'
		},
		margin: {
			name: 'Margin',
			when: 'Better: counts profit. Still assumes the customer stays for the whole period and ignores the time value of money.'
		},
		discounted: {
			name: 'Discounted cash flow',
			when: 'Right when the customer is certain to stay (a contract) and spend changes over time.'
		},
		retention: {
			name: 'Retention-based, finite horizon',
			when: 'The usual choice: each margin counts only if the customer is still there, discounted to today.'
		},
		infinite: {
			name: 'Retention-based, no end',
			when: 'The closed form: fine for long relationships; undefined when retention ≥ 1 + discount.'
		},
		continuing: {
			name: 'Continuing value (transactions)',
			when: 'Counts purchases and referrals, undiscounted; good for explaining, weak for decisions.'
		},
		noValue: 'No finite value'
	},
	legend: {
		S: 'spend per period',
		GM: 'gross margin',
		m: 'margin per period',
		m_t: 'margin in period t',
		r: 'retention per period',
		i: 'discount rate per period',
		g: 'spend growth per period',
		N: 'number of periods',
		AC: 'acquisition cost',
		t: 'period',
		n: 'expected purchases over the relationship',
		AOV: 'average purchase',
		R: 'net income from referrals',
		k: 'periods per year',
		Y: 'years'
	},
	charts: {
		heading: 'How the value builds up over time',
		cumulative: 'Cumulative discounted value against acquisition cost',
		cumulativeSummary: (payback: string) => `The line rises as margins come in. ${payback}`,
		paybackNow: 'Acquisition cost is paid back at once, by the first margin.',
		payback: (n: number, unit: string) => `Acquisition cost is paid back in ${unit} ${n}.`,
		noCost: 'There is no acquisition cost to pay back.',
		noPayback: 'Within this horizon the acquisition cost is never paid back.',
		remainder: (years: number, later: string, share: string) =>
			`The headline has no end date, but this chart stops at year ${years}: ${later} of the value (${share}) comes after it.`,
		paybackMarker: 'payback',
		cumulativeSeries: 'Cumulative discounted margin',
		costSeries: 'Acquisition cost',
		retained: 'Share of customers still active',
		retainedSummary: 'Each period a share of the remaining customers leaves.',
		retainedSeries: 'Still active'
	},
	business: {
		equity: 'Customer equity',
		equityNote: (customers: string, value: string) =>
			`${customers} customers × ${value}: what each is worth before acquisition cost, which is already spent for customers you have.`,
		ltvToCac: 'LTV : CAC',
		ratio: (ratio: string) => `${ratio} : 1`,
		ltvToCacNote: (one: string, back: string) =>
			`Each ${one} spent winning a customer comes back as ${back} of discounted margin.`,
		noCost: 'No acquisition cost to compare with.',
		payback: 'Payback',
		paybackIn: (n: string, unit: string) => `${n} ${unit}`,
		paybackNote: (cost: string) => `Until discounted margin repays the ${cost} acquisition cost.`,
		paybackNow: 'At once',
		paybackNowNote: 'The first margin repays the acquisition cost.',
		paybackNever: 'Never',
		paybackNeverNote: (n: string, unit: string) =>
			`Discounted margin does not repay the acquisition cost within ${n} ${unit}.`,
		paybackNeverAtAll:
			'Discounted margin never repays the acquisition cost, however long a customer stays.',
		nothingToPay: 'Nothing to pay back'
	},
	levers: {
		heading: 'Which lever is worth most?',
		intro:
			'Each input moved down and up by the same kind of step, everything else held, on the headline formula; the longest bar matters most. A step of the same size for every input keeps the ranking about the inputs, not about the steps.',
		legend: 'Move each input by',
		relative: 'the same share of itself',
		plausible: 'a plausible step: one point of each rate, a round amount of money',
		share: 'Share of each input',
		names: {
			spend: (unit: string) => `Spend per ${unit}`,
			margin: 'Gross margin',
			churn: (unit: string) => `Churn per ${unit}`,
			acquisition: 'Acquisition cost',
			discount: 'Discount rate per year'
		},
		chart: 'Change in CLV when each input moves',
		chartSummary: (order: string) => `Longest bar first: ${order}.`,
		lower: (step: string) => `Input ${step} lower`,
		higher: (step: string) => `Input ${step} higher`,
		oneStep: 'one step',
		axis: 'Change in CLV',
		rank: 'Rank',
		input: 'Input',
		/** Under a change in the table: what the input was moved to. */
		at: (value: string) => `at ${value}`,
		acrossBase: (customers: string) => `Best of the two, across ${customers} customers`,
		newOnly: 'new customers only',
		newOnlyNote:
			'The acquisition cost of the customers you have is already spent; a lower cost counts for each customer you win from now on.',
		limited: 'stopped at a limit',
		divergent: 'no finite value',
		best: (lever: string, range: string) => `Worth most here: ${lever} (${range}).`,
		range: (low: string, high: string) => `CLV changes by ${low} and ${high}`,
		then: (levers: string) => `Then: ${levers}.`,
		none: 'With no finite CLV there is nothing to rank.',
		/** Under the ranking in plausible steps: why it can change with the time unit. */
		plausibleUnit: (unit: string) =>
			`In plausible steps churn moves by one point per ${unit}, so this ranking can change when you change the time unit: a point of churn a month is a much larger change than a point a year.`
	},
	unitChange: {
		capped: (max: string, unit: string) =>
			`Retention per ${unit} cannot pass ${max} here, so it was cut to ${max}: this customer now stays less long than before.`,
		rows: {
			spend: 'Spend per period',
			retention: 'Retention per period',
			clv: 'Customer lifetime value'
		}
	},
	presets: {
		'textbook-example': 'Textbook example (m = 100, r = 80%, i = 12%)',
		'airline-frequent-flyer': 'Airline frequent flyer',
		'credit-card-holder': 'Credit-card holder',
		'gap-shopper': 'GAP shopper',
		'car-buyer': 'Car buyer (lifetime, ≈ US$400,000)',
		'supermarket-regular': 'Supermarket regular'
	},
	units: words.units,
	steps: {
		heading: 'How the headline is computed',
		marginPerPeriod: 'Margin per period',
		marginMultiple: 'Margin multiple',
		presentValue: 'Present value of the margins',
		clv: 'Customer lifetime value',
		discountedRetention: 'Discounted retention',
		closedFormDenominator: 'Denominator',
		lifetimeRevenue: 'Lifetime revenue',
		lifetimeMargin: 'Lifetime margin',
		leverInput: 'Changed input',
		periodDiscountRate: 'Discount rate per period',
		horizonPeriods: 'Number of periods',
		periodRetention: 'Retention per period',
		periodSpend: 'Spend per period',
		leverDelta: 'Change in CLV'
	},
	summary: {
		activeAtEnd: 'Customers still active at the horizon',
		cumulativeByYear: 'Cumulative discounted profit, net of acquisition cost',
		year: 'Year',
		spend: (unit: string) => `Spend per ${unit}`,
		churn: (unit: string) => `Churn per ${unit}`,
		payback: (units: string) => `Payback (${units})`,
		customers: 'Customers',
		/** The chart of an infinite headline stops after `years`; the rest comes later. */
		beyond: (years: number) => `Value after year ${years}, beyond the chart`,
		shown: (years: number) => `Share of CLV within the chart’s ${years} years`
	},
	modelErrors: {
		generic: 'These inputs have no valid result. Check the highlighted fields.'
	}
};

export default clv;
