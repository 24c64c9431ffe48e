import { describe, expect, it } from 'vitest';
import { ModelInputError } from '$lib/model/errors';
import {
	customerReferralValue,
	firstGenerationReferrals,
	projectReferral,
	referralPresetIds,
	referralPresets,
	simulateReferral,
	viralCoefficient
} from '$lib/model/referral';
import { decodeScenario, encodeScenario } from '$lib/state/codec';
import en from '$lib/i18n/messages/en/referral';
import { fieldProblem } from '$lib/state/field-problem';
import { computeReferral } from './compute';
import {
	behaviourOf,
	changeUnit,
	fieldMap,
	schema as referralSchema,
	scenarioVersion,
	toParams,
	type ReferralInputs
} from './fields';
import { explainProblem } from './input-texts';
import { agreement, bandOf } from './mc-protocol';
import { matchingPreset, presetInputs } from './presets';

const vendor = () => presetInputs('software-vendor', 'en');

describe('referral presets and scenario', () => {
	it('turns every model preset into inputs that reproduce its projection', () => {
		for (const id of referralPresetIds) {
			const inputs = presetInputs(id, 'zh');
			expect(matchingPreset(inputs)).toBe(id);
			const view = computeReferral(inputs);
			const model = projectReferral(referralPresets[id].params).totals;
			// the annual discount rate is rounded to 0.1 point, so allow a small relative difference
			expect(view.projection.totals.totalValue).toBeCloseTo(model.totalValue, -1);
			expect(
				Math.abs(view.projection.totals.totalValue - model.totalValue) / Math.abs(model.totalValue)
			).toBeLessThan(1e-3);
		}
	});

	it('reproduces the software-vendor preset exactly (no discounting)', () => {
		const view = computeReferral(vendor());
		const model = projectReferral(referralPresets['software-vendor'].params);
		expect(view.projection.totals).toEqual(model.totals);
		expect(view.cumulativeProfit).toEqual(Array.from(model.series.cumulativeProfit));
	});

	it('survives a round trip through the share link', () => {
		const inputs = { ...vendor(), fRate: 3.5, capped: 'no' } as ReferralInputs;
		const query = encodeScenario(scenarioVersion, referralSchema, inputs);
		const decoded = decodeScenario(scenarioVersion, referralSchema, query, vendor());
		expect(decoded.notice).toBeUndefined();
		expect(decoded.values).toEqual(inputs);
		const tampered = new URLSearchParams(query);
		tampered.set('fRetention', '1.5');
		expect(decodeScenario(scenarioVersion, referralSchema, tampered, vendor()).notice).toEqual({
			reason: 'invalid',
			fields: ['fRetention']
		});
	});

	it('keeps K roughly the same when the time unit changes', () => {
		const yearly = vendor();
		const monthly = changeUnit(yearly, 'month');
		expect(monthly.lag).toBe(12);
		const k = (inputs: ReferralInputs) => {
			const lifetime = viralCoefficient(behaviourOf(inputs, 'f'), inputs.lag).lifetime;
			return lifetime.kind === 'finite' ? lifetime.value : NaN;
		};
		expect(k(monthly) / k(yearly)).toBeCloseTo(1, 1);
		expect(changeUnit(monthly, 'year').lag).toBe(1);
		expect(changeUnit(yearly, 'year')).toBe(yearly);
	});
});

describe('computeReferral', () => {
	it('splits yearly revenue by source so the years add up to the totals', () => {
		const inputs = presetInputs('subscription-app', 'en');
		const view = computeReferral(inputs);
		expect(view.yearly.years).toEqual([1, 2, 3, 4, 5]);
		const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
		const { revenue } = view.projection.totals;
		expect(sum(view.yearly.direct)).toBeCloseTo(revenue.direct, 6);
		expect(sum(view.yearly.referral)).toBeCloseTo(revenue.referral, 6);
	});

	it('counts customers per generation that add up to those acquired', () => {
		const view = computeReferral({ ...vendor(), capped: 'no' });
		const joined = view.generations.reduce((total, row) => total + row.joined, 0);
		// generations with less than a thousandth of a customer are left out of the tree
		expect(joined).toBeCloseTo(view.projection.totals.customersAcquired, 3);
		expect(view.generations[0]!.joined).toBe(1);
		expect(view.generations.length).toBe(4);
		// five yearly periods, lag 1: generation 4 can just join, with 0.00005 expected customers
		const all = computeReferral({ ...vendor(), capped: 'no', rRate: 2 }).generations;
		expect(all.length).toBe(5);
	});

	it('shows that a shorter cycle brings value sooner with the same K', () => {
		const inputs = presetInputs('b2b-services', 'en');
		const rows = computeReferral({ ...inputs, lag: 2 }).cycles;
		expect(rows.map((r) => r.lag)).toEqual([1, 2, 4]);
		expect(rows.map((r) => r.generationsReached)).toEqual([9, 4, 2]);
		const values = rows.map((r) => r.outcome!.totalValue);
		expect(values[0]).toBeGreaterThan(values[1]!);
		expect(values[1]).toBeGreaterThan(values[2]!);
	});

	it('ranks the levers by their effect on total value', () => {
		const view = computeReferral(presetInputs('subscription-app', 'en'));
		const deltas = view.levers.map((l) => (l.kind === 'finite' ? l.delta : NaN));
		expect(deltas.every(Number.isFinite)).toBe(true);
		expect([...deltas].sort((a, b) => b - a)).toEqual(deltas);
		expect(deltas.every((d) => d > 0)).toBe(true);
	});

	it('marks a lever at its limit', () => {
		const view = computeReferral({ ...vendor(), fRetention: 1, rRetention: 1, capped: 'yes' });
		expect(view.levers.find((l) => l.id === 'retention')!.kind).toBe('at-limit');
	});

	it('gives the first generation’s Kumar value without a cap only', () => {
		const capped = computeReferral(vendor());
		expect(capped.firstGenerationValue).toBeUndefined();
		for (const id of referralPresetIds) {
			const inputs = { ...presetInputs(id, 'en'), capped: 'no' } as ReferralInputs;
			const params = toParams(inputs);
			const kumar = customerReferralValue(firstGenerationReferrals(params), params.discountRate);
			expect(computeReferral(inputs).firstGenerationValue).toBeCloseTo(kumar.value, 6);
		}
	});
});

describe('refusals', () => {
	const problemOf = (error: unknown) => fieldProblem(error, fieldMap);
	const explain = (error: unknown, unit: ReferralInputs['unit'] = 'year') =>
		explainProblem(problemOf(error)!, en, 'en', 'USD', unit);

	it('names the cap and the minimum when the cap is below the first customers', () => {
		const inputs = { ...vendor(), customers: 500, cap: 200 };
		let caught: unknown;
		try {
			computeReferral(inputs);
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(ModelInputError);
		expect(problemOf(caught)).toMatchObject({ input: 'cap', min: 500 });
		expect(explain(caught)).toContain('enter at least 500');
	});

	it('maps behaviour fields and exploding growth to their inputs', () => {
		const retention = new ModelInputError('referred.retention', 'range', 'x', { min: 0, max: 1 });
		expect(problemOf(retention)).toMatchObject({ input: 'rRetention', format: 'percent' });
		// the kit's words say it: no message of the calculator's own
		expect(explain(retention)).toBeUndefined();
		const lag = new ModelInputError('lag', 'range', 'x', { min: 1, max: 600 });
		expect(problemOf(lag)).toMatchObject({ input: 'lag' });
		expect(explain(lag, 'quarter')).toContain('at least 1 quarter');
		const explosive = { ...vendor(), capped: 'no', same: 'yes', years: 50, fRate: 50 };
		let caught: unknown;
		try {
			computeReferral(explosive as ReferralInputs);
		} catch (error) {
			caught = error;
		}
		expect(problemOf(caught)).toMatchObject({ input: 'years', kind: 'max' });
		expect(explain(caught)).toMatch(/^More than a trillion customers by year \d+/);
		expect(problemOf(new Error('bug'))).toBeUndefined();
	});
});

describe('Monte-Carlo agreement', () => {
	it('finds the simulated mean within three standard errors of the expected line', () => {
		const params = toParams({ ...presetInputs('b2b-services', 'en') });
		const band = bandOf(simulateReferral(params, 7, 2000));
		const expected = Array.from(projectReferral(params).series.cumulativeProfit);
		const result = agreement(band, expected);
		expect(result.errors).toBeLessThan(3);
		expect(band.p10.every((x, t) => x <= band.p90[t]!)).toBe(true);
	});
});
