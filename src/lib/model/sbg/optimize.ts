/**
 * Maximising a smooth function of a few variables inside a box, with its gradient and Hessian:
 * Newton's method made safe by Levenberg–Marquardt damping and a projected active set.
 *
 * Each iteration solves (−H + λI)·δ = g on the variables not pinned to a bound, tries x + δ clipped
 * into the box, and keeps it only if the function rose; otherwise λ grows tenfold (a shorter step
 * closer to the gradient's direction). After a success λ shrinks, so near the optimum the steps are
 * plain Newton steps and converge quadratically. A variable sits on a bound when it is there and the
 * gradient pushes it outward; it then stays fixed while the others are solved for.
 *
 * Source: Nocedal & Wright, Numerical Optimization (2nd ed., 2006), §3.4 (Newton with Hessian
 * modification) and §10.3 (Levenberg–Marquardt); Bertsekas (1982), "Projected Newton methods for
 * optimization problems with simple constraints", SIAM J. Control and Optimization 20(2).
 */

/** The function, its gradient and its Hessian at a point. */
export interface Evaluation {
	readonly value: number;
	readonly gradient: readonly number[];
	readonly hessian: readonly (readonly number[])[];
}

export interface MaximizeOptions {
	readonly lower: readonly number[];
	readonly upper: readonly number[];
	/** Stop when no free variable's gradient exceeds this (default 1e-9). */
	readonly gradientTolerance?: number;
	readonly maxIterations?: number;
}

export interface Maximum {
	readonly x: readonly number[];
	readonly value: number;
	readonly iterations: number;
	/** True when the gradient test passed (or no step could improve on the point any more). */
	readonly converged: boolean;
	/** Per variable: -1 on its lower bound, 1 on its upper bound, 0 inside. */
	readonly bound: readonly (-1 | 0 | 1)[];
}

/** Solves A·x = b for a symmetric positive definite A by Cholesky; null if A is not SPD. */
export function solveSpd(a: readonly (readonly number[])[], b: readonly number[]): number[] | null {
	const n = b.length;
	const lower: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
	for (let i = 0; i < n; i++) {
		for (let j = 0; j <= i; j++) {
			let sum = a[i]![j]!;
			for (let k = 0; k < j; k++) sum -= lower[i]![k]! * lower[j]![k]!;
			if (i === j) {
				if (!(sum > 0)) return null;
				lower[i]![i] = Math.sqrt(sum);
			} else lower[i]![j] = sum / lower[j]![j]!;
		}
	}
	const y = new Array<number>(n);
	for (let i = 0; i < n; i++) {
		let sum = b[i]!;
		for (let k = 0; k < i; k++) sum -= lower[i]![k]! * y[k]!;
		y[i] = sum / lower[i]![i]!;
	}
	const x = new Array<number>(n);
	for (let i = n - 1; i >= 0; i--) {
		let sum = y[i]!;
		for (let k = i + 1; k < n; k++) sum -= lower[k]![i]! * x[k]!;
		x[i] = sum / lower[i]![i]!;
	}
	return x;
}

/** Which variables are pinned: on a bound with the gradient pointing out of the box. */
function pinned(x: readonly number[], g: readonly number[], options: MaximizeOptions) {
	return x.map((xi, i): -1 | 0 | 1 => {
		if (xi <= options.lower[i]! && g[i]! < 0) return -1;
		if (xi >= options.upper[i]! && g[i]! > 0) return 1;
		return 0;
	});
}

/** The damped Newton step on the free variables (0 on pinned ones), or null if not solvable. */
function dampedStep(at: Evaluation, free: readonly number[], lambda: number): number[] | null {
	const scale = free.map((i) => Math.max(1, Math.abs(at.hessian[i]![i]!)));
	const a = free.map((i, r) =>
		free.map((j, s) => -at.hessian[i]![j]! + (r === s ? lambda * scale[r]! : 0))
	);
	const solution = solveSpd(
		a,
		free.map((i) => at.gradient[i]!)
	);
	if (!solution) return null;
	const step = new Array<number>(at.gradient.length).fill(0);
	free.forEach((i, r) => (step[i] = solution[r]!));
	return step;
}

/**
 * Finds a local maximum of `f` in the box [lower, upper], starting from `start` (clipped into it).
 *
 * @example
 * // −(x − 1)² − 2(y + 3)², largest at (1, −3)
 * maximize(([x, y]) => ({ value: -((x - 1) ** 2) - 2 * (y + 3) ** 2,
 *   gradient: [-2 * (x - 1), -4 * (y + 3)], hessian: [[-2, 0], [0, -4]] }),
 *   [0, 0], { lower: [-10, -10], upper: [10, 10] }).x
 * //=> [1, −3]
 */
export function maximize(
	f: (x: readonly number[]) => Evaluation,
	start: readonly number[],
	options: MaximizeOptions
): Maximum {
	const tolerance = options.gradientTolerance ?? 1e-9;
	const maxIterations = options.maxIterations ?? 500;
	const clip = (x: readonly number[]) =>
		x.map((xi, i) => Math.min(options.upper[i]!, Math.max(options.lower[i]!, xi)));
	let x = clip(start);
	let at = f(x);
	let lambda = 1e-3;
	let iterations = 0;
	let converged = false;
	while (iterations < maxIterations) {
		const bound = pinned(x, at.gradient, options);
		const free = bound.flatMap((b, i) => (b === 0 ? [i] : []));
		if (free.every((i) => Math.abs(at.gradient[i]!) <= tolerance)) {
			converged = true;
			break;
		}
		iterations++;
		const step = dampedStep(at, free, lambda);
		if (!step) {
			lambda *= 10;
			continue;
		}
		const next = clip(x.map((xi, i) => xi + step[i]!));
		const candidate = f(next);
		if (Number.isFinite(candidate.value) && candidate.value >= at.value) {
			const moved = next.some((xi, i) => xi !== x[i]);
			x = next;
			at = candidate;
			lambda = Math.max(lambda / 10, 1e-12);
			if (!moved) {
				converged = true;
				break;
			}
		} else if (lambda > 1e12) {
			// No step, however short, improves: the point is a maximum to machine precision.
			converged = true;
			break;
		} else lambda *= 10;
	}
	return { x, value: at.value, iterations, converged, bound: pinned(x, at.gradient, options) };
}
