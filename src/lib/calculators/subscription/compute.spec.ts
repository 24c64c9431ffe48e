import { describe, expect, it } from 'vitest';
import { evaluate } from '$lib/model/expr';
import { ModelInputError } from '$lib/model/errors';
import { createRandom } from '$lib/model/random';
import { encodeCohortTable, simulateCohorts } from '$lib/model/sbg';
import { fieldProblem } from '$lib/state/field-problem';
import { computeSubscription } from './compute';
import { fieldMap, type SubscriptionInputs } from './fields';
import { presetInputs, subscriptionPresetList } from './presets';
import { placeTable, type TableData } from './table';

const none = () => undefined;
const regular = presetInputs('fh-regular');
const refusal = (
	inputs: SubscriptionInputs,
	lookup: (key: string) => TableData | undefined = none
) => {
	try {
		computeSubscription(inputs, lookup);
	} catch (error) {
		return fieldProblem(error, fieldMap);
	}
	throw new Error('not refused');
};

describe('computeSubscription', () => {
	it('fits and values the regular customers as Fader & Hardie report', () => {
		const view = computeSubscription(regular, none);
		// Fader & Hardie (2007): α = 0.7041, β = 1.1820, LL = −1680.27 on years 1–7
		expect(view.params.alpha).toBeCloseTo(0.7041, 3);
		expect(view.params.beta).toBeCloseTo(1.182, 3);
		expect(view.analysis.fit.logLikelihood).toBeCloseTo(-1680.27, 1);
		// Fader & Hardie (2010), d = 10%: DEL 3.6949, DERL after 7 renewals 6.8423
		const { newCustomer, renewedCustomer } = view.analysis;
		expect(newCustomer.kind === 'finite' && newCustomer.lifetime).toBeCloseTo(3.6949, 3);
		expect(renewedCustomer.kind === 'finite' && renewedCustomer.lifetime).toBeCloseTo(6.8423, 3);
		expect(newCustomer.kind === 'finite' && newCustomer.value).toBeCloseTo(100 * 3.6949 - 100, 1);
		expect(view.table).toMatchObject({ source: 'link', sizesKnown: true });
	});

	it('fits the high-end customers too', () => {
		const view = computeSubscription(presetInputs('fh-high-end'), none);
		expect(view.params.alpha).toBeCloseTo(0.6681, 3);
		expect(view.params.beta).toBeCloseTo(3.8061, 2);
	});

	it('draws the curves over the longer of the horizon and the oldest cohort', () => {
		const short = computeSubscription({ ...regular, horizon: 5 }, none);
		expect(short.curves.length).toBe(12);
		expect(short.curves.survival).toHaveLength(13);
		expect(short.curves.retention).toHaveLength(12);
		const long = computeSubscription(regular, none);
		expect(long.curves.length).toBe(36);
		// retention rises; the shortcut's is flat
		const r = long.curves.retention;
		for (let k = 1; k < r.length; k++) expect(r[k]).toBeGreaterThan(r[k - 1]!);
		const churn = long.analysis.constantChurn.churn;
		expect(long.curves.constantSurvival[10]).toBeCloseTo(Math.pow(1 - churn, 10), 12);
	});

	it('reads the whole table pooled: one cohort’s pooled survival is its own', () => {
		const view = computeSubscription(regular, none);
		const row = [1000, 631, 468, 382, 326, 289, 262, 241, 223, 207, 194, 183, 173];
		view.pooled.survival.forEach((s, t) => expect(s).toBeCloseTo(row[t]! / 1000, 12));
		expect(view.calibrationPeriods).toBe(7);
		expect(view.oldest).toBe(12);
	});

	it('projects the base under constant churn from the end of the fitted periods', () => {
		const view = computeSubscription(regular, none);
		const c = view.analysis.constantChurn.churn;
		expect(view.baseConstant[0]).toBe(241);
		expect(view.baseConstant[5]).toBeCloseTo(241 * Math.pow(1 - c, 5), 9);
		expect(view.analysis.projection.base.forecast[0]).toBeCloseTo(241, 9);
	});

	it('shows each value’s arithmetic once, each step adding up to its value', () => {
		const view = computeSubscription({ ...regular, unit: 'month' }, none);
		const ids = view.steps.values.map((s) => s.id);
		expect(ids).toEqual([
			'periodDiscountRate',
			'sbg.del',
			'sbg.clv',
			'sbg.derl',
			'sbg.residualValue',
			'sbg.baseValue'
		]);
		expect(view.steps.values[0]!.value).toBeCloseTo(Math.pow(1.1, 1 / 12) - 1, 12);
		for (const step of [...view.steps.fit, ...view.steps.values, ...view.steps.lesson])
			expect(evaluate(step.formula)).toBeCloseTo(step.value, 6);
	});

	it('uses a table saved in the browser, and refuses one this browser does not have', () => {
		const counts = simulateCohorts(
			{ alpha: 0.9, beta: 6 },
			{ cohorts: 40, size: 1000, ages: 40 },
			createRandom(4)
		);
		const data = { counts, labels: [], sizesKnown: true };
		const place = placeTable(data);
		expect(place.kind).toBe('stored');
		const inputs = {
			...regular,
			table: place.table,
			labels: place.labels,
			holdout: 0,
			unit: 'month' as const
		};
		const view = computeSubscription(inputs, (key) =>
			place.kind === 'stored' && key === place.key ? data : undefined
		);
		expect(view.table.source).toBe('stored');
		expect(view.table.counts).toHaveLength(40);
		expect(refusal(inputs)).toMatchObject({ input: '', kind: 'other' });
	});

	it('refuses a holdout that leaves nothing to fit, next to the holdout', () => {
		expect(refusal({ ...regular, holdout: 12 })).toMatchObject({
			input: 'holdout',
			kind: 'max',
			max: 11
		});
		// The last year held back: the years left lose no one, so there is no churn to fit.
		const flat = encodeCohortTable([[1000, 1000, 1000, 900]], true);
		if (flat.kind !== 'link') throw new Error('link');
		const inputs = { ...regular, table: flat.text, holdout: 1 };
		expect(computeSubscription({ ...inputs, holdout: 0 }, none).analysis.kind).toBe('fitted');
		expect(refusal(inputs)).toMatchObject({ input: 'holdout', kind: 'other' });
	});

	it('maps the model’s refusals of money settings to their inputs', () => {
		expect(refusal({ ...regular, discount: 0.00001, unit: 'month' })).toMatchObject({
			input: 'discount'
		});
	});

	it('values every preset finitely, and infinitely only without discounting when α ≤ 1', () => {
		for (const { inputs } of subscriptionPresetList) {
			const view = computeSubscription(inputs, none);
			expect(view.analysis.newCustomer.kind).toBe('finite');
			const undiscounted = computeSubscription({ ...inputs, discount: 0 }, none);
			expect(undiscounted.analysis.newCustomer.kind).toBe('divergent');
			expect(undiscounted.analysis.constantChurn.gap).toBeNull();
		}
	});

	it('throws only ModelInputError for refused inputs', () => {
		expect(() => computeSubscription({ ...regular, table: '@nothere' }, none)).toThrow(
			ModelInputError
		);
	});
});
