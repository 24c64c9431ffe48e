/** Strings of the complementary-product calculator. */
const complement = {
	title: 'Complementary product calculator',
	intro:
		'A home is bought once a decade; property management is paid every month. What does a good, frequently used complement add to the lifetime value of an expensive product bought rarely — through its own margin, repeat purchases, referrals and a price premium? CLV with and without it, split by where the value comes from.',
	presets: {
		'vanke-property-services': 'Vanke homes with Vanke property services'
	},
	cases: {
		'vanke-property-services':
			'A developer sells a home once, but its property-management arm serves the owner every day. Good service makes owners buy from the developer again when they move, recommend it to friends, and lets its homes sell — and resell — for more.'
	},
	groups: {
		main: 'The main product: expensive, bought rarely',
		complement: 'The complement: cheap, paid for often',
		effects: 'What the complement changes',
		valuation: 'Discounting and horizon'
	},
	fields: {
		price: 'Price of the main product',
		mainMargin: 'Gross margin on the main product',
		repurchase: 'Chance an owner buys the next one from you',
		cycle: 'Years between purchases',
		referrals: 'Friends referred per owner per year',
		conversion: 'Share of referred friends who buy',
		fee: 'Complement fee per month',
		feeMargin: 'Margin on the complement',
		repurchaseUplift: 'Rise in the repurchase chance (percentage points)',
		referralsUplift: 'Extra referrals per owner per year',
		conversionUplift: 'Rise in referral conversion (percentage points)',
		premium: 'Price premium on the main product',
		discount: 'Discount rate per year',
		years: 'Horizon'
	},
	hints: {
		price: 'What a customer pays for one unit of the main product, such as a flat.',
		mainMargin: 'Share of the price left after building and selling costs.',
		repurchase:
			'At each move, the chance the owner buys from you again; a second repurchase needs a second yes.',
		cycle: 'How long an owner keeps one before buying the next.',
		referrals: 'Recommendations an owner makes in a year, without the complement.',
		conversion: 'Of those friends, the share who buy.',
		fee: 'For a home: the monthly property-management fee.',
		feeMargin: 'Share of the fee the service keeps as profit.',
		repurchaseUplift: 'Owners who like the service come back more often.',
		referralsUplift: 'Satisfied owners recommend more.',
		conversionUplift: 'Friends can see the service for themselves, so more of them buy.',
		premium:
			'Buyers pay more for a home with good management, new and on resale; it applies to every purchase counted here.',
		discount: 'Money later is worth less today: a cash flow t years away is divided by (1 + i)^t.',
		years: 'How many years of one customer’s relationship to count.'
	},
	result: {
		label: 'What the complement adds to CLV',
		detail: (without: string, withComplement: string) =>
			`Per buyer: ${without} without the complement, ${withComplement} with it.`,
		relative: (share: string) => `That is ${share} more.`
	},
	figures: {
		without: 'CLV per buyer without the complement',
		with: 'CLV per buyer with the complement',
		complementYear: 'Complement margin per owner per year',
		mainMargin: 'Margin on one purchase of the main product'
	},
	chart: {
		heading: 'Where the value comes from',
		title: 'CLV per buyer by source, without and with the complement',
		summary: (without: string, withComplement: string, biggest: string) =>
			`CLV rises from ${without} to ${withComplement}; the largest single gain comes from ${biggest}.`,
		scenario: 'Scenario',
		without: 'Without the complement',
		with: 'With the complement',
		sources: {
			main: 'First purchase',
			repurchase: 'Repeat purchases',
			complement: 'Complement margin (cross-sell)',
			referrals: 'Referred buyers',
			premium: 'Price premium'
		},
		note: 'Referred buyers are counted for their first purchase only; the referral multiplication calculator follows them further.'
	},
	summary: {
		relative: 'Gain relative to CLV without the complement',
		bySource: 'CLV with the complement, by source'
	},
	gain: {
		heading: 'What the gain is made of',
		item: (amount: string, share: string) => `${amount} (${share} of the gain)`,
		none: 'The complement changes nothing here.'
	},
	facts: {
		heading: 'About the Vanke example',
		note: 'These facts come from the case; the calculator’s inputs are illustrative.',
		'vanke-services-revenue-2018': (amount: number) =>
			`In 2018 Vanke’s property services became the first firm in China’s property-management industry with revenue above RMB ${amount / 1e9} billion.`,
		'vanke-services-top-ranking-2019': (years: number) =>
			`In 2019 it topped the industry’s ranking of the hundred best property-services firms for the ${years === 10 ? 'tenth' : `${years}th`} year running.`,
		'vanke-premium-new-and-resale':
			'Vanke homes sell for more than comparable projects nearby, and buyers still pay a premium for them on resale years later, largely for the management.',
		'vanke-owners-refer-and-rebuy':
			'Many owners buy Vanke again when they move, and recommend it to friends — unpaid salespeople.'
	},
	steps: {
		without: 'Without the complement',
		with: 'With the complement',
		difference: 'The difference',
		names: {
			discountedRepurchases: 'Expected repeat purchases, discounted',
			discountedOwnerYears: 'Expected years as an owner, discounted',
			main: 'Margin on the first purchase',
			repurchase: 'Margin on repeat purchases',
			referrals: 'Margin on referred buyers’ purchases',
			complement: 'Margin on the complement',
			premium: 'Price premium on every purchase',
			clv: 'CLV per buyer',
			difference: 'What the complement adds'
		}
	},
	/** How the sources are named inside formulas. */
	symbols: {
		main: 'first',
		repurchase: 'repeat',
		referrals: 'referred',
		complement: 'service',
		premium: 'premium'
	},
	legend: {
		P: 'price of the main product',
		g_m: 'margin on the main product',
		q: 'repurchase chance',
		'q′': 'repurchase chance with the complement',
		Y: 'years between purchases',
		k: 'repeat purchase number',
		j: 'year within a cycle',
		i: 'discount rate per year',
		D: 'discounted expected repeat purchases',
		'D′': 'the same with the complement',
		A: 'discounted expected years as an owner',
		'A′': 'the same with the complement',
		ρ: 'referrals per owner per year',
		'ρ′': 'referrals with the complement',
		κ: 'share of referrals who buy',
		'κ′': 'that share with the complement',
		f: 'complement fee per month',
		g_c: 'margin on the complement',
		π: 'price premium',
		first: 'margin on the first purchase',
		repeat: 'margin on repeat purchases',
		referred: 'margin on referred buyers',
		service: 'margin on the complement',
		premium: 'price premium earned',
		CLV: 'CLV without the complement',
		'CLV′': 'CLV with the complement'
	} as Record<string, string>
};

export default complement;
