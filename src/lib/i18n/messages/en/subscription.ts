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
		problems: {
			'too-large': (limit: string) =>
				`That paste is too long to read (more than ${limit} characters, far beyond a 500 × 500 table), so it was not kept in the box. Paste the counts only.`
		}
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
		heading: 'The fit: how churn differs between customers'
	},
	projection: {
		heading: 'Retention rises with tenure',
		body: 'The customers likely to leave leave first, so those who remain are the loyal ones: the share renewing rises period after period. A constant churn rate draws a flat line instead.'
	},
	values: {
		heading: 'What customers are worth'
	},
	lesson: {
		heading: 'What the constant-churn shortcut says',
		sbg: 'sBG model',
		constant: 'Constant churn'
	}
};

export default subscription;
