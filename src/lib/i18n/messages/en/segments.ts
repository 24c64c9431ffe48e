/** Strings of the customer segmentation calculator. */

const segments = {
	title: 'Customer segmentation calculator',
	intro:
		'Sort customers by how much profit each purchase leaves and how often they buy, into gold, comet, stream and pressure customers; see how few customers bring most of the profit; and get a suggested treatment for each group. Start from a generated sample, or analyse a table of your own customers.',
	inputsHeading: 'Your customers',
	sample: {
		legend: 'Generated sample',
		note: 'A made-up customer base drawn from these settings. The same settings and seed always give the same customers.',
		disabled: 'Not used while your own table is shown.',
		more: 'More sample settings',
		another: 'Draw another sample'
	},
	fields: {
		count: 'Number of customers',
		seed: 'Seed',
		profit: 'Median profit per purchase',
		profitSpread: 'Spread of profit per purchase',
		repeats: 'Median repeat purchases',
		frequencySpread: 'Spread of purchase frequency',
		correlation: 'Correlation of profit and frequency',
		pressureShare: 'Share of loss-making customers',
		pressureLoss: 'Loss per purchase of a loss-maker',
		windowDays: 'Length of the period'
	},
	hints: {
		count: 'How many customers the sample has.',
		seed: 'The same seed and settings give the same customers on every computer, so a class sees the same picture.',
		profit: 'For customers who make you money: half earn more per purchase, half less.',
		profitSpread:
			'How unequal profit per purchase is. 0: everyone the same; 1 or more: a few customers earn many times the typical one.',
		repeats: 'Purchases after the first one, within the period, for the typical customer.',
		frequencySpread:
			'How unequal purchase frequency is. 0: everyone buys equally often; higher: a few buy very often.',
		correlation:
			'Do customers who leave more per purchase also buy more often? 1: always; 0: unrelated; −1: the opposite.',
		pressureShare:
			'Customers who only buy when a deep discount pushes the price below cost, so every purchase loses money.',
		pressureLoss:
			'What a loss-maker costs you per purchase, as a share of what a profitable customer earns you.',
		windowDays: 'The period the data covers; it sets how long ago each customer last bought (RFM).'
	},
	units: { days: 'days', purchases: 'purchases' },
	thresholds: {
		legend: 'Where the segments split',
		pressure: 'Pressure: profit per purchase at or below',
		pressureHint:
			'Customers who leave this much or less on each purchase are pressure customers, however often they buy. At 0: those who lose money or only break even.',
		profit: 'Gold rather than stream: more per purchase than',
		frequency: 'Frequent: more purchases than',
		useMedian: (median: string) => `Follow the median (${median})`,
		profitHint:
			'Among frequent customers above the pressure line, those at or below this are stream customers: loyal, but with a small profit each time.',
		frequencyHint:
			'Customers at or below this buy rarely: comets if they leave more than the pressure line.'
	},
	source: {
		sample: (count: string, seed: string) =>
			`Showing a generated sample of ${count} customers (seed ${seed}).`,
		table: (count: string) => `Showing your own table: ${count} customers.`,
		back: 'Back to the generated sample'
	},
	result: {
		label: 'Share of profit from gold customers',
		detail: (count: string, share: string, profit: string, net: string) =>
			`${count} gold customers (${share} of all) bring ${profit} of the ${net} net profit.`,
		none: 'No net profit',
		noneDetail:
			'Taken together these customers lose money, so no share of profit can be given. The segment table still shows what each group earns or loses.'
	},
	steps: {
		heading: 'The arithmetic',
		'segments.threshold.profitPerTransaction':
			'Profit threshold: the median profit per purchase (customers sorted by it)',
		'segments.threshold.transactions':
			'Frequency threshold: the median number of purchases (customers sorted by it)',
		'segments.profitShare.gold': 'Gold customers’ share of net profit',
		'pareto.topShare': 'Share of the profit earned that the top 20% bring',
		'generate.meanProfitPerTransaction':
			'Why the average profitable customer looks better than the typical one: mean = median × e^(σ²/2)'
	},
	legend: {
		orderProfit: (k: string) =>
			`profit per purchase of customer no. ${k}, counting from the lowest`,
		orderCount: (k: string) => `purchases of customer no. ${k}, counting from the fewest`,
		segmentCount: 'customers in the segment',
		allCount: 'all customers',
		segmentProfit: 'profit of the segment’s customers',
		netProfit: 'net profit of all customers',
		topProfit: (k: string) => `profit of the best ${k} customers`,
		earnedProfit: 'profit of every customer who made one (losses as zero)',
		part: 'the part of the next customer that falls inside the top 20%',
		nextProfit: 'that next customer’s profit',
		median: 'median profit per purchase',
		spread: 'spread (σ of its logarithm)',
		e: 'Euler’s number, 2.718…'
	},
	segments: {
		gold: {
			name: 'Gold',
			description: 'Stay for the long run and leave a good profit on every purchase.'
		},
		comet: {
			name: 'Comet',
			description: 'Profitable when they buy, but keep trying other firms and come back rarely.'
		},
		stream: {
			name: 'Stream',
			description: 'Loyal and frequent, but each purchase leaves only a small profit.'
		},
		pressure: {
			name: 'Pressure',
			description:
				'Shop around and buy only when the price has been pushed to a thin margin or below cost.'
		}
	},
	treatments: {
		heading: 'What to do with each segment'
	},
	plot: {
		heading: 'The quadrant'
	},
	pareto: {
		heading: 'Who brings the profit: the 80/20 check',
		chart: 'Cumulative share of profit, best customers first',
		xTitle: 'Best customers, share of all'
	},
	rfm: {
		heading: 'RFM scores'
	},
	membership: {
		button: 'Download each customer’s segment (CSV)',
		file: 'customer-segments',
		note: 'One row per customer: id, segment and RFM code, with the purchases and profit the segment comes from. Open it in a spreadsheet to act on the lists.',
		headers: {
			id: 'Customer id',
			segment: 'Segment',
			rfm: 'RFM code',
			transactions: 'Purchases',
			profit: 'Total profit',
			perPurchase: 'Profit per purchase'
		}
	},
	summary: {
		topShare: 'Share of profit from the top 20% of customers',
		segmentShare: (name: string) => `${name} customers, share of all`,
		netProfit: 'Net profit of all customers',
		customers: 'Customers in the sample'
	},
	presets: {
		'online-shop': 'Online shop (500 customers)',
		supermarket: 'Supermarket (2,000 members)',
		'b2b-distributor': 'B2B distributor (300 accounts)',
		'subscription-app': 'Subscription app (5,000 subscribers)'
	}
};

export default segments;
