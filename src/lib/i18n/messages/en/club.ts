/** Strings of the customer-club calculator. */
const club = {
	title: 'Customer club calculator',
	intro:
		'An owners’ club or an alumni association costs money every year. Does it earn that back through more after-sales business, members who stay longer, and friends they bring in? The club’s return on investment and the year it pays back, per member, in today’s money.',
	presets: {
		'premium-car-club': 'Premium car owners’ club',
		'business-school-alumni': 'Business-school alumni association'
	},
	cases: {
		'premium-car-club':
			'Owners of a premium car (think Porsche or NIO) join the brand’s club for the identity and the company. Active members keep servicing their cars at the brand — a steady cash flow — stay with it for the next car, and sell it to friends in the same circle.',
		'business-school-alumni':
			'Alumni of an executive programme (think CEIBS or CKGSB) run much of their association themselves, so it costs the school little. They come back for further courses and send colleagues and friends to enrol.'
	},
	groups: {
		club: 'The club',
		customers: 'Your customers without the club',
		effects: 'What the club changes',
		valuation: 'Discounting and horizon'
	},
	fields: {
		cost: 'Club cost per member per year',
		afterSales: 'After-sales revenue per customer per year',
		afterSalesMargin: 'Margin on after-sales revenue',
		otherMargin: 'Other margin per customer per year',
		retention: 'Retention per year',
		referrals: 'Referred buyers per customer per year',
		referralValue: 'Profit from one referred buyer',
		afterSalesUplift: 'Rise in after-sales revenue among members',
		retentionUplift: 'Rise in retention (percentage points)',
		referralsUplift: 'Extra referred buyers per member per year',
		discount: 'Discount rate per year',
		years: 'Horizon'
	},
	hints: {
		cost: 'Events, staff, venues and gifts, divided by the active members.',
		afterSales: 'Maintenance and parts for a car; further courses for a school.',
		afterSalesMargin: 'Share of after-sales revenue kept as profit.',
		otherMargin:
			'Anything else a customer earns you in a year, e.g. the next car spread over the years.',
		retention: 'Customers still with the brand a year later.',
		referrals: 'Friends a customer brings in who buy, per year, without the club.',
		referralValue: 'The margin on a referred friend’s purchase (a car, a programme).',
		afterSalesUplift: 'Members who drive and meet often service more at the brand.',
		retentionUplift: 'Members who feel part of the circle stay longer.',
		referralsUplift: 'Members show the club off to friends and bring more of them in.',
		discount: 'Money later is worth less today: a cash flow t years away is divided by (1 + i)^t.',
		years: 'How many years of a member’s relationship to count.'
	},
	result: {
		label: 'Club ROI',
		undefined: 'Not defined',
		ratioDetail: (net: string, gain: string, cost: string) =>
			`Net value ${net} per member: ${gain} of extra profit against ${cost} of club cost, both in today’s money.`,
		undefinedDetail: (net: string) =>
			`The club costs nothing, so there is nothing to divide by and ROI has no value. Its net value is ${net} per member.`
	},
	payback: {
		heading: 'Payback',
		year: (year: number) =>
			`The club pays back in year ${year}: from then on, the extra profit so far exceeds its cost so far.`,
		never: (years: string) =>
			`The club does not pay back within ${years}: its extra profit never catches up with its cost.`,
		free: 'Nothing to pay back: the club costs nothing.',
		marker: (year: number) => `Payback: year ${year}`
	},
	figures: {
		incremental: 'Extra profit per member, present value',
		clubCost: 'Club cost per member, present value',
		netValue: 'Net value per member',
		retentionWith: 'Retention of members',
		marginWith: 'Margin per member per year',
		marginWithout: (amount: string) => `${amount} without the club`
	},
	effects: {
		heading: 'What each effect is worth on its own',
		body: 'Extra profit per member (present value) with only one of the club’s effects switched on. They overlap, so they do not add up exactly to the total: a member who stays longer also services and refers for longer.',
		afterSales: 'More after-sales business',
		retention: 'Members stay longer',
		referrals: 'More referred buyers'
	},
	chart: {
		heading: 'When does the club pay back?',
		title: 'Cumulative club cost and extra profit per member, present value',
		cost: 'Cumulative club cost',
		profit: 'Cumulative extra profit',
		summary: (profit: string, cost: string, years: string, payback: string) =>
			`After ${years}, the extra profit adds up to ${profit} against ${cost} of cost. ${payback}`
	},
	summary: {
		paybackYear: 'Payback year',
		netByYear: 'Cumulative extra profit minus club cost, by year'
	},
	steps: {
		'club.marginWithout': 'Margin per customer per year without the club',
		'club.marginWith': 'Margin per member per year with the club',
		'club.retentionWith': 'Retention of members',
		'club.profitWithout': 'Profit per customer without the club, present value',
		'club.profitWith': 'Profit per member with the club, present value',
		'club.incrementalProfit': 'Extra profit from the club',
		'club.cost': 'Club cost, present value',
		'club.netValue': 'Net value of the club',
		'club.roi': 'Return on the club’s cost'
	} as Record<string, string>,
	legend: {
		M: 'after-sales revenue per year',
		g_a: 'margin on after-sales revenue',
		Δa: 'rise in after-sales revenue',
		m_o: 'other margin per year',
		ρ: 'referred buyers per year',
		Δρ: 'extra referred buyers per year',
		V: 'profit from one referred buyer',
		r: 'retention without the club',
		Δr: 'rise in retention',
		'r′': 'retention of members',
		'm₀': 'margin per year without the club',
		'm₁': 'margin per year with the club',
		C: 'club cost per member per year',
		i: 'discount rate per year',
		t: 'year',
		'Π₀': 'profit without the club',
		'Π₁': 'profit with the club',
		ΔΠ: 'extra profit from the club',
		K: 'club cost, present value'
	} as Record<string, string>
};

export default club;
