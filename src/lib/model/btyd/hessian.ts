/**
 * The curvature of a log-likelihood at its maximum, and what it says about how precisely the data
 * pin down each parameter.
 *
 * Near the maximum the log-likelihood is close to a quadratic; the more sharply it curves in a
 * direction, the better the data determine that combination of parameters. The inverse of minus the
 * Hessian (the matrix of second derivatives) estimates the covariance of the maximum-likelihood
 * estimates, and the square roots of its diagonal are the standard errors (the usual asymptotic
 * result; e.g. Casella & Berger 2002, Statistical Inference, §10.1). The likelihoods here are
 * maximised over φ = ln θ, so the covariance of θ follows by the delta method:
 * Cov(θ) = D (−H_φ)⁻¹ D with D = diag(θ), i.e. SE(θᵢ) = θᵢ · SE(φᵢ).
 */

/** Step for the second differences, in log-parameter space (errors ~1e-8 relative). */
const STEP = 1e-4;

/**
 * Hessian of f at x by central second differences (2n + 2n(n−1) evaluations).
 *
 * Formula: Hᵢᵢ = (f(x+heᵢ) − 2f(x) + f(x−heᵢ))/h²;
 * Hᵢⱼ = (f(x+heᵢ+heⱼ) − f(x+heᵢ−heⱼ) − f(x−heᵢ+heⱼ) + f(x−heᵢ−heⱼ))/(4h²), h = 1e-4.
 *
 * @example
 * numericalHessian(([x, y]) => -(x! ** 2) - 3 * x! * y! - 5 * y! ** 2, [0, 0]) //=> ≈ [[−2, −3], [−3, −10]]
 */
export function numericalHessian(
	f: (x: readonly number[]) => number,
	x: readonly number[]
): number[][] {
	const n = x.length;
	const at = (di: number, i: number, dj: number, j: number) => {
		const point = x.slice();
		point[i]! += di * STEP;
		point[j]! += dj * STEP;
		return f(point);
	};
	const center = f(x);
	const H = Array.from({ length: n }, () => new Array<number>(n).fill(0));
	for (let i = 0; i < n; i++) {
		H[i]![i] = (at(1, i, 0, i) - 2 * center + at(-1, i, 0, i)) / (STEP * STEP);
		for (let j = 0; j < i; j++) {
			const value =
				(at(1, i, 1, j) - at(1, i, -1, j) - at(-1, i, 1, j) + at(-1, i, -1, j)) / (4 * STEP * STEP);
			H[i]![j] = value;
			H[j]![i] = value;
		}
	}
	return H;
}

/**
 * Inverse of a symmetric positive-definite matrix by Cholesky factorisation, or null when the
 * matrix is not positive definite (the likelihood is flat or not at a maximum in some direction).
 *
 * @example
 * invertPositiveDefinite([[4, 2], [2, 3]]) //=> [[0.375, −0.25], [−0.25, 0.5]]
 */
export function invertPositiveDefinite(A: readonly (readonly number[])[]): number[][] | null {
	const n = A.length;
	const L = Array.from({ length: n }, () => new Array<number>(n).fill(0));
	for (let i = 0; i < n; i++) {
		for (let j = 0; j <= i; j++) {
			let total = A[i]![j]!;
			for (let k = 0; k < j; k++) total -= L[i]![k]! * L[j]![k]!;
			if (i === j) {
				if (!(total > 0) || !Number.isFinite(total)) return null;
				L[i]![i] = Math.sqrt(total);
			} else L[i]![j] = total / L[j]![j]!;
		}
	}
	// columns of L⁻¹ by forward substitution, then A⁻¹ = L⁻ᵀ L⁻¹
	const Linv = Array.from({ length: n }, () => new Array<number>(n).fill(0));
	for (let col = 0; col < n; col++) {
		for (let i = col; i < n; i++) {
			let total = i === col ? 1 : 0;
			for (let k = col; k < i; k++) total -= L[i]![k]! * Linv[k]![col]!;
			Linv[i]![col] = total / L[i]![i]!;
		}
	}
	return Array.from({ length: n }, (_, i) =>
		Array.from({ length: n }, (_, j) => {
			let total = 0;
			for (let k = Math.max(i, j); k < n; k++) total += Linv[k]![i]! * Linv[k]![j]!;
			return total;
		})
	);
}

/**
 * Covariance of θ = e^φ from the Hessian of the log-likelihood in φ = ln θ (delta method), or null
 * when −H is not positive definite.
 *
 * Formula: Cov(θ)ᵢⱼ = θᵢ θⱼ [(−H_φ)⁻¹]ᵢⱼ.
 *
 * @example
 * covarianceFromLogHessian([[-400]], [2]) //=> [[0.01]] (SE of φ = 0.05, so SE of θ = 2 × 0.05 = 0.1)
 */
export function covarianceFromLogHessian(
	hessian: readonly (readonly number[])[],
	theta: readonly number[]
): number[][] | null {
	const inverse = invertPositiveDefinite(hessian.map((row) => row.map((h) => -h)));
	if (!inverse) return null;
	return inverse.map((row, i) => row.map((value, j) => value * theta[i]! * theta[j]!));
}
