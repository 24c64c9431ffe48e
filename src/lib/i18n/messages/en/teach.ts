/**
 * Teach page: ready-to-present class cases. `cases[calculator][preset]` gives each case a short
 * title and a one-line teaching note; the Teach page links every case listed here to its
 * calculator with the preset applied, in presentation mode. Add a calculator's cases here (and in
 * zh/teach.ts) to list them.
 */
const teach = {
	presentHeading: 'Ready-to-present class cases',
	presentIntro:
		'Each link opens a calculator with one of the articles’ cases loaded, straight into presentation mode: large type, high contrast, nothing but the subject. The arrow keys step through the sections, Esc leaves. Show the QR code so the room can open the same case on their phones.',
	present: 'Present',
	presentCase: (title: string) => `Present: ${title}`,
	cases: {
		clv: {
			'textbook-example': {
				title: 'The textbook example',
				note: 'Start here: m = 100, r = 80%, i = 12%, no end date. Have the room guess which timing convention gives the most, then reveal 350, 250 and 312.5 and write the identities: 250 = 350 − 100, 312.5 = 350 ÷ 1.12.'
			},
			'airline-frequent-flyer': {
				title: 'Airline frequent flyer',
				note: 'Big spend, thin margin: ask which matters more, a point of margin or a point of retention, then pull both levers.'
			},
			'credit-card-holder': {
				title: 'Credit-card holder',
				note: 'Loyal and cheap to win: find the payback year on the chart, then raise the acquisition cost until it disappears.'
			},
			'gap-shopper': {
				title: 'GAP shopper',
				note: 'Quarterly periods: switch the time unit to years, see how spend and retention are converted, and discuss why the value moves only a little.'
			},
			'car-buyer': {
				title: 'Car buyer over a lifetime',
				note: 'The famous “lifetime” figure: compare the undiscounted sum with the discounted one and discuss which a manager should use.'
			},
			'supermarket-regular': {
				title: 'Supermarket regular',
				note: 'Small baskets every month: have the room guess how much three years of value grow when monthly retention goes from 93% to 95%, then move the slider (about a quarter). The headline ¥2,143 is her current value less the ¥40 welcome coupon.'
			}
		},
		lifecycle: {
			relationship: {
				title: 'A relationship from exploration to decline',
				note: 'Profit rises and falls with the relationship: before showing the value table, ask which stage’s customer is worth most today, and why one in decline is worth so little.'
			},
			telecom: {
				title: 'Telecom customers with win-back',
				note: 'The handset subsidy makes new customers lose money: find when cumulative profit turns positive, then set the discount rate to 0% and ask why win-back leaves no finite lifetime value.'
			},
			'retail-recency': {
				title: 'Retail shoppers: active, silent, dormant, lost',
				note: 'Press Play and let the room watch customers drain towards Lost; then ask whether a reminder costing 2 a month per Dormant customer for the first 6 months pays before revealing its ROI (about 367%, as in the lifecycle article).'
			},
			crm: {
				title: 'CRM stages with key follow-up',
				note: 'Compare what a loyal and a key-follow-up customer are worth, ask what the salesperson’s extra time has to achieve, then run the campaign on Key follow-up and read its return.'
			},
			'pfeifer-carraway': {
				title: 'Pfeifer & Carraway’s mail-order customers',
				note: 'The paper’s own numbers: a customer whose last purchase was four years ago has a negative value. Should the firm stop mailing them?'
			}
		},
		points: {
			'airline-alliance': {
				title: 'Airline miles, spendable across the alliance',
				note: 'Most miles get used, after a long wait: compare the liability line with the CLV gain and ask which of the two the finance director sees.'
			},
			'cobranded-credit-card': {
				title: 'Co-branded credit card',
				note: 'Points that never expire: switch on a 12-month expiry and ask whether the saving is worth the loyalty it costs.'
			},
			'gap-vouchers': {
				title: 'GAP vouchers that lapse after a year',
				note: 'Switch expiry to “never”: the liability grows, and so does CLV — the case for points as an investment, in one click.'
			}
		},
		complement: {
			'vanke-property-services': {
				title: 'Vanke homes and property services',
				note: 'The fee itself earns little: ask the room where the extra value comes from before showing the stacked bars.'
			}
		},
		transactions: {
			cdnow: {
				title: 'CDNOW: real customers, real holdout',
				note: 'Load the example, then ask the room to predict how many repeat purchases the 2,357 customers made in the 39 holdout weeks before showing the tracking chart; end on a customer with many purchases and a long silence.'
			}
		},
		club: {
			'premium-car-club': {
				title: 'Premium car owners’ club',
				note: 'Find the payback year, then halve the retention effect and see whether the club still pays.'
			},
			'business-school-alumni': {
				title: 'Business-school alumni association',
				note: 'Cheap because alumni run it themselves: raise the club cost tenfold and watch ROI and payback.'
			}
		},
		subscription: {
			'fh-regular': {
				title: 'Subscribers whose retention rises',
				note: 'Before opening the charts, ask how many of 1,000 subscribers are left after 12 years if about a fifth leave every year; then show the sBG’s projection from years 1–7 against what happened (173) and against the shortcut, which ends up missing about two-thirds of the base’s value.'
			},
			'fh-high-end': {
				title: 'High-end subscribers: a smaller gap',
				note: 'Compare with the regular customers: the shortcut misses about two-fifths of this base’s value instead of two-thirds. Ask why: how much customers differ (α + β) decides how fast retention rises.'
			}
		},
		referral: {
			'software-vendor': {
				title: 'Software vendor and the design firm, five years',
				note: 'Year 1 loses money: ask the room when the firm pays off, then set the cycle time to 2 years — K stays the same, yet the multiplier drops. Why?'
			},
			'software-chain': {
				title: 'Software vendor: when referred customers refer too',
				note: 'K = 0.5 × 20% ÷ (1 − 75%) = 0.4 for everyone: ask how many customers one advertising-won customer leads to in all (1 ÷ 0.6 ≈ 1.67), then raise the conversion to 50% so that K reaches 1 and the chain no longer dies out.'
			},
			'subscription-app': {
				title: 'Subscription app: referrals or retention?',
				note: 'Let the room bet on +10% recommendations or +1 point of monthly retention before opening the levers; retention wins by a wide margin.'
			},
			'b2b-services': {
				title: 'B2B services firm: rare but valuable introductions',
				note: 'Here recommendations narrowly beat retention as a lever; then double the cycle time and watch about a quarter of the referral value disappear.'
			},
			'premium-car': {
				title: 'Premium car brand: slow word of mouth',
				note: 'A two-year cycle and 10% conversion add only about a sixth to an owner’s value: ask what a referral programme should change first, then try each lever.'
			}
		},
		segments: {
			'online-shop': {
				title: 'Online shop: who brings the profit?',
				note: 'Let the room guess the top 20%’s share of profit before revealing it; then raise loss-makers to 30% and ask why gold’s share goes up.'
			},
			supermarket: {
				title: 'Supermarket members',
				note: 'Thin baskets and many coupon hunters: untick “every loss-maker is pressure” and ask who the stream customers really are.'
			},
			'b2b-distributor': {
				title: 'B2B distributor',
				note: 'A few big accounts carry the business: read the 80/20 sentence, then set the correlation to 0 and watch the gold segment thin out.'
			},
			'subscription-app': {
				title: 'Subscription app',
				note: 'Similar monthly payments, very different tenures: profit is far less concentrated. Why does 80/20 not hold here?'
			}
		}
	} as Record<string, Record<string, { title: string; note: string }>>
};

export default teach;
