/**
 * Everything the CLV calculator shows, computed from its inputs in one pass: the side-by-side
 * formulas, the headline, the per-period schedule, the levers and the unit conversions. Pure, so
 * it is unit-tested and benchmarked outside the browser (`npm run bench`).
 */
import {
	clvLevers,
	clvSchedule,
	clvSideBySide,
	continuingValue,
	growingDiscountedClv,
	type ClvResult,
	type ClvSchedule,
	type FiniteResult,
	type LeversResult,
	type PeriodInputs
} from '$lib/model/clv';
import { convertDiscountRate, convertRetention } from '$lib/model/time';
import { modelInput, type ClvInputs } from './fields';

export type FormulaId =
	'simple' | 'margin' | 'discounted' | 'retention' | 'infinite' | 'continuing';

export interface ClvView {
	readonly period: PeriodInputs;
	readonly annualRetention: number;
	readonly growthPerPeriod: number;
	readonly headline: ClvResult;
	readonly formulas: readonly { readonly id: FormulaId; readonly result: ClvResult }[];
	readonly timings: ReturnType<typeof clvSideBySide>['retention'];
	readonly schedule: ClvSchedule;
	readonly levers: LeversResult;
}

/** Computes the calculator's view; throws `ModelInputError` for inputs the model refuses. */
export function computeClv(inputs: ClvInputs): ClvView {
	const side = clvSideBySide(modelInput(inputs));
	// m = S × GM, the money kept per period (the model's per-period `margin`).
	const { margin: marginPerPeriod, discountRate, periods } = side.periodInputs;
	const growthPerPeriod = convertDiscountRate(inputs.growth, 'year', inputs.unit).value;
	const discounted: FiniteResult = growingDiscountedClv({
		profit: marginPerPeriod,
		growth: growthPerPeriod,
		periods,
		discountRate,
		firstPeriod: 1,
		acquisitionCost: inputs.acquisition
	});
	const schedule = clvSchedule({
		margin: marginPerPeriod,
		retention: inputs.retention,
		discountRate,
		timing: inputs.timing,
		horizon: periods,
		acquisitionCost: inputs.acquisition
	});
	const expectedPeriods = schedule.survival.reduce((sum, s) => sum + s, 0);
	const continuing = continuingValue({
		expectedTransactions: inputs.purchases * expectedPeriods,
		averagePurchase: inputs.spend / inputs.purchases,
		acquisitionCost: inputs.acquisition,
		referralNetIncome: inputs.referral
	});
	const byTiming = side.retention[inputs.timing];
	return {
		period: side.periodInputs,
		annualRetention: convertRetention(inputs.retention, inputs.unit, 'year').value,
		growthPerPeriod,
		headline: inputs.horizon === 'infinite' ? byTiming.infinite : byTiming.finite,
		formulas: [
			{ id: 'simple', result: side.simple },
			{ id: 'margin', result: side.margin },
			{ id: 'discounted', result: discounted },
			{ id: 'retention', result: byTiming.finite },
			{ id: 'infinite', result: byTiming.infinite },
			{ id: 'continuing', result: continuing }
		],
		timings: side.retention,
		schedule,
		levers: clvLevers({
			spendPerPeriod: inputs.spend,
			grossMargin: inputs.margin,
			retention: inputs.retention,
			discountRate,
			timing: inputs.timing,
			horizon: inputs.horizon === 'infinite' ? 'infinite' : periods,
			acquisitionCost: inputs.acquisition
		})
	};
}
