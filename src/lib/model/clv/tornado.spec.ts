import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ModelInputError } from '../errors';
import { clvTornado, plausibleStep, tornadoInputIds, type TornadoScenario } from './tornado';
import { doubleIn } from '../arbitraries';
import { deepFreeze, expectClose } from '../testing';

/**
 * The manager's subscription customer: €40 a month, 70% gross margin, 4% monthly churn, €180 to
 * acquire, 10% a year; first margin now, no end date.
 */
const manager: TornadoScenario = {
	spendPerPeriod: 40,
	grossMargin: 0.7,
	retention: 0.96,
	annualDiscountRate: 0.1,
	unit: 'month',
	acquisitionCost: 180,
	timing: 'start-of-period',
	horizon: 'infinite'
};

/**
 * The textbook closed form written out here, not taken from the model: first margin now,
 * m(1 + i)/(1 + i − r) − AC with i = 1.1^(1/12) − 1 per month.
 */
function byHand(s: { S: number; GM: number; r: number; d: number; AC: number }): number {
	const i = Math.pow(1 + s.d, 1 / 12) - 1;
	return (s.S * s.GM * (1 + i)) / (1 + i - s.r) - s.AC;
}
const base = { S: 40, GM: 0.7, r: 0.96, d: 0.1, AC: 180 };

describe('clvTornado', () => {
	it('moves every input by ±10% of its value and ranks by the swing (the manager’s case)', () => {
		const { base: clv, bars } = clvTornado(manager, { kind: 'relative', share: 0.1 });
		expect(clv.kind === 'finite' && clv.value).toBeCloseTo(408.3019, 4);
		expect(bars.map((b) => b.id)).toEqual(['spend', 'margin', 'churn', 'acquisition', 'discount']);
		const bar = (id: string) => bars.find((b) => b.id === id)!;
		expectClose(bar('spend').low.clv!, byHand({ ...base, S: 36 }));
		expectClose(bar('spend').high.clv!, byHand({ ...base, S: 44 }));
		expectClose(bar('margin').high.clv!, byHand({ ...base, GM: 0.77 }));
		// churn 4% → 3.6% and 4.4%: retention 96.4% and 95.6%
		expect(bar('churn').low.value).toBeCloseTo(0.036, 12);
		expectClose(bar('churn').low.clv!, byHand({ ...base, r: 0.964 }));
		expectClose(bar('churn').high.clv!, byHand({ ...base, r: 0.956 }));
		expectClose(bar('acquisition').low.clv!, byHand({ ...base, AC: 162 }));
		expectClose(bar('discount').high.clv!, byHand({ ...base, d: 0.11 }));
		// the same relative step on spend and on margin moves the margin alike: a tie, in order
		expectClose(bar('spend').swing, bar('margin').swing);
		expectClose(bar('acquisition').swing, 36);
		for (const b of bars) {
			expectClose(b.low.delta!, b.low.clv! - byHand(base));
			expect(b.low.limited || b.high.limited).toBe(false);
		}
	});

	it('moves each input by a plausible step, and then churn comes first', () => {
		const { bars } = clvTornado(manager, { kind: 'plausible' });
		expect(bars.map((b) => b.id)).toEqual(['churn', 'spend', 'acquisition', 'discount', 'margin']);
		const churn = bars[0]!;
		expect(churn.step).toBe(0.01);
		expectClose(churn.low.clv!, byHand({ ...base, r: 0.97 }));
		expectClose(churn.high.clv!, byHand({ ...base, r: 0.95 }));
		// +1 point of retention: +€154.92 per customer, as the levers had it
		expect(churn.low.delta!).toBeCloseTo(154.92, 2);
		const spend = bars.find((b) => b.id === 'spend')!;
		expect(spend.step).toBe(2);
		expect([spend.low.value, spend.high.value]).toEqual([38, 42]);
		const acquisition = bars.find((b) => b.id === 'acquisition')!;
		expect([acquisition.low.value, acquisition.high.value]).toEqual([170, 190]);
		expect(bars.find((b) => b.id === 'margin')!.high.value).toBeCloseTo(0.71, 12);
	});

	it('takes its points and its share from the reader', () => {
		const two = clvTornado(manager, { kind: 'plausible', points: 0.02 }).bars;
		expect(two.find((b) => b.id === 'discount')!.low.value).toBeCloseTo(0.08, 12);
		const wide = clvTornado(manager, { kind: 'relative', share: 0.2 }).bars;
		const narrow = clvTornado(manager, { kind: 'relative', share: 0.1 }).bars;
		for (const id of tornadoInputIds) {
			const of = (bars: typeof wide) => bars.find((b) => b.id === id)!.swing;
			expect(of(wide)).toBeGreaterThan(of(narrow));
		}
	});

	it('stops shares at 100% and money at zero, and says so', () => {
		const high = { ...manager, grossMargin: 0.95, retention: 0.05 };
		const bars = clvTornado(high, { kind: 'relative', share: 0.1 }).bars;
		const margin = bars.find((b) => b.id === 'margin')!;
		expect(margin.high).toMatchObject({ value: 1, limited: true });
		const churn = bars.find((b) => b.id === 'churn')!;
		expect(churn.high).toMatchObject({ value: 1, limited: true });
		const free = clvTornado(
			{ ...manager, acquisitionCost: 0, annualDiscountRate: 0.005 },
			{
				kind: 'plausible'
			}
		).bars;
		expect(free.find((b) => b.id === 'acquisition')!.swing).toBe(0);
		expect(free.find((b) => b.id === 'discount')!.low).toMatchObject({ value: 0, limited: true });
	});

	it('works over a finite horizon with the sum, and with every timing', () => {
		const finite = { ...manager, horizon: 60, timing: 'end-of-period' as const };
		const { base: clv, bars } = clvTornado(finite, { kind: 'relative', share: 0.1 });
		// Σ_{t=1}^{60} m (r/(1+i))^t − AC, written out
		const i = Math.pow(1.1, 1 / 12) - 1;
		let pv = 0;
		for (let t = 1; t <= 60; t++) pv += 28 * Math.pow(0.96 / (1 + i), t);
		expect(clv.kind === 'finite' && clv.value).toBeCloseTo(pv - 180, 9);
		expect(bars).toHaveLength(5);
	});

	it('flags an end with no finite value instead of a number, and ranks it first', () => {
		// retention 100% with no discount: the infinite sum never ends
		const edge = { ...manager, retention: 0.99, annualDiscountRate: 0 };
		const bars = clvTornado(edge, { kind: 'plausible' }).bars;
		expect(bars[0]!.id).toBe('churn');
		expect(bars[0]!.low).toMatchObject({ value: 0, clv: null, delta: null });
		expect(bars[0]!.swing).toBe(Infinity);
	});

	it('raising spend or margin never lowers CLV; raising churn, cost or the discount rate never raises it', () => {
		const scenario = fc.record({
			spendPerPeriod: doubleIn(1, 1e5),
			grossMargin: doubleIn(0.01, 1),
			retention: doubleIn(0, 0.99),
			annualDiscountRate: doubleIn(0.001, 1),
			unit: fc.constantFrom('month' as const, 'quarter' as const, 'year' as const),
			acquisitionCost: doubleIn(0, 1e5),
			timing: fc.constantFrom(
				'start-of-period' as const,
				'end-of-period' as const,
				'end-first-certain' as const
			),
			horizon: fc.oneof(fc.integer({ min: 1, max: 120 }), fc.constant('infinite' as const))
		});
		fc.assert(
			fc.property(scenario, doubleIn(0.01, 0.5), (s, share) => {
				const { bars } = clvTornado(deepFreeze(s), { kind: 'relative', share });
				const slack = 1e-9 * (1 + s.spendPerPeriod * 1e4 + s.acquisitionCost);
				for (const b of bars) {
					if (b.low.clv === null || b.high.clv === null) continue;
					const rising = b.id === 'spend' || b.id === 'margin';
					if (rising) expect(b.high.clv).toBeGreaterThanOrEqual(b.low.clv - slack);
					else expect(b.high.clv).toBeLessThanOrEqual(b.low.clv + slack);
				}
				for (let k = 1; k < bars.length; k++)
					expect(bars[k - 1]!.swing).toBeGreaterThanOrEqual(bars[k]!.swing * (1 - 1e-9));
			})
		);
	});

	it('refuses steps that are not a move', () => {
		expect(() => clvTornado(manager, { kind: 'relative', share: 0 })).toThrow(ModelInputError);
		expect(() => clvTornado(manager, { kind: 'relative', share: 1.5 })).toThrow(/share/);
		expect(() => clvTornado(manager, { kind: 'plausible', points: -0.01 })).toThrow(/points/);
		expect(() => clvTornado({ ...manager, retention: 1.2 }, { kind: 'plausible' })).toThrow(
			/retention/
		);
	});
});

describe('plausibleStep', () => {
	it.each([
		['spend', 40, 2],
		['acquisition', 180, 10],
		['spend', 8000, 500],
		['spend', 1000, 50],
		['acquisition', 0, 0],
		['churn', 0.04, 0.01],
		['margin', 0.7, 0.01]
	] as const)('%s at %d moves by %d', (id, value, step) => {
		expect(plausibleStep(id, value)).toBe(step);
	});
});
