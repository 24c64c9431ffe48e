/**
 * A small quasi-Newton optimiser (BFGS) for smooth functions of a handful of unconstrained
 * variables — here the logarithms of a model's parameters, so every parameter stays positive.
 *
 * Written here rather than imported because it is short, we need it as a generator (the worker
 * pauses between iterations to report progress and honour a cancel), and the likelihoods it serves
 * have four parameters at most.
 *
 * Method (Nocedal & Wright 2006, Numerical Optimization, Algorithm 6.1): keep an approximation H of
 * the inverse Hessian of −f; step along −H∇(−f) with a backtracking (Armijo) line search; update H
 * from the change in gradient. Gradients are central differences with step 1e-5 (one-sided at the
 * edge of the function's domain). A point where f is NaN or ±∞ counts as outside the domain: the
 * line search simply steps back from it.
 */
import { ModelInputError } from '../errors';

export interface MaximiseOptions {
	/** Most BFGS iterations (default 300). */
	readonly maxIterations?: number;
	/** Stop when every |∂f/∂xᵢ| ≤ tolerance × (1 + |f|) (default 1e-10). */
	readonly gradientTolerance?: number;
	/** Stop when an iteration raises f by at most this × |f| (default 1e-13). */
	readonly valueTolerance?: number;
	/**
	 * First approximation of the inverse Hessian of −f (default: the identity, rescaled after the
	 * first step), e.g. from a fit to a subsample.
	 */
	readonly inverseHessian?: readonly (readonly number[])[];
	/**
	 * Gradient by central differences (2n evaluations, the default) or forward differences
	 * (n evaluations, step 1e-7, accurate to about 1e-7 relative: enough to approach a maximum that
	 * Newton steps then polish).
	 */
	readonly differences?: 'central' | 'forward';
}

/** Yielded after every iteration, for a progress bar. */
export interface MaximiseProgress {
	readonly iteration: number;
	readonly value: number;
}

export interface MaximiseResult {
	/** The best point found. */
	readonly point: readonly number[];
	/** f at `point`. */
	readonly value: number;
	readonly iterations: number;
	/** How many times f was evaluated. */
	readonly evaluations: number;
	/**
	 * True when the gradient or the value test passed; false when iterations ran out or the line
	 * search found no higher point.
	 */
	readonly converged: boolean;
}

const STEP = 1e-5;
const FORWARD_STEP = 1e-7;
/** Largest move of any coordinate in one line search (in log-parameter space: a factor e³). */
const MAX_MOVE = 3;

/** Central-difference gradient of f at x (f(x) = fx given), one-sided where f is undefined. */
export function numericalGradient(
	f: (x: readonly number[]) => number,
	x: readonly number[],
	fx: number,
	differences: 'central' | 'forward' = 'central'
): number[] {
	if (differences === 'forward') {
		return x.map((xi, i) => {
			const up = x.slice();
			up[i] = xi + FORWARD_STEP;
			const fUp = f(up);
			if (Number.isFinite(fUp)) return (fUp - fx) / FORWARD_STEP;
			const down = x.slice();
			down[i] = xi - FORWARD_STEP;
			const fDown = f(down);
			return Number.isFinite(fDown) ? (fx - fDown) / FORWARD_STEP : 0;
		});
	}
	return x.map((xi, i) => {
		const up = x.slice();
		const down = x.slice();
		up[i] = xi + STEP;
		down[i] = xi - STEP;
		const fUp = f(up);
		const fDown = f(down);
		if (Number.isFinite(fUp) && Number.isFinite(fDown)) return (fUp - fDown) / (2 * STEP);
		if (Number.isFinite(fUp)) return (fUp - fx) / STEP;
		if (Number.isFinite(fDown)) return (fx - fDown) / STEP;
		return 0;
	});
}

const dot = (a: readonly number[], b: readonly number[]) =>
	a.reduce((total, ai, i) => total + ai * b[i]!, 0);

const identity = (n: number) =>
	Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));

/** The BFGS update of the inverse Hessian H from step s and gradient change y (of −f). */
function updateInverse(H: number[][], s: readonly number[], y: readonly number[]): number[][] {
	const sy = dot(s, y);
	if (!(sy > 1e-14)) return H;
	const Hy = H.map((row) => dot(row, y));
	const yHy = dot(y, Hy);
	return H.map((row, i) =>
		row.map(
			(h, j) =>
				h + ((sy + yHy) * s[i]! * s[j]!) / (sy * sy) - (Hy[i]! * s[j]! + s[i]! * Hy[j]!) / sy
		)
	);
}

/**
 * Maximises f from `start` by BFGS, as a generator: it yields a {@link MaximiseProgress} after
 * every iteration and returns the {@link MaximiseResult}. Drive it with {@link runToEnd} when no
 * pausing is needed.
 *
 * @example
 * runToEnd(maximise(([x, y]) => -((x! - 1) ** 2) - 10 * (y! + 2) ** 2, [0, 0])).point
 * //=> ≈ [1, −2]
 */
export function* maximise(
	f: (x: readonly number[]) => number,
	start: readonly number[],
	options: MaximiseOptions = {}
): Generator<MaximiseProgress, MaximiseResult, void> {
	const maxIterations = options.maxIterations ?? 300;
	const tolerance = options.gradientTolerance ?? 1e-10;
	const valueTolerance = options.valueTolerance ?? 1e-13;
	const differences = options.differences ?? 'central';
	let evaluations = 0;
	const objective = (x: readonly number[]) => {
		evaluations++;
		return f(x);
	};
	let x = start.slice();
	let value = objective(x);
	if (!Number.isFinite(value)) {
		throw new ModelInputError('start', 'finite', 'the function has no finite value at the start');
	}
	let gradient = numericalGradient(objective, x, value, differences);
	let H = options.inverseHessian?.map((row) => row.slice()) ?? identity(x.length);
	let iteration = 0;
	for (; iteration < maxIterations; iteration++) {
		if (gradient.every((g) => Math.abs(g) <= tolerance * (1 + Math.abs(value)))) {
			return { point: x, value, iterations: iteration, evaluations, converged: true };
		}
		// ascent direction d = H ∇f (H approximates the inverse Hessian of −f)
		let direction = H.map((row) => dot(row, gradient));
		let slope = dot(direction, gradient);
		if (!(slope > 0)) {
			H = identity(x.length);
			direction = gradient.slice();
			slope = dot(direction, gradient);
		}
		const largest = Math.max(...direction.map(Math.abs));
		let step = largest > MAX_MOVE ? MAX_MOVE / largest : 1;
		let next: number[] = x;
		let nextValue = -Infinity;
		for (let halvings = 0; halvings < 40; halvings++, step /= 2) {
			next = x.map((xi, i) => xi + step * direction[i]!);
			nextValue = objective(next);
			if (Number.isFinite(nextValue) && nextValue >= value + 1e-4 * step * slope) break;
		}
		if (!(Number.isFinite(nextValue) && nextValue >= value)) {
			return { point: x, value, iterations: iteration, evaluations, converged: false };
		}
		const nextGradient = numericalGradient(objective, next, nextValue, differences);
		const s = next.map((ni, i) => ni - x[i]!);
		const y = gradient.map((g, i) => g - nextGradient[i]!);
		if (iteration === 0 && !options.inverseHessian) {
			const scale = dot(s, y) / dot(y, y);
			if (scale > 0 && Number.isFinite(scale)) H = H.map((row) => row.map((h) => h * scale));
		}
		H = updateInverse(H, s, y);
		const settled = nextValue - value <= valueTolerance * Math.abs(value);
		x = next;
		value = nextValue;
		gradient = nextGradient;
		yield { iteration: iteration + 1, value };
		if (settled) {
			return { point: x, value, iterations: iteration + 1, evaluations, converged: true };
		}
	}
	const converged = gradient.every((g) => Math.abs(g) <= tolerance * (1 + Math.abs(value)));
	return { point: x, value, iterations: iteration, evaluations, converged };
}

/** Runs a generator to its end and returns its result (no pausing). */
export function runToEnd<T>(generator: Generator<unknown, T, void>): T {
	for (;;) {
		const next = generator.next();
		if (next.done) return next.value;
	}
}
