/**
 * Words of the segmentation calculator that only its sections below the inputs show (your own
 * table, plot, segment table, treatments, Pareto curve, RFM): they load when a section wakes
 * (issue 20).
 */
import type { TableProblem } from '$lib/calculators/segments/table';

/** Why a row of the reader's table was left out; `column` names the cell's column. */
const reasons: Record<TableProblem, (column: string) => string> = {
	'missing-customer': (column) => `The ${column} cell is empty.`,
	'missing-value': (column) => `The ${column} cell is empty.`,
	'bad-number': (column) => `The ${column} cell is not a number.`,
	'fractional-frequency': (column) =>
		`The ${column} cell counts purchases, so it must be a whole number.`,
	'negative-value': (column) => `The ${column} cell cannot be negative.`,
	'recency-after-age': () =>
		'recency is larger than T: the last purchase cannot come after the end of the data.',
	'duplicate-customer': () =>
		'This id already appeared on an earlier line; the earlier row is used.'
};

/** Why a whole table could not be read. */
const errors = {
	binary:
		'This file is not a text table: it looks like a picture, an archive or a program. Open a CSV file.',
	spreadsheet:
		'This is an Excel workbook (.xlsx or .xls), which cannot be read here. In Excel, choose File › Save As › CSV, then open the CSV file.',
	empty: 'There is nothing to read yet. Paste a table or open a file.',
	'header-only': 'The table has a header row but no customers under it.',
	'unbalanced-quote': (line: string) =>
		`A quotation mark on line ${line} is never closed, so the rows after it cannot be told apart. Remove the stray " or close it on the same line.`
};

const segmentsSections = {
	treatments: {
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
			long: 'They lose money or only break even on each purchase. Stop the deep discounts that draw them in, cut what it costs to serve them, or let them leave. More price cuts only deepen the loss.'
		},
		'stop-discounting': {
			short: 'Stop discounting, but keep them',
			long: 'Their margin is thin, yet each purchase still makes money, so losing them would lower profit. End the deep discounts, serve them through the cheapest channel, and keep them as long as they stay above zero.'
		},
		'sort-out-losses': {
			short: 'Tell loss-makers from thin margins',
			long: 'Your line takes in two kinds of customer. Those who lose money or only break even on each purchase: stop the deep discounts that draw them in, cut the cost to serve them, or let them go. Those who still make a little: end the discounts but keep them, since losing them would lower profit. The list of each customer’s segment (the download above) gives their profit per purchase, to sort them by.'
		},
		split: (losing: string, thin: string) =>
			`${losing} of them lose money or only break even on each purchase; ${thin} still make a little.`
	},
	plot: {
		title: 'Customers by number of purchases and profit per purchase',
		desc: (n: string, frequency: string, profit: string, pressure: string, counts: string) =>
			`Scatter plot of ${n} customers. Across: purchases in the period; up: profit per purchase. Customers at or below ${pressure} per purchase are pressure customers. Above that line, a vertical line at ${frequency} purchases separates comets (to its left) from frequent customers, and among these a line at ${profit} per purchase separates gold (above) from stream. Segments: ${counts}. The table below gives the same figures.`,
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
		summary: (share: string) =>
			`The curve climbs steeply at first: the best 20% of customers bring ${share} of the profit. The diagonal shows what equal customers would bring.`,
		earned: 'Share of profit earned (losses as zero)',
		netSeries: 'Share of net profit (after losses)',
		equal: 'If every customer brought the same',
		marker: 'top 20%'
	},
	rfm: {
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
			'One row per customer under a header row: id, transactions (purchases in the period), profit (total profit from that customer in the period; a loss is negative) and, if you have it, recency_days (days since the last purchase, for RFM). Chinese headers (编号, 交易次数, 利润, 最近购买天数) work too, and so do the usual RFM names (customer_id, recency, frequency, monetary: a monetary column is used when there is no profit column). Columns may be separated by commas, semicolons or tabs, and numbers may use a decimal point or a decimal comma. A customer summary from the lifetimes or BTYD packages (frequency, recency, T, monetary_value) is recognised and converted.',
		paste: 'Paste your table (CSV)',
		file: 'Or open a CSV file',
		analyse: 'Analyse this table',
		example: 'Download an example CSV',
		fillExample: 'Put the example in the box',
		exampleFile: 'customers-example.csv',
		reading: (percent: string) => `Reading the table… ${percent}`,
		readFailed: 'The table could not be read in this browser. Try saving it again as CSV (UTF-8).',
		pasteTooLarge: (size: string, lines: string) =>
			`That is ${size} characters of text (${lines} lines). Up to 2 million characters can be pasted here, room for the 10,000 customers this page reads. Save a larger table as a CSV file and open it instead.`,
		fileTooLarge: (size: string) =>
			`This file is ${size}; files up to 20 MB can be read here (the page reads the first 10,000 customers).`,
		errors,
		report: (used: string, left: string) => `Customers read: ${used}. Rows left out: ${left}.`,
		reportAll: (used: string) => `Customers read: ${used}. No row was left out.`,
		stopped: (limit: string, line: string) =>
			`Only the first ${limit} customers are read; reading stopped at line ${line}.`,
		thresholds: 'The profit and frequency lines now follow the medians of your table.',
		convention: {
			sentence: (parts: readonly string[]) => `How the text was read: ${parts.join('; ')}.`,
			delimiter: {
				',': 'columns separated by commas',
				';': 'columns separated by semicolons',
				'\t': 'columns separated by tabs',
				'|': 'columns separated by vertical bars'
			},
			decimal: {
				point:
					'numbers with a decimal point (1,234.5 is one thousand two hundred and thirty-four and a half)',
				comma:
					'numbers with a decimal comma (1.234,5 is one thousand two hundred and thirty-four and a half)'
			},
			encoding: {
				text: 'pasted text',
				'utf-8': 'UTF-8 text',
				gb18030: 'Chinese GB18030 (GBK) text, as Excel saves it on a Chinese system',
				'utf-16le': 'UTF-16 text, as Excel saves “Unicode text”',
				'utf-16be': 'UTF-16 text, as Excel saves “Unicode text”'
			},
			switchTo: {
				point: 'Read the numbers with a decimal point instead',
				comma: 'Read the numbers with a decimal comma instead'
			}
		},
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
			'value-as-profit': (field: string, column: string) =>
				`${field}: the “${column}” column, since the table has no profit column. If it holds revenue rather than profit, the segments rank customers by revenue.`,
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
	}
};

export default segmentsSections;
