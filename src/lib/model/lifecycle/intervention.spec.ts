import fc from 'fast-check';
import { doubleIn } from '../arbitraries';
import { describe, expect, it } from 'vitest';
import { evaluateCampaign, type Campaign } from './intervention';
import { chainFromPreset, lifecyclePreset } from './presets';
import { projectCohort } from './projection';
import { deepFreeze } from '../testing';
import { chainArbitrary, expectStepsMatch, twoStateChain } from './test-fixtures';

const loyaltyCampaign: Campaign = {
	targetState: 'active',
	costPerCustomer: 5,
	shifts: [{ from: 'lost', to: 'active', amount: 0.1 }]
};

describe('evaluateCampaign', () => {
	it('values a retention campaign on the two-state chain by hand', () => {
		// active: margin 100, retention 0.8 → 0.9 with the campaign; d = 0.12; 1000 customers; 3 periods
		const result = evaluateCampaign(
			twoStateChain(),
			{ cohortSize: 1000, periods: 3, initial: 'active' },
			loyaltyCampaign
		);
		const baseline = 100_000 + 80_000 / 1.12 + 64_000 / 1.12 ** 2;
		const gross = 100_000 + 90_000 / 1.12 + 81_000 / 1.12 ** 2;
		// the campaign of period 2 would only act on period 3, past the horizon: not charged
		const cost = 5 * (1000 + 900 / 1.12);
		expect(result.campaignRow[0]).toBeCloseTo(0.9, 15);
		expect(result.campaignRow[1]).toBeCloseTo(0.1, 15);
		expect(result.totals.baselineValue).toBeCloseTo(baseline, 8);
		expect(result.totals.whatIfGrossValue).toBeCloseTo(gross, 8);
		expect(result.totals.campaignCost).toBeCloseTo(cost, 8);
		expect(result.totals.whatIfValue).toBeCloseTo(gross - cost, 8);
		expect(result.totals.valueGain).toBeCloseTo(gross - baseline, 8);
		expect(result.totals.netGain).toBeCloseTo(gross - baseline - cost, 8);
		expect(result.roi.kind).toBe('finite');
		if (result.roi.kind === 'finite')
			expect(result.roi.value).toBeCloseTo((gross - baseline - cost) / cost, 10);
		expect(result.campaignCost).toEqual([5000, 4500, 0]);
		expect(result.steps.map((s) => s.id)).toEqual([
			'lifecycle.campaignTransition',
			'lifecycle.campaignTransition',
			'lifecycle.baselineValue',
			'lifecycle.whatIfValue',
			'lifecycle.campaignCost',
			'lifecycle.valueGain',
			'lifecycle.netGain',
			'lifecycle.roi'
		]);
		expectStepsMatch(result.steps);
	});

	it('reproduces the doc example: ROI 1.4929, no charge for the last period (issue 14)', () => {
		const result = evaluateCampaign(
			twoStateChain(),
			{ cohortSize: 1000, periods: 3, initial: 'active' },
			loyaltyCampaign
		);
		// ΔV = 22480.87 (retention 0.8 → 0.9 in periods 1 and 2); C = 5 × (1000 + 900/1.12)
		expect(result.totals.valueGain).toBeCloseTo(22_480.867, 2);
		expect(result.totals.campaignCost).toBeCloseTo(9017.857, 2);
		expect(result.roi.kind === 'finite' && result.roi.value).toBeCloseTo(1.4929, 4);
	});

	it('charges nothing when the horizon leaves no period for an effect', () => {
		const result = evaluateCampaign(
			twoStateChain(),
			{ cohortSize: 1000, periods: 1, initial: 'active' },
			loyaltyCampaign
		);
		expect(result.campaignCost).toEqual([0]);
		expect(result.totals.netGain).toBe(0);
		expect(result.roi).toEqual({ kind: 'undefined', reason: 'no-campaign-cost' });
	});

	it('runs only for durationPeriods, then customers move with the usual row again', () => {
		const result = evaluateCampaign(
			twoStateChain(),
			{ cohortSize: 1000, periods: 4, initial: 'active' },
			{ ...loyaltyCampaign, durationPeriods: 1 }
		);
		expect(result.whatIf.counts.map((row) => row[0])).toEqual([
			1000,
			900,
			720,
			expect.closeTo(576, 9)
		]);
		expect(result.campaignCost).toEqual([5000, 0, 0, 0]);
		expect(result.totals.campaignCost).toBe(5000);
		const none = evaluateCampaign(
			twoStateChain(),
			{ cohortSize: 1000, periods: 4, initial: 'active' },
			{ ...loyaltyCampaign, durationPeriods: 0 }
		);
		expect(none.totals.valueGain).toBe(0);
		expect(none.roi).toEqual({ kind: 'undefined', reason: 'no-campaign-cost' });
	});

	it('values a points-expiry reminder for dormant retail customers', () => {
		// reminder costs 2 a month per dormant customer and moves 5 points from "lost" to "active"
		const chain = chainFromPreset(lifecyclePreset('retail-recency'));
		const result = evaluateCampaign(
			chain,
			{ cohortSize: 10_000, periods: 24, initial: 'active' },
			{
				targetState: 'dormant',
				costPerCustomer: 2,
				shifts: [{ from: 'lost', to: 'active', amount: 0.05 }]
			}
		);
		expect(result.campaignRow.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
		expect(result.totals.valueGain).toBeGreaterThan(0);
		expect(result.totals.campaignCost).toBeGreaterThan(0);
		expect(result.baseline).toEqual(
			projectCohort(chain, { cohortSize: 10_000, periods: 24, initial: 'active' })
		);
		expectStepsMatch(result.steps);
	});

	it('rejects an effect that does not fit the row, naming the shift', () => {
		const cohort = { cohortSize: 10, periods: 3, initial: 'active' };
		expect(() =>
			evaluateCampaign(twoStateChain(), cohort, {
				...loyaltyCampaign,
				shifts: [{ from: 'lost', to: 'active', amount: 0.25 }]
			})
		).toThrow(
			expect.objectContaining({
				field: 'campaign.shifts[0].amount',
				rule: 'range',
				max: expect.closeTo(0.2, 12)
			})
		);
		expect(() =>
			evaluateCampaign(twoStateChain(), cohort, {
				...loyaltyCampaign,
				shifts: [
					{ from: 'lost', to: 'active', amount: 0.15 },
					{ from: 'lost', to: 'active', amount: 0.1 }
				]
			})
		).toThrow(expect.objectContaining({ field: 'campaign.shifts[1].amount' }));
		expect(() =>
			evaluateCampaign(twoStateChain(), cohort, {
				...loyaltyCampaign,
				shifts: [{ from: 'lost', to: 'active', amount: -0.1 }]
			})
		).toThrow(expect.objectContaining({ field: 'campaign.shifts[0].amount' }));
		// all of it may be moved
		expect(() =>
			evaluateCampaign(twoStateChain(), cohort, {
				...loyaltyCampaign,
				shifts: [{ from: 'lost', to: 'active', amount: 0.2 }]
			})
		).not.toThrow();
	});

	it.each([
		[{ ...loyaltyCampaign, targetState: 'nobody' }, 'campaign.targetState'],
		[{ ...loyaltyCampaign, costPerCustomer: -1 }, 'campaign.costPerCustomer'],
		[{ ...loyaltyCampaign, durationPeriods: 1.5 }, 'campaign.durationPeriods'],
		[
			{ ...loyaltyCampaign, shifts: [{ from: 'x', to: 'active', amount: 0 }] },
			'campaign.shifts[0].from'
		],
		[
			{ ...loyaltyCampaign, shifts: [{ from: 'lost', to: 'lost', amount: 0 }] },
			'campaign.shifts[0].to'
		]
	])('rejects %j (field %s)', (campaign, field) => {
		expect(() =>
			evaluateCampaign(twoStateChain(), { cohortSize: 10, periods: 3, initial: 'active' }, campaign)
		).toThrow(expect.objectContaining({ field }));
	});

	const campaignArbitrary = chainArbitrary().chain((chain) =>
		fc.record({
			chain: fc.constant(chain),
			target: fc.integer({ min: 0, max: chain.states.length - 1 }),
			periods: fc.integer({ min: 1, max: 60 }),
			duration: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined })
		})
	);

	it('property: zero effect and zero cost change nothing; the input is not mutated', () => {
		fc.assert(
			fc.property(campaignArbitrary, ({ chain, target, periods, duration }) => {
				const ids = chain.states.map((s) => s.id);
				const campaign: Campaign = {
					targetState: ids[target]!,
					costPerCustomer: 0,
					durationPeriods: duration,
					shifts: [{ from: ids[0]!, to: ids[ids.length - 1]!, amount: 0 }].filter(
						(s) => s.from !== s.to
					)
				};
				const frozen = deepFreeze(structuredClone({ chain, campaign }));
				const cohort = deepFreeze({ cohortSize: 1000, periods, initial: ids[0]! });
				const result = evaluateCampaign(frozen.chain, cohort, frozen.campaign);
				expect(result.whatIf).toEqual(result.baseline);
				expect(result.totals.valueGain).toBe(0);
				expect(result.totals.netGain).toBe(0);
				expect(result.totals.campaignCost).toBe(0);
				expect(result.roi).toEqual({ kind: 'undefined', reason: 'no-campaign-cost' });
				expect(frozen.chain).toEqual(chain);
			}),
			{ numRuns: 60 }
		);
	});

	it('property: steps evaluate to their values and ROI = (ΔV − C)/C', () => {
		fc.assert(
			fc.property(
				campaignArbitrary,
				doubleIn(0.01, 50),
				doubleIn(0, 1),
				({ chain, target, periods, duration }, cost, fraction) => {
					const ids = chain.states.map((s) => s.id);
					const from = (target + 1) % ids.length;
					const amount = chain.transitions[target]![from]! * fraction;
					const result = evaluateCampaign(
						chain,
						{ cohortSize: 100, periods, initial: ids[0]! },
						{
							targetState: ids[target]!,
							costPerCustomer: cost,
							durationPeriods: duration,
							shifts: [{ from: ids[from]!, to: ids[target]!, amount }]
						}
					);
					expectStepsMatch(result.steps);
					const { valueGain, campaignCost, netGain } = result.totals;
					expect(netGain).toBeCloseTo(valueGain - campaignCost, 6);
					if (result.roi.kind === 'finite') {
						expect(result.roi.value).toBeCloseTo((valueGain - campaignCost) / campaignCost, 6);
					} else {
						expect(campaignCost).toBe(0);
					}
				}
			),
			{ numRuns: 60 }
		);
	});
});
