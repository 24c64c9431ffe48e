/**
 * Maximum-likelihood estimation of positive parameters, with standard errors: the common part of
 * fitting BG/NBD, Pareto/NBD and Gamma-Gamma.
 *
 * The estimates are the parameter values under which the observed data are most probable. We
 * maximise the log-likelihood over the logarithms of the parameters (so they stay positive):
 *
 * 1. for a large customer base, first on a subsample (every k-th distinct history, about 10,000),
 *    which lands within a few standard errors of the answer at a tenth of the cost, and whose
 *    curvature, scaled to the full size, gives BFGS a good first inverse Hessian;
 * 2. BFGS ({@link maximise}) with forward-difference gradients on all the data;
 * 3. Newton steps on a numerical Hessian with central-difference gradients, to polish the maximum
 *    (BFGS leaves flat directions — Pareto/NBD's β — a little short), until a step would move every
 *    log-parameter by less than 1e-7 or raise the log-likelihood by less than 1e-8;
 * 4. standard errors from the inverse of minus the Hessian ({@link covarianceFromLogHessian}).
 */
import { covarianceFromLogHessian, invertPositiveDefinite, numericalHessian } from './hessian';
import { maximise, numericalGradient, type MaximiseProgress } from './maximise';

/** A fitted model: estimates, their standard errors, and how the search went. */
export interface MleFit<Name extends string> {
	/** The maximum-likelihood estimates, by the paper's parameter names. */
	readonly params: Readonly<Record<Name, number>>;
	/**
	 * Standard error of each estimate (square root of the inverse-Hessian diagonal), or null when
	 * the likelihood is flat in some direction and the errors cannot be estimated.
	 */
	readonly standardErrors: Readonly<Record<Name, number>> | null;
	/** Covariance matrix of the estimates in `names` order, or null (see `standardErrors`). */
	readonly covariance: readonly (readonly number[])[] | null;
	/** The log-likelihood at the estimates (natural logarithm, summed over customers). */
	readonly logLikelihood: number;
	readonly iterations: number;
	readonly evaluations: number;
	/** False when the search stopped without meeting its convergence test. */
	readonly converged: boolean;
}

export interface MleProblem<Name extends string> {
	/** Parameter names, in the order `logLikelihood` takes them. */
	readonly names: readonly Name[];
	/** Total log-likelihood at θ (NaN or −∞ outside the model's domain). */
	readonly logLikelihood: (theta: readonly number[]) => number;
	/** Where to start (positive values). */
	readonly start: readonly number[];
	/**
	 * The same likelihood on a subsample, and the subsample's share of the data (e.g. 0.1), to
	 * find a good start cheaply. Omit for small data.
	 */
	readonly subsample?: {
		readonly logLikelihood: (theta: readonly number[]) => number;
		readonly share: number;
	};
}

/** Progress of a fit: which stage, and the optimiser's iteration and log-likelihood. */
export interface MleProgress extends MaximiseProgress {
	readonly stage: 'subsample' | 'all' | 'polish';
}

const byName = <Name extends string>(names: readonly Name[], values: readonly number[]) =>
	Object.fromEntries(names.map((name, i) => [name, values[i]!])) as Record<Name, number>;

const negated = (H: readonly (readonly number[])[]) => H.map((row) => row.map((h) => -h));

/** Newton steps φ ← φ + (−H)⁻¹∇ in log space with a Hessian refreshed when a step goes far. */
function* polish(
	f: (phi: readonly number[]) => number,
	phi: readonly number[],
	value: number
): Generator<
	MleProgress,
	{ phi: readonly number[]; value: number; hessian: number[][]; settled: boolean },
	void
> {
	let hessian = numericalHessian(f, phi);
	let moved = 0;
	for (let round = 0; round < 8; round++) {
		const inverse = invertPositiveDefinite(negated(hessian));
		if (!inverse) return { phi, value, hessian, settled: false };
		const gradient = numericalGradient(f, phi, value);
		const step = inverse.map((row) => row.reduce((t, h, j) => t + h * gradient[j]!, 0));
		const size = Math.max(...step.map(Math.abs));
		// the increase a Newton step promises: below 1e-8 in log-likelihood, nothing is left to gain
		const gain = step.reduce((t, s, i) => t + s * gradient[i]!, 0) / 2;
		if (size < 1e-7 || gain < 1e-8) {
			if (moved > 1e-3) hessian = numericalHessian(f, phi);
			return { phi, value, hessian, settled: true };
		}
		const next = phi.map((p, i) => p + step[i]!);
		const nextValue = f(next);
		if (!(Number.isFinite(nextValue) && nextValue >= value)) break;
		phi = next;
		value = nextValue;
		moved += size;
		if (size > 1e-2) hessian = numericalHessian(f, phi);
		yield { stage: 'polish', iteration: round + 1, value };
	}
	return { phi, value, hessian: numericalHessian(f, phi), settled: false };
}

/**
 * Fits a model by maximum likelihood, as a generator yielding progress after each iteration.
 *
 * @example
 * // exponential waiting times 1, 2, 3: the rate λ̂ = 3/6 = 0.5, SE = λ̂/√3
 * runToEnd(fitMaximumLikelihood({ names: ['lambda'], start: [1],
 *   logLikelihood: ([l]) => 3 * Math.log(l!) - 6 * l! })).params.lambda //=> 0.5
 */
export function* fitMaximumLikelihood<Name extends string>(
	problem: MleProblem<Name>
): Generator<MleProgress, MleFit<Name>, void> {
	let evaluations = 0;
	const f = (phi: readonly number[]) => (evaluations++, problem.logLikelihood(phi.map(Math.exp)));
	let start = problem.start.map(Math.log);
	let inverseHessian: number[][] | undefined;
	let iterations = 0;
	const sub = problem.subsample;
	if (sub) {
		const g = (phi: readonly number[]) => sub.logLikelihood(phi.map(Math.exp));
		const found = yield* tag('subsample', maximise(g, start, { differences: 'forward' }));
		start = found.point.slice();
		const scaled = invertPositiveDefinite(negated(numericalHessian(g, start)));
		inverseHessian = scaled?.map((row) => row.map((h) => h * sub.share));
		iterations += found.iterations;
	}
	const found = yield* tag('all', maximise(f, start, { differences: 'forward', inverseHessian }));
	iterations += found.iterations;
	const polished = yield* polish(f, found.point, found.value);
	const theta = polished.phi.map(Math.exp);
	const covariance = covarianceFromLogHessian(polished.hessian, theta);
	const errors = covariance?.map((row, i) => Math.sqrt(row[i]!));
	const valid = errors !== undefined && errors.every(Number.isFinite);
	return {
		params: byName(problem.names, theta),
		standardErrors: valid ? byName(problem.names, errors) : null,
		covariance: valid ? covariance : null,
		logLikelihood: polished.value,
		iterations,
		evaluations,
		converged: polished.settled
	};
}

/** Re-yields an optimiser's progress with the stage it belongs to. */
function* tag<T>(
	stage: MleProgress['stage'],
	generator: Generator<MaximiseProgress, T, void>
): Generator<MleProgress, T, void> {
	for (;;) {
		const next = generator.next();
		if (next.done) return next.value;
		yield { stage, ...next.value };
	}
}
