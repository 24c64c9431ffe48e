/**
 * Walker's alias method: after O(n) set-up, draws from a discrete distribution over n outcomes in
 * constant time with one uniform number. Used by the Monte-Carlo simulation to pick each
 * customer's next state from a row of P without searching the row.
 *
 * The table splits [0, n) into n unit columns. A uniform u in [0, 1) picks column k = ⌊u·n⌋
 * and, from the fractional part f = u·n − k, returns k if f < probability[k] and alias[k]
 * otherwise.
 *
 * Source: A. J. Walker, "An efficient method for generating discrete random variables with general
 * distributions", ACM TOMS 3(3), 1977; set-up as in M. D. Vose, IEEE TSE 17(9), 1991.
 */

/** Alias tables for several distributions of the same size, stored row after row. */
export interface AliasTables {
	readonly size: number;
	readonly probability: Float64Array;
	readonly alias: Int32Array;
}

/** Fills one row (at `offset`) of the tables from `weights` summing to 1. */
function fillRow(weights: readonly number[], tables: AliasTables, offset: number): void {
	const n = weights.length;
	const scaled = weights.map((w) => w * n);
	const small: number[] = [];
	const large: number[] = [];
	scaled.forEach((x, k) => (x < 1 ? small : large).push(k));
	while (small.length > 0 && large.length > 0) {
		const s = small.pop()!;
		const l = large.pop()!;
		tables.probability[offset + s] = scaled[s]!;
		tables.alias[offset + s] = l;
		scaled[l] = scaled[l]! + scaled[s]! - 1;
		(scaled[l]! < 1 ? small : large).push(l);
	}
	// Leftovers are (up to rounding) exactly 1: they always return themselves.
	for (const k of [...small, ...large]) {
		tables.probability[offset + k] = 1;
		tables.alias[offset + k] = k;
	}
	// Rounding must never make an impossible outcome possible.
	const likeliest = weights.indexOf(Math.max(...weights));
	weights.forEach((w, k) => {
		if (w === 0 && tables.probability[offset + k]! > 0) {
			tables.probability[offset + k] = 0;
			tables.alias[offset + k] = likeliest;
		}
	});
}

/**
 * Builds alias tables for each row of `rows` (each a probability vector summing to 1).
 *
 * @example
 * const t = aliasTables([[0.25, 0.75]]);
 * sampleAlias(t, 0, 0.1) //=> 0   (u·n = 0.2: column 0, 0.2 < 0.5)
 */
export function aliasTables(rows: readonly (readonly number[])[]): AliasTables {
	const size = rows[0]?.length ?? 0;
	const tables: AliasTables = {
		size,
		probability: new Float64Array(rows.length * size),
		alias: new Int32Array(rows.length * size)
	};
	rows.forEach((row, i) => fillRow(row, tables, i * size));
	return tables;
}

/** Draws from row `row` of the tables with the uniform number `u` in [0, 1). */
export function sampleAlias(tables: AliasTables, row: number, u: number): number {
	const x = u * tables.size;
	const column = Math.floor(x);
	const k = row * tables.size + column;
	return x - column < tables.probability[k]! ? column : tables.alias[k]!;
}
