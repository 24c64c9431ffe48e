/**
 * Strings of the subscription calculator's sections below the first screen (the heat map, the
 * fit, the projection, the values, the lesson, their steps): loaded with those sections, not on
 * the page's first load. Their headings stay in `./subscription.ts`.
 */
const subscriptionSections = {
	heat: {
		caption:
			'The table as read: each cell shows customers still active; the darker the cell, the larger the share of its cohort.',
		captionPercent:
			'The table as read: each cell shows the share of its cohort still active; the darker, the larger.',
		holdout: 'Cells with a dashed outline are held back from the fit.',
		invalid: 'The paste as read: cells marked ⚠ could not be used (see the list above).',
		cohort: 'Cohort',
		period: 'Period',
		cohortName: (n: number) => `#${n}`,
		heldOut: 'held back',
		bad: 'cannot be used',
		clipped: (rows: number, columns: number) =>
			`Showing the first ${rows} rows and ${columns} columns.`,
		tip: (cohort: string, period: number, value: string, held: boolean) =>
			`Cohort ${cohort}, period ${period}: ${value}${held ? ' (held back)' : ''}`,
		tipValue: (count: string, share: string) => `${count} (${share})`,
		point: 'Point at a cell to see its number; every number is also in the table below.',
		table: 'Show the table as numbers'
	},
	fit: {
		body: 'Each customer has a fixed chance of leaving at every renewal; customers differ, and their chances follow a beta distribution with parameters α and β, estimated from all cohorts at once by maximum likelihood. Customers still active when the data end count as “still there after their last period” (right-censored), not as lost.',
		parameter: 'Parameter',
		estimate: 'Estimate',
		standardError: 'Standard error',
		interval: '95% interval',
		none: 'not available',
		alpha: 'α',
		beta: 'β',
		logLikelihood: 'Log-likelihood',
		meanChurn: 'Mean churn of a new customer, per period',
		spread: 'Spread between customers (standard deviation)',
		polarization: 'Polarization φ: 0 = all alike, 1 = stay for ever or leave at once',
		calibration: (periods: string, decisions: string) =>
			`Fitted on ${periods} of renewal decisions (${decisions} customer-periods at risk).`,
		homogeneous:
			'These customers look alike: α and β grow without bound with their ratio fixed, so only the churn rate is determined, and the model is the constant-churn one.',
		notConverged:
			'The search for the best α and β stopped before it settled; the estimates may be rough.',
		noErrors:
			'No standard errors: the data do not pin α and β down separately (an estimate sits at a bound, or its uncertainty is larger than itself).',
		densityTitle: 'How likely each customer is to leave at a renewal',
		densitySummary: (mean: string, sd: string) =>
			`The beta distribution of churn probabilities: mean ${mean}, standard deviation ${sd}.`,
		densitySeries: 'Density',
		churnAxis: 'Churn probability per period',
		clipped:
			'The curve rises without bound near the edge; the chart is cut off there (the table has every value).',
		stepsSummary: 'Show the arithmetic of the fit'
	},
	projection: {
		show: 'Cohort shown',
		pooled: 'All cohorts together',
		survivalTitle: 'Share of the cohort still active',
		survivalSummary: (sbg: string, constant: string, period: string) =>
			`After ${period}, the sBG model expects ${sbg} of a new cohort to be active; constant churn expects ${constant}.`,
		retentionTitle: 'Share renewing, period by period',
		retentionSummary: (first: string, last: string, flat: string) =>
			`Under the sBG, retention rises from ${first} in the first period to ${last} at the end; the shortcut keeps it at ${flat}.`,
		observed: 'Observed',
		sbg: 'sBG model, a new cohort',
		forecast: 'sBG from the last fitted period',
		constant: 'Constant churn',
		holdoutMarker: 'held back →',
		baseTitle: 'Customers of today’s cohorts still active',
		baseSummary: (now: string, later: string, constant: string, periods: string) =>
			`From ${now} at the end of the fitted periods, the sBG expects ${later} after ${periods}; constant churn expects ${constant}.`,
		baseAxis: (units: string) =>
			`${units.charAt(0).toUpperCase()}${units.slice(1)} after the fitted periods`,
		baseSbg: 'sBG forecast',
		baseObserved: 'Observed (held back)',
		baseConstant: 'Constant-churn forecast'
	},
	values: {
		body: (unit: string) =>
			`Margins are received at the start of every ${unit} a customer is active; the yearly discount rate is compounded to the ${unit}.`,
		del: 'Expected discounted lifetime of a new customer (DEL)',
		delNote: (unit: string) => `${unit}, the sign-up one included`,
		clv: 'CLV of a new customer',
		clvNote: 'margin × DEL − acquisition cost',
		derl: (renewals: string) => `Expected discounted residual lifetime after ${renewals} (DERL)`,
		derlNote: (unit: string) => `${unit}, from the next renewal decision`,
		renewalsCount: (n: number) => (n === 1 ? '1 renewal' : `${n} renewals`),
		residual: 'Residual value of that customer',
		residualNote: 'margin × DERL; acquisition is a sunk cost',
		base: 'Value of the current customer base',
		baseNote: (active: string) => `${active} active customers`,
		divergent: 'Infinite without discounting',
		periodRate: (unit: string) => `Discount rate per ${unit}`,
		cohortTitle: 'Value of each cohort’s active customers',
		cohort: 'Cohort',
		active: 'Active now',
		age: 'Renewals made',
		derlShort: 'DERL',
		value: 'Value',
		stepsSummary: 'Show the arithmetic of the values'
	},
	lesson: {
		body: (churn: string, unit: string) =>
			`The shortcut takes the average churn of the same data, ${churn} per ${unit}, and applies it to everyone, at every tenure: “lifetime = 1 ÷ churn”.`,
		measure: 'On the same data',
		survivalAt: (period: string) => `Share still active after ${period}`,
		lifetime: 'Expected lifetime (undiscounted)',
		lifetimeNone: 'no finite mean',
		del: 'DEL, a new customer',
		derl: (renewals: string) => `DERL after ${renewals}`,
		derlSame: 'the same at every tenure',
		base: 'Value of the current base',
		gap: (gap: string, share: string) =>
			`The shortcut misses ${gap} of the base’s value: ${share} of what the sBG says it is worth.`,
		over: (gap: string, share: string) =>
			`Here the shortcut values the base ${gap} higher than the sBG, ${share} more.`,
		noGap: 'With no discounting and α ≤ 1 the sBG value is infinite, so there is no finite gap.',
		lifetimeNote:
			'With α ≤ 1 the most loyal customers almost never leave, so the expected lifetime has no finite mean; only discounting makes the value finite.',
		tooYoungTitle: 'Too young to trust a long projection',
		tooYoung: (decisions: string, needed: string) =>
			`The fit rests on ${decisions} of renewal decisions. How fast retention rises can only be read from several consecutive renewals; with fewer than ${needed}, projections years ahead are guesses.`,
		youngCohorts: (n: string, needed: string) =>
			`${n} have less than ${needed} of their own in the fitted periods; their projections lean on the older cohorts.`,
		stepsSummary: 'Show the arithmetic of the shortcut'
	},
	steps: {
		periodDiscountRate: 'Discount rate per period, from the yearly rate',
		'sbg.logLikelihood': 'Log-likelihood: the sum over periods of renewals and losses',
		'sbg.customerPeriods': 'Renewal decisions seen (customer-periods at risk)',
		'sbg.meanChurn': 'Mean churn probability of a new customer',
		'sbg.churnSpread': 'How much customers differ (standard deviation of churn)',
		'sbg.polarization': 'Polarization',
		'sbg.alpha': 'α, at most 1: the expected lifetime is infinite',
		'sbg.del': 'Expected discounted lifetime of a new customer (the first terms, then the rest)',
		'sbg.clv': 'CLV of a new customer',
		'sbg.derl': 'Expected discounted residual lifetime after the renewals set',
		'sbg.residualValue': 'Residual value of that customer',
		'sbg.baseValue': 'Value of the current base: each cohort’s active customers at their tenure',
		'sbg.constantChurn': 'Constant churn: customers lost over renewal decisions',
		'sbg.constantSurvival': 'Share still active under constant churn',
		'sbg.constantLifetime': 'Expected lifetime under constant churn',
		'sbg.constantDel': 'DEL under constant churn',
		'sbg.constantDerl': 'DERL under constant churn (the same at every tenure)',
		'sbg.constantBaseValue': 'Base value under constant churn',
		'sbg.baseValueGap': 'What the shortcut misses'
	} as Record<string, string>,
	legend: {
		symbols: {
			α: 'the beta distribution’s first shape parameter',
			β: 'its second shape parameter',
			d: 'discount rate per period',
			i_year: 'discount rate per year',
			m: 'margin per customer per period',
			AC: 'acquisition cost',
			DEL: 'expected discounted lifetime of a new customer',
			DERL: 'expected discounted residual lifetime',
			R: 'the rest of the series, added up',
			c: 'constant churn rate per period',
			D: 'customers lost in the fitted periods',
			N: 'renewal decisions in the fitted periods',
			n: 'customers active now',
			V: 'base value under the sBG',
			V_c: 'base value under constant churn',
			DERL_c: 'DERL under constant churn'
		} as Record<string, string>,
		indexed: {
			N: (t: string) => `customers facing the renewal of period ${t}`,
			ℓ: (t: string) => `log-likelihood of period ${t}`,
			S: (t: string) => `share of a new customer’s cohort still active at age ${t}`,
			p: (k: string) =>
				k === '0'
					? 'chance the customer renews at the coming decision'
					: `chance the customer is still active ${k} periods after it`,
			n: (c: string) => `active customers of cohort ${c}`,
			DERL: (c: string) => `DERL of cohort ${c}’s customers`,
			Σ: (range: string) => `terms ${range.replace('..', ' to ')} added up`
		} as Record<string, (index: string) => string>
	},
	summary: {
		del: 'DEL of a new customer (periods)',
		residual: 'Residual value after the renewals set',
		base: 'Value of the current base',
		baseConstant: 'Base value under constant churn',
		understatement: 'Share of the base’s value the shortcut misses',
		meanChurn: 'Mean churn per period',
		survival: (period: number) => `Share still active after ${period} periods`,
		survivalSeries: 'Share of a new cohort still active',
		retentionSeries: 'Share renewing, period by period',
		period: 'Period'
	}
};

export default subscriptionSections;
