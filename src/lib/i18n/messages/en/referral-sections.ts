/**
 * Words of the referral calculator that only its sections below the first screen show (value
 * split, viral growth, tree, charts and simulation, cycle, levers, the class case): they load when
 * a section wakes (issue 20).
 */
import type { TimeUnit } from '$lib/model/time';

const plural = { month: 'months', quarter: 'quarters', year: 'years' };
const adjective = { month: 'monthly', quarter: 'quarterly', year: 'yearly' };

const referralSections = {
	values: {
		ownNote: 'Discounted margin of direct, up-sell and cross-sell purchases.',
		referralNote: 'Discounted margin of every referred generation, minus rewards.',
		acquisition: 'Acquisition cost',
		firstGeneration: (value: string) =>
			`Of the referral value, ${value} comes from the first customers’ own referrals alone (Kumar’s customer referral value); the rest is referrals of referrals.`,
		share: (share: string) =>
			`Referred customers bring ${share} of the value before acquisition cost.`
	},
	viral: {
		k: 'Viral coefficient K',
		kNote: 'New customers each customer brings in over its whole life: ρ · c / (1 − r).',
		k0: 'K of the first customers',
		kr: 'K of referred customers',
		perCycle: 'Converted referrals per cycle',
		perCycleNote: (lag: string) => `Per active customer in one cycle of ${lag}: ρ · L · c.`,
		headCount: 'Customers ever, all generations',
		headCountNote: 'N₀ / (1 − K) when referred customers refer like the first ones.',
		unbounded: 'Unbounded',
		capped: (cap: string) => `At most ${cap} (the market)`,
		endless: 'Endless lifetime',
		explainKAtLeastOne:
			'K is 1 or more: every customer more than replaces itself, so the chain never dies out. With no market limit there is no finite number of customers — growth is unbounded, and only the horizon stops the numbers below. Switch on the market limit to see it level off.',
		explainEndless:
			'Retention is 100%: customers never leave and keep recommending, so their lifetime and the chain have no end. Only the horizon stops the numbers below.',
		explainSaturation: (cap: string, reached: string, share: string) =>
			`The market of ${cap} customers decides how far the chain goes: referrals slow down as it fills (saturation). Within the horizon ${reached} customers are reached, ${share} of the market.`,
		explainCapBelow: (expected: string, cap: string) =>
			`Without a limit the chain would reach ${expected} customers; the market of ${cap} stops it earlier.`,
		explainFinite: (multiplier: string) =>
			`K is below 1, so each generation is smaller than the one before and the chain dies out. On average every first customer brings in ${multiplier} customers in all, itself included.`
	},
	tree: {
		intro:
			'Expected customers in each generation within the horizon. Generation 0 is the customers the firm won itself; generation 1 is who they referred, and so on.',
		label: 'Referral tree',
		generation: (g: number) => `Generation ${g}`,
		andDeeper: (g: number) => `Generation ${g} and deeper`,
		firstCustomers: 'won by the firm',
		referredBy: (g: number) => `referred by generation ${g}`,
		customers: (n: string, count: number) => `${n} ${count === 1 ? 'customer' : 'customers'}`,
		active: (n: string) => `${n} still active at the end`,
		table: 'Show the tree as a table',
		total: 'All generations',
		columns: {
			generation: 'Generation',
			joined: 'Expected customers',
			active: 'Still active at the end',
			share: 'Share of all customers'
		},
		reach: (generations: number, lag: string) =>
			`With a cycle time of ${lag}, at most ${generations} generations after the first can join within the horizon.`
	},
	charts: {
		sources: 'Revenue by source, year by year',
		sourcesSummary:
			'Stacked bars: what the first customers buy directly, as up-sell and as cross-sell, and what the customers they referred buy.',
		direct: 'Own purchases',
		upsell: 'Up-sell',
		cross: 'Cross-sell',
		referral: 'Referred customers',
		year: 'Year',
		profit: 'Cumulative discounted profit',
		profitSummary:
			'The expected-value line starts below zero (acquisition cost) and rises as margins arrive; the dashed lines are the 10th and 90th percentiles of 10,000 simulated chains.',
		expected: 'Expected value',
		mcMean: 'Simulated mean',
		p10: '10th percentile',
		p90: '90th percentile'
	},
	mc: {
		heading: 'How much luck is involved',
		intro:
			'The lines above are averages. A real chain is lucky or unlucky: a customer leaves early, a recommendation does not land. The simulation plays the chain out many times with chance at every step.',
		noScript: 'The simulation runs in your browser, with JavaScript turned on.',
		progress: 'Simulation progress',
		waiting: 'Waiting for you to stop typing…',
		running: (done: string, total: string) => `Simulated ${done} of ${total} chains…`,
		done: (runs: string) => `${runs} chains simulated (fixed seed, so the band is reproducible).`,
		error: 'The simulation could not run for these inputs.',
		agreement: (mean: string, expected: string, errors: string) =>
			`Check: the simulated mean ends at ${mean}, the expected-value line at ${expected} — ${errors} standard errors apart.`,
		agrees: 'They agree within the simulation’s noise.',
		differs: 'They differ by more than the noise would explain.',
		capNote:
			'With a market limit that binds, the expected-value line applies saturation to the average chain, which is not the average of the chains: the simulated mean is the expectation.',
		band: (p10: string, p90: string) =>
			`In 8 chains out of 10 the final profit lies between ${p10} and ${p90}.`
	},
	cycle: {
		body: [
			'K tells you how many customers each customer eventually brings in. The cycle time tells you how long each round of recommending takes. The two are separate: the table below keeps K fixed and changes only the cycle time.',
			'A shorter cycle helps twice. The referred customers’ purchases arrive earlier, so discounting takes less off them. And within a fixed horizon more rounds fit: more generations get the chance to join and to buy before the horizon ends.',
			'When K is 1 or more the effect is stronger still: growth compounds once per round, so a shorter cycle means more rounds of compounding in the same years, and growth runs away much sooner.'
		],
		columns: {
			lag: 'Cycle time',
			generations: 'Generations that fit',
			customers: 'Customers acquired',
			referral: 'Referral value',
			total: 'Total value'
		},
		yours: 'yours',
		tooMany: 'more than a trillion customers',
		sameK: (k: string) => `K stays ${k} in every row.`,
		sameKUnbounded: 'K stays the same in every row.'
	},
	levers: {
		intro:
			'The change in total value from one small improvement each, applied to every customer, on your numbers.',
		referralRate: '+10% recommendations',
		conversion: '+1 point of conversion',
		retention: '+1 point of retention',
		reward: '−10% reward (same conversion)',
		lever: 'Lever',
		change: 'Change in total value',
		rank: 'Rank',
		atLimit: 'already at its limit',
		tooMany: 'growth runs away (over a trillion customers)',
		best: (lever: string) => `Worth most here: ${lever}.`
	},
	case: {
		intro:
			'The case behind the “customer value multiplication” idea: a software vendor wins a graphic-design firm, which then buys more, buys other products and recommends the vendor to freelance designers who do the same.',
		illustrative:
			'The original (“The law of customer value multiplication”, 2025) gives no amounts; ours are illustrative round figures. Who bought what, and when, follows the original.',
		assumptions: (acquisition: string, reward: string, margin: string) =>
			`Winning a customer with advertising costs ${acquisition}; each referral costs a ${reward} thank-you; gross margin ${margin}.`,
		caption: 'The software vendor, year by year',
		columns: {
			year: 'Year',
			purchases: 'Who bought what',
			direct: 'Own purchases',
			upsell: 'Up-sell',
			cross: 'Cross-sell',
			referral: 'Referred customers',
			profit: 'Profit',
			cumulative: 'Cumulative profit',
			average: 'Average acquisition cost'
		},
		totals: 'Five years',
		purchases: (buyer: string, items: string[]) => `${buyer}: ${items.join(', ')}`,
		item: (product: string, price: string) => `${product} (${price})`,
		buyers: {
			designFirm: 'Design firm',
			referral1: 'Designer A (referred)',
			referral2: 'Designer B (referred)',
			referral3: 'Designer C (referred)',
			referral4: 'Designer D (referred)'
		} as Record<string, string>,
		products: {
			designSoftware: 'design software',
			designUpgrade: 'design-software upgrade',
			drawingSoftware: 'drawing software',
			drawingUpgrade: 'drawing-software upgrade',
			imageSoftware: 'image-editing software',
			clipArtLibrary: 'clip-art library',
			allInOneSuite: 'all-in-one suite',
			newClipArtLibrary: 'new clip-art library'
		} as Record<string, string>,
		lessons:
			'Year 1 loses money: winning the firm cost more than its first purchase. From then on up-sell, cross-sell and referrals add up, the average cost of a customer falls because referred customers cost only a thank-you, and by year 5 the referred designers buy more than the firm itself.',
		stepsHeading: 'The case’s totals, worked out'
	},
	/** After a change of unit: why recommendations, too, come out differently (`unit-note.ts`). */
	unitChangeReason: {
		first: 'The first purchase is the exception: it is paid on joining, in either unit.',
		counted: (longer: TimeUnit, shorter: TimeUnit) =>
			`Recommendations move it too: a customer makes a whole period’s recommendations in every period it is still a customer, so in ${adjective[longer]} steps one who leaves during a ${longer} still recommends for all of it, while in ${adjective[shorter]} steps its recommendations stop after the last ${shorter} it stays.`,
		k: (symbol: string, kLonger: string, longer: TimeUnit, kShorter: string, shorter: TimeUnit) =>
			`So each customer brings in more customers counted in ${plural[longer]}: ${symbol} is ${kLonger}, against ${kShorter} in ${plural[shorter]}.`,
		lag: (unit: TimeUnit, before: string, after: string, longer: boolean) =>
			`The cycle time must be a whole number of ${plural[unit]}, so ${before} became ${after}: each round of referrals now takes ${longer ? 'longer' : 'less time'}.`
	},
	/** The class case's steps (`CaseTable.svelte`). */
	steps: {
		'referralCase.ownSales': 'Sales to the firm',
		'referralCase.referralSales': 'Sales to referred designers',
		'referralCase.totalProfit': 'Profit over five years',
		'referralCase.averageAcquisitionCost': 'Average acquisition cost per customer'
	} as Record<string, string>,
	legend: {
		S_direct: 'first purchases by the firm',
		S_upsell: 'up-sell to the firm',
		S_cross: 'cross-sell to the firm',
		'S_referral,t': 'sales to referred designers in year t',
		π_t: 'profit in year t',
		D_t: 'discount factor of year t'
	} as Record<string, string>,
	/** A scenario's summary: the A/B comparison, a link's notice (`summary.ts`). */
	summary: {
		customers: 'Customers acquired within the horizon',
		k: 'Viral coefficient K of referred customers',
		averageCost: 'Average acquisition cost per customer',
		horizonYears: 'Horizon (years)',
		lagYears: 'Cycle time (years)',
		rateYear: 'Recommendations per first customer per year',
		retentionYear: 'Retention per year (first customers)',
		cumulativeByYear: 'Cumulative discounted profit at each year’s end',
		customersByYear: 'Customers acquired by each year’s end',
		year: 'Year'
	},
	/** The headline once the simulation disagrees with the expected values, or agrees (`mc-runner.ts`). */
	simulatedHeadline: {
		simulated: (runs: string, multiplier: string, customers: string) =>
			`The market limit binds. Applying saturation to the average chain gives ${multiplier} and ${customers} customers, more than 1% away from the mean of ${runs} simulated chains, so the headline shows that mean: what to expect. The sections below still show the average chain.`,
		agrees: (runs: string) =>
			`With this market limit the figures apply saturation to the average chain, an approximation of the expectation; the mean of ${runs} simulated chains agrees with them within 1%.`,
		detail: (total: string, periods: string) =>
			`Mean of the simulated chains, ${periods}, discounted: own value plus referral value, divided by own value. Total value after acquisition cost: ${total}.`
	}
};

export default referralSections;
