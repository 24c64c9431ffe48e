/**
 * A compact text form of a small cohort table for a share link, and its strict reader.
 *
 * Format (version 1): `1`, then `c` (whole counts) or `x` (fractional counts), then `k` (sizes
 * known) or `a` (sizes assumed from percentages), then the rows separated by `-`.
 * - `c` rows: the cohort size, then the customers lost at each age, in base 36, separated by `.`
 *   (losses are small numbers, so a 24 × 24 monthly triangle of four-digit counts needs ~800
 *   characters): [1000, 631, 468] → `rs.a9.4j`.
 * - `x` rows: the counts as decimals separated by `_` (exact round trip).
 * Every character is one a URL carries unescaped. Labels, the unit and the holdout travel in the
 * calculator's other fields. Longer than `MAX_LINK_TABLE_CHARS`, the page stores the table in the
 * browser instead and says so.
 */
import { requireCohorts, type CohortCounts } from './cohorts';

/** Longest table text put into a link (the whole URL stays well under common 8 kB limits). */
export const MAX_LINK_TABLE_CHARS = 2000;

export type EncodedTable =
	| { readonly kind: 'link'; readonly text: string }
	| { readonly kind: 'too-long'; readonly length: number; readonly limit: number };

const BASE36 = /^[0-9a-z]{1,12}$/;
const DECIMAL = /^(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/;

/**
 * Encodes counts for a link, or says it is too long for one.
 *
 * @example
 * encodeCohortTable([[1000, 631, 468]], true) //=> { kind: 'link', text: '1ckrs.a9.4j' }
 */
export function encodeCohortTable(counts: CohortCounts, sizesKnown: boolean): EncodedTable {
	requireCohorts(counts);
	const whole = counts.every((row) => row.every(Number.isInteger));
	const rows = counts.map((row) =>
		whole
			? row.map((n, t) => (t === 0 ? n : row[t - 1]! - n).toString(36)).join('.')
			: row.map(String).join('_')
	);
	const text = `1${whole ? 'c' : 'x'}${sizesKnown ? 'k' : 'a'}${rows.join('-')}`;
	return text.length <= MAX_LINK_TABLE_CHARS
		? { kind: 'link', text }
		: { kind: 'too-long', length: text.length, limit: MAX_LINK_TABLE_CHARS };
}

/** Reads one row, or null if any part is malformed. */
function decodeRow(row: string, whole: boolean): number[] | null {
	const parts = row.split(whole ? '.' : '_');
	if (whole) {
		if (!parts.every((part) => BASE36.test(part))) return null;
		const numbers = parts.map((part) => parseInt(part, 36));
		const counts = [numbers[0]!];
		for (let t = 1; t < numbers.length; t++) counts.push(counts[t - 1]! - numbers[t]!);
		return counts;
	}
	if (!parts.every((part) => DECIMAL.test(part))) return null;
	return parts.map(Number);
}

/**
 * Reads a table written by `encodeCohortTable`; undefined for anything else (wrong version,
 * malformed text, negative or rising counts, a size of 0), so a tampered link loads defaults.
 *
 * @example
 * decodeCohortTable('1ckrs.a9.4j') //=> { counts: [[1000, 631, 468]], sizesKnown: true }
 */
export function decodeCohortTable(
	text: string
): { readonly counts: number[][]; readonly sizesKnown: boolean } | undefined {
	if (text.length > MAX_LINK_TABLE_CHARS || !/^1[cx][ka]./.test(text)) return undefined;
	const whole = text[1] === 'c';
	const counts: number[][] = [];
	for (const row of text.slice(3).split('-')) {
		const decoded = decodeRow(row, whole);
		if (!decoded) return undefined;
		counts.push(decoded);
	}
	try {
		requireCohorts(counts);
	} catch {
		return undefined;
	}
	return { counts, sizesKnown: text[2] === 'k' };
}
