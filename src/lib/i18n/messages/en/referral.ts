/** Strings of the referral-multiplication calculator. */
import type { TimeUnit } from '$lib/model/time';
import words from './words';

const singular = { month: 'month', quarter: 'quarter', year: 'year' };
const plural = { month: 'months', quarter: 'quarters', year: 'years' };

const referral = {
	title: 'Referral multiplication calculator',
	intro:
		'A good customer does more than buy once. It buys again, trades up, adds other products and tells people it knows, some of whom become customers and do the same. Follow one first customer and the chain it starts, generation by generation and year by year, and see which part of its value comes from the people it brought in.',
	unitNote: (unit: string) =>
		`Every rate and amount per period is per ${unit}. The examples use round, illustrative numbers.`,
	/** What the unit-change note compares: the discounted value of the whole chain. */
	unitChangeTotal: 'Total discounted value',
	inputsHeading: 'Your scenario',
	/** An expected number of customers above zero that rounds to none. */
	underOne: 'under 1',
	/** On hover over a whole number of customers: the expectation it rounds. */
	exact: (n: string) => `Expected value: ${n}`,
	/** "1 month", "3 quarters". */
	duration: (n: number, unit: TimeUnit) => `${n} ${n === 1 ? singular[unit] : plural[unit]}`,
	/** The unit after a number in a field: "1 month", "3 months". */
	unitAfter: (n: number, unit: TimeUnit) => (n === 1 ? singular[unit] : plural[unit]),
	/** "month 37". */
	ordinal: (n: number, unit: TimeUnit) => `${singular[unit]} ${n}`,
	periodTitle: { month: 'Month', quarter: 'Quarter', year: 'Year' },
	groups: {
		business: 'The business',
		referring: 'Recommendations',
		buying: 'What a first customer buys, and for how long',
		referred: 'Referred customers'
	},
	fields: {
		years: 'Horizon',
		customers: 'First customers',
		acquisition: 'Acquisition cost per first customer',
		margin: 'Gross margin',
		discount: 'Discount rate per year',
		lag: 'Cycle time',
		reward: 'Reward per successful referral',
		capped: 'Limit the market (saturation)',
		cap: 'Market size',
		same: 'Referred customers behave like the first ones',
		First: 'First purchase',
		Repeat: (unit: string) => `Repeat purchases per ${unit}`,
		Upsell: (unit: string) => `Up-sell in the second ${unit}`,
		Growth: (unit: string) => `Up-sell growth per ${unit}`,
		Cross: (unit: string) => `Cross-sell per ${unit}`,
		Retention: (unit: string) => `Retention per ${unit}`,
		Rate: (unit: string) => `Recommendations per ${unit}`,
		Conversion: 'Share of recommendations that buy',
		referredSuffix: ' (referred)'
	},
	hints: {
		years: (periods: string) => `${periods} simulated.`,
		customers: 'Customers the firm wins with its own marketing at the start.',
		acquisition: 'What winning one of them costs: advertising, promotion, sales time.',
		margin: 'Share of revenue left after the cost of goods and of serving the customer.',
		discount: (perPeriod: string, unit: string) =>
			`Compounded to ${perPeriod} per ${unit}. Money that arrives later is worth less today.`,
		lag: (unit: string) =>
			`Number of ${unit} from a recommendation to the new customer’s first purchase. At least 1: a referral needs time to happen.`,
		reward: 'Thank-you paid for each recommendation that turns into a customer.',
		cap: 'How many customers the market holds in all. Referrals slow down as it fills.',
		First: 'Revenue of the product the customer came for, in the period it joins.',
		Repeat: 'Buying the same product again (refills, renewals, service).',
		Upsell: 'Upgrades and bigger versions, starting the period after joining.',
		Growth: 'How fast the up-sell grows with each further period as a customer.',
		Cross: 'Other product lines, from the second period on.',
		Retention: (annual: string) =>
			`Chance of still being a customer one period later; ${annual} a year.`,
		Rate: 'People a customer recommends the firm to, per period, while it is a customer.',
		Conversion: 'How many of those recommendations become customers.'
	},
	lagNote: (one: string) =>
		`A referral cannot happen in the same instant as the recommendation: the cycle time must be at least ${one}.`,
	units: words.units,
	result: {
		label: 'Value multiplier',
		value: (x: string) => `${x}×`,
		detail: (total: string, periods: string) =>
			`Own value plus referral value, divided by own value, ${periods}, discounted. Total value after acquisition cost: ${total}.`,
		none: 'No multiplier',
		noneDetail:
			'The first customers’ own purchases leave no margin, so there is nothing to multiply. Raise the gross margin or the purchases.',
		periods: (duration: string) => `over ${duration}`,
		customers: (n: string) => `Customers acquired within the horizon: ${n}`,
		capBinds: {
			title: 'The market limit binds',
			pending:
				'With this market limit the figures apply saturation to the average chain: an approximation of the expectation, close for some chains and several percent off for others. The simulation below checks it, and its mean becomes the headline if the two differ by more than 1%.',
			compact:
				'With this market limit the figures apply saturation to the average chain: an approximation of the expectation, close for some chains and several percent off for others. The full calculator checks it with a simulation.'
		}
	},
	values: {
		heading: 'Own value against referral value',
		own: 'First customers’ own purchases',
		referral: 'Customers they brought in',
		total: 'Total value (net present value)'
	},
	viral: {
		heading: 'How far the chain reaches'
	},
	tree: {
		heading: 'The referral tree, generation by generation'
	},
	charts: {
		heading: 'Year by year'
	},
	cycle: {
		heading: 'Why cycle time matters as much as K'
	},
	levers: {
		heading: 'Which lever is worth most?'
	},
	case: {
		heading: 'The software vendor’s five years'
	},
	steps: {
		heading: 'How the numbers are computed',
		'referral.expectedLifetime': 'Expected lifetime in periods',
		'referral.expectedLifetimeReferred': 'Expected lifetime of referred customers',
		'referral.viralCoefficient': 'Viral coefficient: customers each customer brings in',
		'referral.viralCoefficientReferred': 'Viral coefficient of referred customers',
		'referral.viralCoefficientPerCycle': 'Converted referrals per cycle',
		'referral.viralCoefficientPerCycleReferred':
			'Converted referrals per cycle, referred customers',
		'referral.headCountMultiplier': 'Customers per first customer, 1/(1 − K)',
		'referral.totalCustomers': 'Customers ever, all generations',
		'referral.ownValue': 'Own value of the first customers',
		'referral.referralValue': 'Referral value',
		'referral.totalValue': 'Total value (net present value)',
		'referral.valueMultiplier': 'Value multiplier',
		'referral.averageAcquisitionCost': 'Average acquisition cost per customer'
	} as Record<string, string>,
	legend: {
		ρ: 'recommendations per period',
		c: 'conversion of recommendations',
		r: 'retention per period',
		L: 'cycle time in periods',
		ρ_0: 'recommendations per period, first customers',
		c_0: 'conversion, first customers',
		r_0: 'retention, first customers',
		ρ_r: 'recommendations per period, referred customers',
		c_r: 'conversion, referred customers',
		r_r: 'retention, referred customers',
		K: 'viral coefficient',
		K_0: 'viral coefficient of the first customers',
		K_r: 'viral coefficient of referred customers',
		N_0: 'first customers',
		n_referred: 'referred customers acquired',
		V_own: 'own value of the first customers',
		V_referral: 'referral value',
		M_direct: 'discounted margin of own purchases',
		M_upsell: 'discounted margin of up-sell',
		M_cross: 'discounted margin of cross-sell',
		M_referral: 'discounted margin of referred customers',
		C_reward: 'discounted referral rewards',
		A: 'acquisition cost per first customer',
		R: 'reward per referral'
	} as Record<string, string>,
	presets: {
		'software-vendor': 'Software vendor and design firm (yearly, the five-year case)',
		'software-chain': 'Software vendor: every customer recommends (yearly, K = 0.4)',
		'subscription-app': 'Subscription app (monthly)',
		'b2b-services': 'B2B services firm (yearly)',
		'premium-car': 'Premium car brand (yearly, two-year cycle)'
	},
	errors: {
		lag: (one: string) =>
			`A referral needs at least ${one} to happen: make the cycle time 1 or more.`,
		capBelowBase: (min: string) =>
			`The market can’t be smaller than the customers you start with: enter at least ${min}.`,
		tooMany: (period: string) =>
			`More than a trillion customers by ${period}: growth has run away. Shorten the horizon, lower K or limit the market.`
	}
};

export default referral;
