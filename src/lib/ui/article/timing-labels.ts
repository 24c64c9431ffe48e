/**
 * The timing conventions' labels come from the CLV calculator's messages ("Start of period: first
 * margin today"); articles show the short name in bold and the explanation after it.
 */
/** The customer both timing components draw, as an article passes it. */
export interface TimingCustomer {
	/** m: margin per period. */
	margin: number;
	/** r: retention per period, 0–1. */
	retention: number;
	/** i: discount rate per period. */
	discountRate: number;
}

export interface TimingLabel {
	/** "Start of period" / "期初". */
	readonly name: string;
	/** ": " or "：", as written. */
	readonly separator: string;
	/** "first margin today" / "第一笔利润今天到账". */
	readonly explanation: string;
}

/**
 * Splits a label at its first colon (half- or full-width).
 *
 * @example
 * splitTimingLabel('期初：第一笔利润今天到账') //=> { name: '期初', separator: '：', explanation: '第一笔利润今天到账' }
 */
export function splitTimingLabel(label: string): TimingLabel {
	const match = /^(.+?)(: |：)(.+)$/.exec(label);
	if (!match) return { name: label, separator: '', explanation: '' };
	return { name: match[1]!, separator: match[2]!, explanation: match[3]! };
}
