import { describe, expect, it } from 'vitest';
import { computeSubscription } from './compute';
import { presetInputs } from './presets';
// the page fetches the model after load; here it is simply there
import './model-ready';
import { summarizeSubscription } from './summary';

describe('subscription summary', () => {
	it('boils a table down to its values, its fit and a new cohort’s curves', () => {
		const inputs = presetInputs('fh-regular');
		const summary = summarizeSubscription(inputs, 'en');
		const view = computeSubscription(inputs, () => undefined);
		const metric = (id: string) => summary.metrics.find((m) => m.id === id)?.value;
		const a = view.analysis;
		expect(metric('clv')).toBeCloseTo(
			a.newCustomer.kind === 'finite' ? a.newCustomer.value : NaN,
			9
		);
		expect(metric('alpha')).toBeCloseTo(0.7041, 3);
		expect(metric('understatement')).toBeCloseTo(a.constantChurn.understatement!, 12);
		expect(metric('survival24')).toBeCloseTo(a.constantChurn.survival[0]!.sbg, 12);
		const [survival, retention] = summary.series;
		expect(survival!.labels).toHaveLength(inputs.horizon + 1);
		expect(survival!.data[0]).toBe(1);
		expect(retention!.data).toEqual(view.curves.retention.slice(0, inputs.horizon));
		expect(summary.metrics.every((m) => m.value === null || Number.isFinite(m.value))).toBe(true);
	});

	it('gives no value rather than an infinite one', () => {
		const summary = summarizeSubscription({ ...presetInputs('fh-high-end'), discount: 0 }, 'zh');
		expect(summary.metrics.find((m) => m.id === 'clv')!.value).toBeNull();
		expect(summary.metrics.find((m) => m.id === 'base')!.value).toBeNull();
	});
});
