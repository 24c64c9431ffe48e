/** Strings of the points-programme calculator. */
const points = {
	title: 'Points programme calculator',
	intro:
		'What a points programme costs per member, the points liability it builds up, and whether it pays for itself through members who stay longer and spend more. Both ledgers side by side: the accountant’s liability and the investment in customer lifetime value.',
	presets: {
		'airline-alliance': 'Airline frequent-flyer programme (alliance redemption)',
		'cobranded-credit-card': 'Co-branded credit card',
		'gap-vouchers': 'GAP: points for vouchers, expiring after about a year'
	},
	cases: {
		'airline-alliance':
			'Miles earned on every flight buy upgrades, tickets and goods in a points mall, and can be spent on any airline of the alliance — China Eastern members redeem across SkyTeam — so most get used. Here they lapse after three years.',
		'cobranded-credit-card':
			'Card points buy flights, lounge access and goods in the bank’s points mall and never expire. The bank keeps only a thin margin on card spending, and a long spending and repayment record makes switching banks costly.',
		'gap-vouchers':
			'Members sign up with a phone number; points mostly buy 10%-off vouchers that stack with other discounts, which a high-margin, fast-fashion business can afford. Points lapse after about a year — clearing a “liability” that the case argues is really an investment in the customer.'
	},
	groups: {
		members: 'Your members without the programme',
		programme: 'The programme',
		effects: 'What you expect it to do'
	},
	fields: {
		spend: (unit: string) => `Spend per member per ${unit}`,
		margin: 'Gross margin on spend',
		retention: (unit: string) => `Retention per ${unit}`,
		discount: 'Discount rate per year',
		years: 'Horizon',
		earn: (one: string) => `Points earned per ${one} spent`,
		pointValue: 'Cost of a point when redeemed',
		redemption: 'Redemption rate if points never expired',
		expires: 'Do points expire?',
		never: 'Never',
		after: 'After a number of months',
		expiry: 'Points expire after',
		lag: 'Average wait from earning to redeeming',
		running: (unit: string) => `Running cost per member per ${unit}`,
		retentionUplift: (unit: string) => `Rise in retention per ${unit} (percentage points)`,
		spendUplift: 'Rise in spend (more frequent or bigger purchases)',
		balanceEffect: 'Share of the retention effect that depends on the points balance'
	},
	hints: {
		spend: 'Revenue from an active member in one period.',
		margin: 'Share of that spend left after direct costs.',
		retention: (annual: string) => `Members still active one period later. ${annual} a year.`,
		discount: (perPeriod: string, unit: string) => `Compounded: ${perPeriod} per ${unit}.`,
		years: 'How far ahead to count, from the member’s enrolment.',
		earn: 'Points (miles) credited for each unit of money spent.',
		pointValue: 'What one redeemed point costs you: the ticket, voucher or goods it buys.',
		redemption:
			'The rest is breakage: points never used. Alliance redemption and a points mall push this up.',
		expiry: 'The same rule is compared with “never” below.',
		lag: 'Members save up before they redeem; the reward cost is paid that much later.',
		running: 'IT, staff, statements and partner fees, apart from the rewards themselves.',
		retentionUplift:
			'How many more members per hundred stay each period because of the programme. This is your assumption; the break-even uplift shows how much is needed.',
		spendUplift: 'Members who collect points come more often and buy more each time.',
		balanceEffect:
			'Members stay partly to keep their points. Expiry shrinks balances, and with them this part of the effect.'
	},
	result: {
		label: 'Net effect on CLV per member',
		detail: (without: string, withProgramme: string, years: string) =>
			`CLV goes from ${without} without the programme to ${withProgramme} with it over ${years}, after rewards and running costs, per member enrolled today.`
	},
	breakEven: {
		heading: 'Break-even retention uplift',
		found: (needed: string, unit: string) =>
			`The programme pays for itself once it lifts retention by ${needed} per ${unit}.`,
		clears: (assumed: string) => `You assume ${assumed}: enough.`,
		short: (assumed: string) => `You assume ${assumed}: not enough.`,
		notNeeded: (net: string) =>
			`No retention effect is needed: the extra spend alone pays for the programme, adding ${net} per member even if nobody stays longer.`,
		none: (max: string) =>
			`No retention uplift pays for it: even keeping every member (an uplift of ${max}) leaves CLV below what it is without the programme. Cut the reward or running cost, or find a bigger spending effect.`,
		expiryNote:
			'Under expiry only part of any uplift survives (see the balance share), and the break-even is stated before that loss, like your input.'
	},
	figures: {
		costPerMember: (unit: string) => `Programme cost per member per ${unit}`,
		costShare: (share: string) => `${share} of spend`,
		breakage: 'Breakage: points never redeemed',
		retentionWith: 'Retention with the programme',
		effectiveUplift: (uplift: string) => `${uplift} after expiry`,
		programmeCost: 'Programme cost, present value per member',
		peakLiability: 'Peak points liability per member',
		peakIn: (when: string) => `reached in ${when}`,
		liabilityEnd: 'Points liability at the end of the horizon'
	},
	summary: {
		clvWithout: 'CLV without the programme',
		clvWith: 'CLV with the programme',
		costPerYear: 'Programme cost per member per year',
		breakEven: 'Break-even retention uplift per year (points)',
		retentionYear: 'Retention per year with the programme',
		gainByYear: 'Cumulative CLV gain by year',
		year: 'Year'
	},
	timeline: {
		heading: 'A liability or an investment?'
	},
	expiry: {
		heading: (months: string) => `What expiry changes: never versus after ${months}`
	}
};

export default points;
