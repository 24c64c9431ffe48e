/**
 * How long the referral calculator takes per input event, and one Monte-Carlo batch in the worker.
 * The expected-value projection for 10 years of monthly periods (120 periods × 12 generations) must
 * stay well under 1 ms; the page's full recompute adds the levers (4 more projections), the cycle-time
 * comparison (2 more) and Kumar's value of the first generation.
 */
import { bench, describe } from 'vitest';
import { computeReferral } from '../src/lib/calculators/referral/compute';
import { MC_BATCH, MC_SEED } from '../src/lib/calculators/referral/mc-protocol';
import { presetInputs } from '../src/lib/calculators/referral/presets';
import { toParams } from '../src/lib/calculators/referral/scenario';
import { createMonteCarlo, projectReferral, runMonteCarloBatch } from '../src/lib/model/referral';

const app = presetInputs('subscription-app', 'en');
const tenYearsMonthly = { ...app, years: 10 };
const params = toParams(tenYearsMonthly);

describe('referral expected value, 10 years of monthly periods (120 periods)', () => {
	let retention = 0.9;
	bench('projectReferral', () => {
		retention = retention > 0.95 ? 0.9 : retention + 0.0001;
		projectReferral({ ...params, first: { ...params.first, retention } });
	});
	bench('computeReferral (everything the page shows)', () => {
		retention = retention > 0.95 ? 0.9 : retention + 0.0001;
		computeReferral({ ...tenYearsMonthly, fRetention: retention });
	});
	bench('computeReferral, 50 years of monthly periods (600 periods)', () => {
		computeReferral({ ...app, years: 50, capped: 'yes', cap: 1e6 });
	});
});

describe('referral Monte-Carlo, 10 years of monthly periods', () => {
	bench(`one batch of ${MC_BATCH} first-customer chains`, () => {
		const job = createMonteCarlo(params, MC_SEED, MC_BATCH);
		runMonteCarloBatch(job, MC_BATCH);
	});
	bench(
		'all 10,000 chains (in the worker)',
		() => {
			const job = createMonteCarlo(params, MC_SEED, 10_000);
			while (job.done < job.runs) runMonteCarloBatch(job, MC_BATCH);
		},
		{ iterations: 3, time: 0 }
	);
});
