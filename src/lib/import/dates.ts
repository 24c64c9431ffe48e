/**
 * Reading purchase dates as day numbers (days since 1970-01-01), the way spreadsheets and shop
 * systems export them.
 *
 * Accepted: year first — 2024-03-05, 2024/3/5, 2024.03.05, 2024年3月5日, 20240305 — each optionally
 * followed by a time (which is ignored: purchases on the same day are merged anyway); and day or
 * month first with a four-digit year — 05/03/2024 or 03/05/2024, with /, . or -. Whether 03/05 is
 * the 3rd of May or March 5th is decided for the whole column: a first number above 12 means day
 * first, a second number above 12 means month first; if no cell settles it, the order is
 * **ambiguous**, the caller's choice (or day first) is used, and the result says so, so the page can
 * ask.
 */

export type DateOrder = 'dmy' | 'mdy';

/** How a column of dates was read. */
export interface DateReading {
	/** Which shapes occurred: year first, compact (20240305), or day/month first. */
	readonly shapes: readonly ('ymd' | 'compact' | 'day-month')[];
	/** For day/month-first cells, the order used (null when there were none). */
	readonly order: DateOrder | null;
	/** True when no cell showed which order day/month-first dates are in. */
	readonly ambiguous: boolean;
}

const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/;
const YMD_CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:.*)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:[T\s].*)?$/;
const DAY_MONTH = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[T\s,].*)?$/;

const MS_PER_DAY = 86_400_000;

/**
 * Day number of a calendar date, or null if there is no such date (e.g. 2023-02-29) or the year is
 * outside 1900–2200.
 *
 * @example
 * dayNumber(1997, 1, 1) //=> 9862
 */
export function dayNumber(year: number, month: number, day: number): number | null {
	if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
	const time = Date.UTC(year, month - 1, day);
	const date = new Date(time);
	if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
	return time / MS_PER_DAY;
}

/** The ISO date (YYYY-MM-DD) of a day number. */
export const isoDate = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** Today's day number in the visitor's calendar. */
export function today(now = new Date()): number {
	return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / MS_PER_DAY;
}

/**
 * Decides how to read a column of date cells (pass the distinct cells): which shapes occur and, for
 * day/month-first cells, the order.
 *
 * @example
 * readDates(['05/03/2024', '17/03/2024']) //=> { shapes: ['day-month'], order: 'dmy', ambiguous: false }
 */
export function readDates(cells: Iterable<string>, preferred: DateOrder = 'dmy'): DateReading {
	const shapes = new Set<'ymd' | 'compact' | 'day-month'>();
	let dayFirst = 0;
	let monthFirst = 0;
	for (const raw of cells) {
		const cell = raw.trim();
		if (YMD.test(cell) || YMD_CHINESE.test(cell)) shapes.add('ymd');
		else if (COMPACT.test(cell)) shapes.add('compact');
		else {
			const match = DAY_MONTH.exec(cell);
			if (!match) continue;
			shapes.add('day-month');
			if (Number(match[1]) > 12) dayFirst++;
			if (Number(match[2]) > 12) monthFirst++;
		}
	}
	if (!shapes.has('day-month')) return { shapes: [...shapes], order: null, ambiguous: false };
	if (dayFirst === 0 && monthFirst === 0) {
		return { shapes: [...shapes], order: preferred, ambiguous: true };
	}
	return { shapes: [...shapes], order: dayFirst >= monthFirst ? 'dmy' : 'mdy', ambiguous: false };
}

/**
 * Parses one date cell to a day number with the column's order, or null.
 *
 * @example
 * parseDate('2024/3/5', 'dmy') //=> 19787
 * parseDate('05/03/2024', 'mdy') //=> 19848 (May 3rd)
 */
export function parseDate(raw: string, order: DateOrder): number | null {
	const cell = raw.trim();
	const ymd = YMD.exec(cell) ?? YMD_CHINESE.exec(cell) ?? COMPACT.exec(cell);
	if (ymd) return dayNumber(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
	const dm = DAY_MONTH.exec(cell);
	if (!dm) return null;
	const [first, second, year] = [Number(dm[1]), Number(dm[2]), Number(dm[3])];
	return order === 'dmy' ? dayNumber(year, second, first) : dayNumber(year, first, second);
}
