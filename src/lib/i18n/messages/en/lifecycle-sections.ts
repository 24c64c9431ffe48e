/**
 * Words of the lifecycle simulator that only its sections below the first screen show (charts,
 * simulation, diagram, tables, campaign): they load when a section wakes (issue 20).
 */

const lifecycleSections = {
	axis: { month: 'Month', quarter: 'Quarter', year: 'Year' },
	diagram: {
		title: 'State diagram of the lifecycle chain',
		desc: (states: number, unit: string) =>
			`${states} states drawn as boxes. Each arrow carries the chance of moving that way in one ${unit}; a loop on a box is the chance of staying. The transition table below lists the same numbers.`,
		scroll: 'Scroll sideways to see the whole diagram.',
		node: (name: string, count: string, period: string) =>
			`${name}: ${count} customers expected at the start of ${period}`,
		arrow: (from: string, to: string, probability: string) => `${from} → ${to}: ${probability}`,
		stay: (name: string, probability: string) => `stay in ${name}: ${probability}`
	},
	states: {
		// said after an edit of the states table (the page's live region)
		newName: (k: number) => `Stage ${k}`,
		added: (name: string) =>
			`Added “${name}”. Nobody moves there yet: raise its column in the table to send customers to it.`,
		removed: (name: string) =>
			`Removed “${name}”. The chances of moving to it now count as staying where the customer is.`,
		heading: 'States',
		number: 'No.',
		name: 'Name',
		revenue: (unit: string) => `Revenue per customer per ${unit}`,
		cost: (unit: string) => `Cost to serve per ${unit}`,
		lost: 'Lost state',
		actions: 'Remove',
		nameLabel: (k: number) => `Name of state ${k}`,
		revenueLabel: (name: string) => `Revenue of ${name}`,
		costLabel: (name: string) => `Cost of ${name}`,
		lostLabel: (name: string) => `${name} is a lost (churned) state`,
		remove: (name: string) => `Remove ${name}`,
		add: 'Add a state',
		max: (max: number) => `A chain has at most ${max} states.`,
		min: (min: number) => `A chain needs at least ${min} states.`,
		lostHint:
			'Time to churn counts the steps until a customer first reaches a lost state. Without one marked, states nobody leaves count as lost.',
		empty: 'Give this state a name.',
		duplicate: (name: string, first: number) =>
			`State ${first} is already called “${name}”. Each state needs its own name.`
	},
	matrix: {
		heading: 'Transition probabilities',
		intro: (unit: string) =>
			`Each row says where the customers in that state are one ${unit} later, in percent. Every row must add up to 100%.`,
		corner: 'From ↓ to →',
		total: 'Row total',
		cellLabel: (from: string, to: string) => `From ${from} to ${to}, percent`,
		rowSum: (name: string, sum: string) =>
			`The row for “${name}” adds up to ${sum}: it must be 100%.`,
		negative: (from: string, to: string) =>
			`“${from} → ${to}” is below 0%. A probability can’t be negative.`,
		balance: (name: string, value: string) => `Set “stay in ${name}” to ${value}`
	},
	charts: {
		heading: 'How the cohort evolves',
		cohort: 'Customers in each state',
		cohortSummary: (start: string, end: string) =>
			`A stacked area per state, adding up to the cohort. At the start: ${start}. At the end: ${end}.`,
		profit: 'Profit per step',
		profitSummary:
			'The cohort’s expected profit in each step, with the simulated 10th–90th percentile range when ready.',
		cumulative: 'Cumulative profit',
		cumulativeSummary: (value: string) =>
			`Profit added up step by step, as cash and discounted to today. The discounted total is ${value}.`,
		expected: 'Expected profit',
		cumulativeCash: 'Cumulative profit (cash)',
		cumulativeDiscounted: 'Cumulative profit, discounted',
		simulatedMean: 'Simulated mean',
		p10: 'Simulated 10th percentile',
		p90: 'Simulated 90th percentile',
		customers: 'Customers'
	},
	values: {
		intro:
			'What one customer is worth, discounted to today, depending on the state they are in now.',
		state: 'Starting state',
		finite: (horizon: string) => `Over ${horizon}`,
		infinite: 'With no end date',
		churnTime: 'Expected time to churn',
		noValue: 'No finite value',
		churned: 'already lost',
		never: (share: string) => `may never churn (${share} eventually do)`,
		working: (name: string) => `Working for “${name}”`,
		noLost:
			'No state is marked lost and no state keeps all its customers, so there is no time to churn to measure.',
		divergence: {
			'absorbing-state-earns-forever': (state: string, amount: string, unit: string) =>
				`With a 0% discount rate, a customer who reaches “${state}” stays there for ever and ${amount} every ${unit}. Added up over an endless future that has no limit, so the values marked “no finite value” do not exist. Use a discount rate above 0% (money later is worth less than money now), or make revenue and cost of “${state}” equal.`,
			'recurrent-class-earns-forever': (state: string, amount: string, unit: string) =>
				`With a 0% discount rate, customers who reach “${state}” keep moving among a group of states they never leave, and on average that group ${amount} every ${unit}. An endless sum of that has no limit, so the values marked “no finite value” do not exist. Use a discount rate above 0%, or let customers leave the group.`,
			'recurrent-class-oscillates': (state: string) =>
				`With a 0% discount rate, customers who reach “${state}” cycle through a group of states for ever, and the cash flows swing back and forth without dying out, so the total never settles. Use a discount rate above 0%.`
		},
		earns: (amount: string) => `earns ${amount}`,
		costs: (amount: string) => `costs ${amount}`
	},
	campaign: {
		intro:
			'Aim a campaign at the customers in one state: a win-back offer for declining customers, a points-expiry reminder for dormant ones. It costs money for every targeted customer while it runs, and it moves some probability in that state’s row from one destination to another.',
		durationHint: (unit: string) =>
			`A campaign in the horizon’s last ${unit} is not charged: its effect would fall after the horizon.`,
		row: (name: string) => `Row of “${name}” while the campaign runs:`,
		separator: '; ',
		change: (to: string, before: string, after: string) => `→ ${to}: ${before} → ${after}`,
		tooMuch: (from: string, to: string, max: string) =>
			`In the row of “${from}”, only ${max} goes to “${to}”, so the campaign can move at most ${max}.`,
		keptCompare: 'The comparison still shows the last campaign that fitted the table.',
		compareHeading: 'Without and with the campaign',
		measure: 'Measure',
		baseline: 'Without',
		whatIf: 'With the campaign',
		difference: 'Difference',
		value: 'Cohort value (discounted profit)',
		campaignCost: 'Campaign cost (discounted)',
		net: 'Cohort value after campaign cost',
		active: (period: string) => `Customers not lost at the start of ${period}`,
		roiDetail: (gain: string, cost: string) =>
			`Value gained ${gain} against a campaign cost of ${cost}.`,
		roiUndefined: 'No ROI: the campaign costs nothing',
		roiUndefinedDetail:
			'ROI divides the gain by the cost, so a free campaign has no ROI. Look at the change in cohort value instead.',
		target: 'Target state',
		from: 'Takes probability from',
		to: 'Gives it to',
		amount: 'Percentage points moved',
		cost: (unit: string) => `Cost per targeted customer per ${unit}`,
		duration: 'Runs for',
		roiLabel: 'Return on the campaign (ROI)'
	},
	simulation: {
		heading: 'Monte-Carlo check',
		intro:
			'The numbers above are expected values. A real cohort is made of individual customers, so it lands somewhere around them. A simulation in the background follows every customer one by one, many cohorts over, and shows the range on the profit chart.',
		noScript: 'The simulation runs in your browser, with JavaScript turned on.',
		progress: 'Simulation progress',
		running: (customers: string) => `Simulating ${customers} customers…`,
		waiting: 'The simulation starts when the inputs stop changing.',
		done: (cohorts: string, size: string, periods: string, seconds: string) =>
			`Simulated ${cohorts} cohorts of ${size} customers over ${periods} in ${seconds} s.`,
		scaled: (size: string, cohort: string) =>
			`Your cohort is larger than ${size}, so cohorts of ${size} were simulated and scaled up to ${cohort}: the centre in proportion, the spread by the square root.`,
		agreement: (mean: string, error: string, closed: string, z: string) =>
			`Simulated cohort value ${mean} ± ${error} (one standard error); the closed form gives ${closed}, ${z} standard errors away.`,
		agrees: 'They agree within the noise of the simulation.',
		disagrees: 'That is further apart than chance usually allows.',
		bands: (low: string, high: string) =>
			`8 in 10 simulated cohorts end with a discounted value between ${low} and ${high}.`,
		rerun: 'Run again with a new seed',
		failed:
			'The simulation could not run in this browser; the expected values above are unaffected.'
	},
	steps: {
		'lifecycle.discountFactor': 'Discount factor: what 1 next step is worth today',
		'lifecycle.reward': 'Net cash flow per customer per step in this state',
		'lifecycle.bellman':
			'Value with no end date: this step’s cash flow plus the discounted value of wherever the customer goes next',
		'lifecycle.bellmanFinite':
			'Value over the horizon: the same equation, one step shorter each time',
		'lifecycle.retentionClosedForm':
			'The same value in closed form (as in the retention formula m(1+i)/(1+i−r))',
		'lifecycle.timeToChurn':
			'Expected steps before churn: expected steps spent in each state on the way',
		'lifecycle.campaignTransition': 'The target state’s probability while the campaign runs',
		'lifecycle.baselineValue': 'Cohort value without the campaign',
		'lifecycle.whatIfValue': 'Cohort value with the campaign, before its cost',
		'lifecycle.campaignCost':
			'Campaign cost: cost per targeted customer × targeted customers, discounted',
		'lifecycle.valueGain': 'Change in cohort value',
		'lifecycle.netGain': 'Gain after paying for the campaign',
		'lifecycle.roi': 'Return on the campaign'
	},
	legend: {
		β: 'discount factor per step',
		rev: 'revenue per customer per step in state s',
		cost: 'cost per customer per step in state s',
		P: 'chance of moving from state i to state j in one step',
		V: 'value of a customer who starts in state j',
		N: 'expected steps spent in state j before churning',
		c: 'campaign cost per targeted customer per step',
		C: 'discounted campaign cost',
		"V'": 'cohort value with the campaign',
		ΔV: 'change in cohort value',
		Δp: 'probability moved by the campaign'
	},
	summary: {
		perCustomer: 'Value per customer over the horizon',
		lifetime: 'Value per customer with no end date',
		horizonYears: 'Horizon (years)',
		notLostYear: 'Customers not lost after one year',
		notLostEnd: 'Customers not lost at the end of the horizon',
		churnYears: 'Expected time to churn (years)',
		cumulativeByYear: 'Cumulative discounted profit of the cohort',
		notLostByYear: 'Customers not lost, share of the cohort',
		year: 'Year'
	}
};

export default lifecycleSections;
