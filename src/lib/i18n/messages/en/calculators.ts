/** Names and one-line summaries of the calculators, keyed by calculator id. */
const calculators = {
	clv: {
		title: 'Customer lifetime value',
		summary:
			'Every textbook CLV formula on the same inputs, with the arithmetic shown, the payback point and which lever is worth most.'
	},
	lifecycle: {
		title: 'Customer lifecycle simulator',
		summary:
			'A Markov chain of lifecycle stages: a state diagram you can edit, a cohort followed month by month, lifetime value by stage, a Monte-Carlo check and what a campaign would return.'
	},
	subscription: {
		title: 'Subscription retention',
		summary:
			'Paste a cohort table and fit the shifted-beta-geometric model: why retention rises with tenure, CLV of a new and a renewed customer, the value of the whole base, and how much a constant churn rate under-values it.'
	},
	referral: {
		title: 'Referral multiplication',
		summary:
			'One customer buys, buys more, buys other products and brings in others who do the same: the value multiplier, K and 1/(1 − K), the referral tree by generation and a Monte-Carlo band.'
	},
	segments: {
		title: 'Customer segmentation',
		summary:
			'Gold, comet, stream and pressure customers by profit per purchase and frequency, the 80/20 check, a treatment for each group and RFM scores, on a generated sample or your own table.'
	},
	points: {
		title: 'Points programme',
		summary:
			'Cost per member, breakage and the points liability against the CLV a programme earns back; the break-even retention uplift and what an expiry rule changes. Airline, co-branded card and GAP presets.'
	},
	complement: {
		title: 'Complementary product',
		summary:
			'A cheap, frequent service beside an expensive, rarely bought product: CLV with and without it, split into own purchases, repeat purchases, cross-sell, referrals and the price premium. Vanke preset.'
	},
	transactions: {
		title: 'Predict from your transactions',
		summary:
			'Your own transaction log in, predictions per customer out: BG/NBD, Pareto/NBD and Gamma-Gamma fitted in the browser, P(alive), expected purchases and CLV with a range, checked on a holdout. CDNOW example included; nothing is uploaded.'
	},
	club: {
		title: 'Customer club',
		summary:
			'What an owners’ club or alumni association costs per member against more after-sales business, longer loyalty and referrals: ROI and the payback year. Car-club and business-school presets.'
	}
};

export default calculators;
