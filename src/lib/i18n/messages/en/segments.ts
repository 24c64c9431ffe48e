/** Strings of the customer segmentation calculator. */
import type { CsvReason } from '$lib/model/segments';

/** Why a row of the reader's table was left out; `detail` is the column, or the row limit. */
const reasons: Record<CsvReason, (detail: string) => string> = {
	'missing-column': (column) => `The ${column} cell is empty.`,
	'not-a-number': (column) => `The ${column} cell is not a number.`,
	'negative-transactions': () => 'The number of transactions cannot be negative.',
	'negative-recency': () => 'Days since the last purchase cannot be negative.',
	'recency-after-end': () =>
		'recency is larger than T: the last purchase cannot come after the end of the data.',
	'duplicate-id': () => 'This id already appeared on an earlier line; the earlier row is used.',
	'too-many-rows': (max) => `Only the first ${max} customers are read; reading stopped here.`
};

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
		legend: 'Where the quadrant splits',
		profit: 'High profit: more per purchase than',
		frequency: 'Frequent: more purchases than',
		useMedian: (median: string) => `Follow the median (${median})`,
		profitHint: 'Customers at or below this leave a small profit per purchase.',
		frequencyHint: 'Customers at or below this buy rarely.',
		lossRule:
			'Count every customer who loses money per purchase as pressure, however often they buy',
		lossRuleHint:
			'A stream customer leaves a small profit, not a loss. Untick to use the plain quadrant.'
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
			description:
				'Leave a good profit when they buy, but keep trying other firms and come back rarely.'
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
		heading: 'What to do with each segment',
		size: (count: string, share: string) => `${count} customers, ${share}`,
		'protect-and-reward': {
			short: 'Protect and reward',
			long: 'Keep them: attentive service, recognition and loyalty benefits that grow with the relationship. Losing one costs far more than winning a new customer.'
		},
		'convert-to-repeat': {
			short: 'Give them a reason to come back',
			long: 'Turn occasional buyers into regulars: a membership, points that pay off on the next purchase, a timely follow-up after each order.'
		},
		'raise-margin': {
			short: 'Raise the margin per purchase',
			long: 'Up-sell and cross-sell, suggest add-ons, and serve them through cheaper channels such as self-service or bundled deliveries.'
		},
		'cut-cost-or-let-go': {
			short: 'Cut the cost to serve, or let them go',
			long: 'Stop the deep discounts that draw them in, cut what it costs to serve them, or let them leave. More price cuts only deepen the loss.'
		}
	},
	plot: {
		heading: 'The quadrant',
		title: 'Customers by number of purchases and profit per purchase',
		desc: (n: string, frequency: string, profit: string, counts: string) =>
			`Scatter plot of ${n} customers. Across: purchases in the period; up: profit per purchase. A vertical line at ${frequency} purchases and a horizontal line at ${profit} per purchase divide it into four segments: ${counts}. The table below gives the same figures.`,
		count: (name: string, count: string) => `${name} ${count}`,
		x: 'Purchases in the period',
		y: 'Profit per purchase',
		frequencyTick: (threshold: string) => `> ${threshold}`,
		losses: 'losses',
		legend: 'Legend',
		legendItem: (name: string, count: string) => `${name}: ${count}`,
		scaleNote:
			'Both axes are stretched (logarithmic) so that the many small customers and the few large ones fit in one picture. Customers with the same number of purchases are spread a little sideways so they do not hide each other.',
		sampled: (shown: string, total: string, stride: string) =>
			`The plot draws ${shown} of the ${total} customers (one in ${stride}); the tables count all of them.`
	},
	table: {
		caption: 'The four segments in numbers (the text version of the plot)',
		segment: 'Segment',
		customers: 'Customers',
		customerShare: 'Share of customers',
		profit: 'Total profit',
		profitShare: 'Share of net profit',
		treatment: 'Suggested treatment',
		all: 'All customers',
		noShare: 'Shares of profit need a positive net profit; these customers lose money together.',
		negativeShare: 'A negative share is a loss that the other segments’ profit has to cover.'
	},
	pareto: {
		heading: 'Who brings the profit: the 80/20 check',
		sentence: (top: string, share: string) =>
			`The top ${top} of customers bring ${share} of profit.`,
		more: 'That is even more concentrated than the 80/20 rule of thumb.',
		close: 'That is close to the 80/20 rule of thumb.',
		less: (share: string) =>
			`That is less concentrated than the 80/20 rule of thumb: it takes the top ${share} of customers to bring 80%.`,
		losses: (count: string, total: string) =>
			`${count} customers lost money (${total} in all). The curve counts them as zero, so it shows shares of the profit that was earned.`,
		net: (share: string) =>
			`Measured against net profit, after those losses, the top 20% bring ${share}.`,
		overNet: ' That is more than all of it: the other customers, taken together, lose money.',
		noNet: 'Net profit is not positive, so no share of it can be given.',
		noLosses: 'No customer lost money, so the profit earned is also the net profit.',
		noProfit: 'No customer made a profit, so there is no profit to share out.',
		chart: 'Cumulative share of profit, best customers first',
		summary: (share: string) =>
			`The curve climbs steeply at first: the best 20% of customers bring ${share} of the profit. The diagonal shows what equal customers would bring.`,
		earned: 'Share of profit earned (losses as zero)',
		netSeries: 'Share of net profit (after losses)',
		equal: 'If every customer brought the same',
		xTitle: 'Best customers, share of all',
		marker: 'top 20%'
	},
	rfm: {
		heading: 'RFM scores',
		intro:
			'RFM ranks customers on three signs of a next purchase: how recently they bought (R), how often (F) and how much profit they brought (M). Each is scored 1 to 5 by fifths of the customers, 5 being the best fifth, so 555 is best on all three.',
		top: (share: string, count: string) => `${share} of customers (${count}) score 555.`,
		codes: 'The most common RFM codes',
		code: 'Code',
		customers: 'Customers',
		share: 'Share',
		bySegment: 'Average scores in each quadrant segment',
		segment: 'Segment',
		r: 'recency',
		f: 'frequency',
		m: 'monetary',
		missing: (count: string) =>
			`RFM needs the days since each customer’s last purchase, and ${count} customers in your table have none. Add a recency_days column to see RFM scores.`
	},
	own: {
		heading: 'Analyse your own customers (paste or open a CSV)',
		privacy:
			'Your table stays in this browser: it is read here and sent nowhere, and it is not saved. It is not part of the share link either; the link carries only the sample settings.',
		format:
			'One row per customer under a header row: id, transactions (purchases in the period), profit (total profit from that customer in the period; a loss is negative) and, if you have it, recency_days (days since the last purchase, for RFM). Chinese headers (编号, 交易次数, 利润, 最近购买天数) work too, and so do semicolons or tabs between columns. A customer summary from the lifetimes or BTYD packages (frequency, recency, T, monetary_value) is recognised and converted.',
		paste: 'Paste your table (CSV)',
		file: 'Or open a CSV file',
		analyse: 'Analyse this table',
		example: 'Download an example CSV',
		fillExample: 'Put the example in the box',
		exampleFile: 'customers-example.csv',
		reading: 'Reading the file…',
		readFailed: 'The file could not be read. Try saving it again as CSV (UTF-8).',
		tooLarge: (size: string) => `This file is ${size}; files up to 5 MB can be read here.`,
		report: (used: string, left: string) => `Customers read: ${used}. Rows left out: ${left}.`,
		reportAll: (used: string) => `Customers read: ${used}. No row was left out.`,
		thresholds: 'The thresholds now follow the medians of your table.',
		empty: 'There is nothing to read yet. Paste a table or open a file.',
		missing: (columns: string) =>
			`The header row has no column for: ${columns}. The first line must name the columns, for example id,transactions,profit.`,
		missingLifetimes:
			'This looks like a lifetimes or BTYD customer summary (frequency, recency, T), but it has no money column. Add monetary_value (the mean value of the repeat purchases) or profit.',
		noRows: 'None of the rows could be used; the reasons are listed below.',
		readHeading: 'How the columns were read',
		lifetimesNote:
			'This table has the frequency, recency and T columns of a lifetimes or BTYD customer summary, so it was read in that layout.',
		readAs: {
			'as-is': (field: string, column: string) => `${field}: the “${column}” column.`,
			'repeat-plus-first': (field: string, column: string) =>
				`${field}: ${column} + 1 (here ${column} counts repeat purchases only, so the first purchase is added).`,
			'end-minus-recency': (field: string, end: string, recency: string) =>
				`${field}: ${end} − ${recency}, the time from the last purchase to the end of the data, in the table’s own unit (here ${recency} is the time from the first purchase to the last; RFM scores use only the order).`,
			'mean-times-repeat': (field: string, mean: string, repeat: string) =>
				`${field}: ${mean} × ${repeat}, the value of the repeat purchases (the table has no profit column, so this is spend rather than profit).`
		},
		badRows: 'Rows left out',
		moreBad: (count: string) => `… and ${count} more rows left out.`,
		line: 'Line',
		column: 'Column',
		problem: 'Why',
		columns: {
			id: 'id',
			transactions: 'transactions',
			profit: 'profit',
			recency_days: 'recency_days'
		},
		reasons
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
