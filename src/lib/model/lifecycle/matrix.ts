/**
 * Small dense matrix helpers for the lifecycle chain (n ≤ 30): products and powers of the
 * transition matrix. Matrices are arrays of rows; nothing here mutates its arguments.
 */

/** A dense matrix as an array of rows. */
export type Matrix = readonly (readonly number[])[];

/** The n × n identity matrix. */
export function identityMatrix(size: number): number[][] {
	return Array.from({ length: size }, (_, i) =>
		Array.from({ length: size }, (_, j) => (i === j ? 1 : 0))
	);
}

/**
 * Row vector times matrix, x·P: where a distribution over states is one period later.
 *
 * @example
 * rowTimesMatrix([1, 0], [[0.8, 0.2], [0, 1]]) //=> [0.8, 0.2]
 */
export function rowTimesMatrix(row: readonly number[], matrix: Matrix): number[] {
	const size = matrix[0]?.length ?? 0;
	const out = new Array<number>(size).fill(0);
	for (let i = 0; i < row.length; i++) {
		const weight = row[i]!;
		if (weight === 0) continue;
		const matrixRow = matrix[i]!;
		for (let j = 0; j < size; j++) out[j]! += weight * matrixRow[j]!;
	}
	return out;
}

/**
 * Matrix times column vector, P·v: for each state, the expected value of v one period later.
 *
 * @example
 * matrixTimesColumn([[0.8, 0.2], [0, 1]], [100, 0]) //=> [80, 0]
 */
export function matrixTimesColumn(matrix: Matrix, column: readonly number[]): number[] {
	return matrix.map((row) => row.reduce((acc, p, j) => acc + p * column[j]!, 0));
}

/** Matrix product A·B. */
export function multiplyMatrices(a: Matrix, b: Matrix): number[][] {
	return a.map((row) => rowTimesMatrix(row, b));
}

/**
 * P^t, the t-step transition matrix: entry (i, j) is the probability of being in state j t periods
 * after being in state i (Chapman–Kolmogorov). Computed by repeated squaring; each row of a
 * stochastic matrix's power sums to 1.
 *
 * @example
 * matrixPower([[0.8, 0.2], [0, 1]], 2) //=> [[0.64, 0.36], [0, 1]]
 */
export function matrixPower(matrix: Matrix, exponent: number): number[][] {
	if (!Number.isInteger(exponent) || exponent < 0) {
		throw new RangeError(`exponent must be a whole number ≥ 0, got ${exponent}`);
	}
	let result = identityMatrix(matrix.length);
	let base = matrix.map((row) => [...row]);
	let remaining = exponent;
	while (remaining > 0) {
		if (remaining % 2 === 1) result = multiplyMatrices(result, base);
		remaining = Math.floor(remaining / 2);
		if (remaining > 0) base = multiplyMatrices(base, base);
	}
	return result;
}
