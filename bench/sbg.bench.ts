/**
 * How long the subscription-retention page's model takes for one input event on a 60 × 60 monthly
 * cohort table (1,830 cells, 1,000 customers per cohort): read the pasted text, then fit, project
 * and value it in one call (`analyzeRetention`: fit with standard errors, churn distribution,
 * projection of every cohort and of the base, CLV, DERL, base value, constant-churn comparison).
 * The budget is 50 ms for fit + projection + values; the redraw is measured in the browser.
 */
import { bench, describe } from 'vitest';
import { createRandom } from '../src/lib/model/random';
import {
	analyzeRetention,
	encodeCohortTable,
	formatCohortTable,
	parseCohortTable,
	simulateCohorts
} from '../src/lib/model/sbg';

const counts = simulateCohorts(
	{ alpha: 0.9, beta: 6 },
	{ cohorts: 60, size: 1000, ages: 60 },
	createRandom(60)
);
const text = formatCohortTable(counts);
const settings = {
	margin: 30,
	acquisitionCost: 120,
	annualDiscountRate: 0.1,
	unit: 'month' as const
};

describe('sBG on a 60 × 60 monthly cohort table', () => {
	let margin = 30;
	bench('fit + projection + values (analyzeRetention)', () => {
		margin = margin > 40 ? 30 : margin + 0.5;
		analyzeRetention({
			counts,
			horizon: 120,
			holdout: 0,
			settings: { ...settings, margin },
			renewals: 12
		});
	});
	bench('the same with 6 months held out', () => {
		analyzeRetention({ counts, horizon: 120, holdout: 6, settings, renewals: 12 });
	});
	bench('read the pasted table (60 × 60 triangle, tab separated)', () => {
		parseCohortTable(text);
	});
	bench('encode for a share link (too long: falls back to storage)', () => {
		encodeCohortTable(counts, true);
	});
});
