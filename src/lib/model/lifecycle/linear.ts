/**
 * Solving A·x = b for the small dense systems of the lifecycle model (≤ 30 unknowns) by Gaussian
 * elimination with partial pivoting, in the Gauss–Jordan form that clears above and below each
 * pivot. At each column the row with the largest absolute entry becomes the pivot, which keeps the
 * rounding error small for the diagonally dominant matrices I − P/(1+d) met here. No dependency
 * is needed at this size (30³ ≈ 27 000 operations).
 */
import type { Matrix } from './matrix';

/** Pivots smaller than this, relative to the matrix's largest entry, mean "singular". */
const SINGULAR_TOLERANCE = 1e-12;

/**
 * Reduces [A | B] in place to [I | X] and returns X, or undefined when A is (numerically) singular.
 * `rhs` holds the columns of B as rows of the augmented part: augmented[i] = [...A[i], ...B[i]].
 */
function eliminate(a: Matrix, rhs: Matrix): number[][] | undefined {
	const size = a.length;
	const width = rhs[0]?.length ?? 0;
	const m = a.map((row, i) => [...row, ...rhs[i]!]);
	const scale = Math.max(...a.map((row) => Math.max(...row.map(Math.abs))), 0);
	if (scale === 0) return size === 0 ? [] : undefined;
	for (let col = 0; col < size; col++) {
		let pivotRow = col;
		for (let r = col + 1; r < size; r++) {
			if (Math.abs(m[r]![col]!) > Math.abs(m[pivotRow]![col]!)) pivotRow = r;
		}
		if (Math.abs(m[pivotRow]![col]!) <= SINGULAR_TOLERANCE * scale) return undefined;
		[m[col], m[pivotRow]] = [m[pivotRow]!, m[col]!];
		const pivot = m[col]!;
		for (let r = 0; r < size; r++) {
			if (r === col) continue;
			const row = m[r]!;
			const factor = row[col]! / pivot[col]!;
			if (factor === 0) continue;
			for (let k = col; k < size + width; k++) row[k]! -= factor * pivot[k]!;
		}
	}
	return m.map((row, i) => row.slice(size).map((x) => x / row[i]!));
}

/**
 * Solves A·x = b. Returns undefined when A is singular (to within 1e-12 of its largest entry).
 *
 * @example
 * solveLinear([[2, 1], [1, 3]], [3, 5]) //=> [0.8, 1.4]
 */
export function solveLinear(a: Matrix, b: readonly number[]): number[] | undefined {
	if (a.length !== b.length || a.some((row) => row.length !== a.length)) {
		throw new RangeError('solveLinear needs a square matrix and a vector of the same size');
	}
	return eliminate(
		a,
		b.map((x) => [x])
	)?.map((row) => row[0]!);
}

/**
 * The inverse A⁻¹ (solving A·X = I), or undefined when A is singular. Used for the fundamental
 * matrix N = (I − Q)⁻¹ of an absorbing chain.
 *
 * @example
 * invertMatrix([[2, 0], [0, 4]]) //=> [[0.5, 0], [0, 0.25]]
 */
export function invertMatrix(a: Matrix): number[][] | undefined {
	if (a.some((row) => row.length !== a.length)) {
		throw new RangeError('invertMatrix needs a square matrix');
	}
	return eliminate(
		a,
		a.map((_, i) => a.map((__, j) => (i === j ? 1 : 0)))
	);
}
