/**
 * Finding the columns a table needs by their header names, in English or Chinese, in any order.
 *
 * Names are compared after lower-casing and removing spaces, underscores, hyphens and dots, so
 * "Customer ID", "customer_id" and "customerid" are one name. Extra columns are ignored; names
 * earlier in a role's list win over later ones ("customer_id" over a bare "id", which may be an
 * order number), then the leftmost column; a caller can name the columns by position instead.
 */

/** What a column means. Log: customer, date, amount. Summary: customer, frequency, recency, age, monetary. */
export type ColumnRole =
	'customer' | 'date' | 'amount' | 'frequency' | 'recency' | 'age' | 'monetary';

/** Accepted header names per role, already normalised (see {@link normalizeHeader}). */
export const HEADER_ALIASES: Readonly<Record<ColumnRole, readonly string[]>> = {
	customer: [
		'customer',
		'customerid',
		'customerno',
		'customernumber',
		'customercode',
		'id',
		'client',
		'clientid',
		'user',
		'userid',
		'member',
		'memberid',
		'buyer',
		'buyerid',
		'account',
		'accountid',
		'客户',
		'客户编号',
		'客户id',
		'客户号',
		'客户代码',
		'顾客',
		'顾客编号',
		'顾客id',
		'会员',
		'会员编号',
		'会员id',
		'会员号',
		'用户',
		'用户id',
		'用户编号',
		'买家',
		'买家id',
		'编号'
	],
	date: [
		'date',
		'orderdate',
		'purchasedate',
		'transactiondate',
		'invoicedate',
		'datetime',
		'timestamp',
		'time',
		'day',
		'createdat',
		'orderedat',
		'日期',
		'下单日期',
		'购买日期',
		'交易日期',
		'订单日期',
		'消费日期',
		'时间',
		'下单时间',
		'交易时间',
		'购买时间',
		'订单时间',
		'支付时间',
		'付款时间'
	],
	amount: [
		'amount',
		'value',
		'revenue',
		'sales',
		'total',
		'totalamount',
		'price',
		'spend',
		'orderamount',
		'ordervalue',
		'ordertotal',
		'sum',
		'netamount',
		'grossamount',
		'payment',
		'paid',
		'金额',
		'销售额',
		'消费金额',
		'订单金额',
		'交易金额',
		'实付金额',
		'支付金额',
		'付款金额',
		'总价',
		'总额',
		'价格',
		'营业额',
		'消费额'
	],
	frequency: [
		'frequency',
		'x',
		'repeat',
		'repeats',
		'repeatpurchases',
		'repeattransactions',
		'频次',
		'重复购买次数',
		'复购次数',
		'回购次数'
	],
	recency: ['recency', 'tx', 'recencytime', '最近购买时间', '末次购买时间', '最后购买时间', '近度'],
	age: ['t', 'age', 'tenure', 'observationtime', '观察时长', '客户年龄', '观察期'],
	monetary: [
		'monetary',
		'monetaryvalue',
		'mx',
		'zbar',
		'averagevalue',
		'averagespend',
		'avgspend',
		'meanspend',
		'平均金额',
		'平均消费',
		'客单价',
		'平均客单价'
	]
};

/**
 * Lower-cases a header cell and removes spaces, underscores, hyphens, dots and brackets.
 *
 * @example
 * normalizeHeader(' Customer_ID ') //=> 'customerid'
 */
export const normalizeHeader = (cell: string) =>
	cell
		.trim()
		.toLowerCase()
		.replace(/[\s_\-.()（）[\]]/g, '');

/**
 * Position of each role's column in the header (first match wins; -1 when absent). `aliases`
 * names the roles of another kind of table (default: transaction logs and customer summaries).
 *
 * @example
 * findColumns(['日期', 'note', '客户编号', '金额']) //=> { customer: 2, date: 0, amount: 3, frequency: -1, … }
 * findColumns(['ID', 'Orders'], { id: ['id'], orders: ['orders'] }) //=> { id: 0, orders: 1 }
 */
export function findColumns<R extends string = ColumnRole>(
	header: readonly string[],
	aliases: Readonly<Record<R, readonly string[]>> = HEADER_ALIASES as Readonly<
		Record<R, readonly string[]>
	>
): Record<R, number> {
	const names = header.map(normalizeHeader);
	const found = {} as Record<R, number>;
	const taken = new Set<number>();
	for (const role of Object.keys(aliases) as R[]) {
		// the more specific name wins: "customer_id" over "id" (an order id) whatever their order
		let position = -1;
		for (const alias of aliases[role]) {
			position = names.findIndex((name, i) => !taken.has(i) && name === alias);
			if (position >= 0) break;
		}
		found[role] = position;
		if (position >= 0) taken.add(position);
	}
	return found;
}
