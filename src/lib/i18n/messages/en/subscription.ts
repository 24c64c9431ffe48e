/** Strings of the subscription-retention calculator (the sBG model on a cohort table). */
const subscription = {
	title: 'Subscription retention',
	intro:
		'Paste a cohort table — how many of the customers who started in each period are still subscribed one, two, three periods later — and fit the shifted-beta-geometric model to it. See why retention rises with tenure, project it, and value a new customer, a customer who has renewed, and your whole customer base, next to what the usual constant-churn shortcut says.',
	presets: {
		'fh-regular': 'Fader & Hardie: regular customers',
		'fh-high-end': 'Fader & Hardie: high-end customers',
		'fh-regular-7': 'Fader & Hardie: regular customers, first 7 years only'
	},
	cases: {
		'fh-regular':
			'1,000 customers who signed up in the same year, followed for 12 years (Fader & Hardie 2007). Years 1–7 fit the model; years 8–12 are held back to see how well it projects. The margin and acquisition cost are ours.',
		'fh-high-end':
			'The same study’s high-end customers: 1,000 of them, 12 years, years 8–12 held back. Fewer leave early on, and their retention rises too. The margin and acquisition cost are ours.',
		'fh-regular-7':
			'The same 1,000 regular customers as known after 7 years: everything the fit uses, nothing of what came next. Project it, then open the full example to see years 8–12 against the projection. The margin and acquisition cost are ours.'
	},
	groups: {
		money: 'What a customer brings and costs',
		use: 'How the table is used'
	},
	fields: {
		margin: (unit: string) => `Margin per customer per ${unit}`,
		acquisition: 'Acquisition cost per customer',
		discount: 'Discount rate per year',
		holdout: (units: string) => `Last ${units} held back to check the projection`,
		horizon: (units: string) => `Project ahead (${units})`,
		renewals: 'Renewals made by the customer valued below'
	},
	hints: {
		margin:
			'What an active subscriber leaves after direct costs in one period, paid at the start of the period (the first at sign-up).',
		acquisition: 'What winning one customer costs; taken off a new customer’s value only.',
		discount: (perPeriod: string, unit: string) => `Compounded: ${perPeriod} per ${unit}.`,
		holdout:
			'These last cells of every cohort stay out of the fit and are drawn against the projection. 0 fits on everything.',
		horizon: 'How far the charts project a new cohort.',
		renewals: (periods: string) =>
			`The residual value is for a customer who has stayed ${periods} and now decides whether to renew again.`
	},
	problems: {
		calibration:
			'With this many periods held back, the periods left to fit show no customer leaving (or none renewing), so there is nothing to fit. Hold back fewer periods.',
		discountTiny: (min: string) =>
			`A discount rate this small makes the sums too slow to add up: use 0 or at least ${min}.`,
		table: 'This table cannot be fitted.'
	},
	table: {
		heading: 'Your cohort table',
		label: 'Cohort table, pasted from a spreadsheet',
		hint: 'One row per cohort (a label first if you like), one column per period since the start: customers still active, or percentages of the start. Leave the later cells of young cohorts blank. A single row or column is one survival series. Tabs, commas or semicolons.',
		examples: 'Examples:',
		cellsAs: 'Read the cells as',
		cellUnits: {
			auto: 'detect',
			count: 'customers',
			percent: 'percentages',
			share: 'shares (0 to 1)'
		},
		heading0: 'cohort',
		read: (cohorts: string, periods: string) => `Read: ${cohorts}, up to ${periods} old.`,
		cohorts: (n: number) => (n === 1 ? '1 cohort' : `${n} cohorts`),
		assumed: (size: string) =>
			`The cells are percentages, so every cohort is taken to start with ${size} customers. α and β do not depend on this; standard errors and the base’s value do.`,
		stored: (length: string, limit: string) =>
			`This table needs ${length} characters, more than a share link carries (${limit}). It is saved in this browser: the link and your saved scenarios open it here, but not on another device. To share it, send the table itself.`,
		storeFailed: {
			quota:
				'The browser’s storage for this site is full, so the table is kept only until you leave the page.',
			unavailable:
				'This browser does not let the site store data, so the table is kept only until you leave the page.'
		},
		missing:
			'This link refers to a table that was too large for a link and is saved only in the browser that made it. The example is shown instead; paste the table here to use it.',
		invalid: 'The table could not be read, so the results still show the last table that could.',
		where: (line: number, column: number) => `Row ${line}, column ${column}`,
		cell: (cohort: string, age: number) => `cohort ${cohort}, period ${age}`,
		more: (n: number) => `… and ${n} more.`,
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
		},
		problems: {
			empty: 'The box is empty: paste a cohort table or pick an example.',
			'too-large': (limit: string) =>
				`That paste is too long to read (more than ${limit} characters, far beyond a 500 × 500 table), so it was not kept in the box. Paste the counts only.`,
			'too-many-rows': (limit: string) => `The table has more than ${limit} rows.`,
			'too-many-columns': (limit: string, line: number) =>
				`Row ${line} has more than ${limit} cells.`,
			'single-period':
				'Every cohort has only its starting count: at least one more period is needed to see anyone stay or leave.',
			'all-retained':
				'Nobody left in any cohort, so there is no churn to learn from: retention looks like 100% and any value would be infinite.',
			'all-lost':
				'Everybody left in the first period, so no one ever renewed: there is nothing to project.'
		}
	},
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
	result: {
		label: 'Value of a new customer (CLV)',
		detail: (del: string, unit: string) =>
			`Margin × ${del} discounted ${unit} of expected life, less the acquisition cost.`,
		divergent: 'No finite value',
		divergentDetail:
			'With no discounting, the loyal core of these customers stays so long that the expected lifetime has no end (α ≤ 1). Set a discount rate above 0.'
	},
	headline: {
		base: 'Value of the current customer base',
		baseDetail: (active: string) => `${active} active customers, each at their own tenure.`,
		shortcut: 'The constant-churn shortcut says',
		under: (share: string) => `It under-values the base by ${share}.`,
		over: (share: string) => `It over-values the base by ${share}.`,
		same: 'It gives the same value: these customers do not differ.'
	},
	fit: {
		heading: 'The fit: how churn differs between customers',
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
		heading: 'Retention rises with tenure',
		body: 'The customers likely to leave leave first, so those who remain are the loyal ones: the share renewing rises period after period. A constant churn rate draws a flat line instead.',
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
		heading: 'What customers are worth',
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
		heading: 'What the constant-churn shortcut says',
		body: (churn: string, unit: string) =>
			`The shortcut takes the average churn of the same data, ${churn} per ${unit}, and applies it to everyone, at every tenure: “lifetime = 1 ÷ churn”.`,
		measure: 'On the same data',
		sbg: 'sBG model',
		constant: 'Constant churn',
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
	}
};

export default subscription;
