/**
 * Everything the CLV calculator shows, computed from its inputs in one pass: the side-by-side
 * formulas, the headline, the per-period schedule, the figures a business reports (customer
 * equity, LTV : CAC, payback), the scenario the tornado moves and the unit conversions. Pure, so
 * it is unit-tested and benchmarked outside the browser (`npm run bench`).
 */
import {
	clvSchedule,
	paybackPeriod,
	clvSideBySide,
	continuingValue,
	growingDiscountedClv,
	type ClvResult,
	type ClvSchedule,
	type FiniteResult,
	type PeriodInputs,
	type TornadoScenario
} from '$lib/model/clv';
import { maxPeriods } from '$lib/model/errors';
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
	readonly business: ClvBusiness;
	/**
	 * With no end to the headline, the value that comes after the schedule's last period (the
	 * charts stop there), and its share of the value before acquisition cost; null otherwise.
	 */
	readonly beyond: { readonly value: number; readonly share: number | null } | null;
	/** The headline's scenario, for the tornado (`clvTornado`, drawn by `ClvTornado.svelte`). */
	readonly tornado: TornadoScenario;
}

/**
 * When the acquisition cost is paid back by discounted margin (the headline's timing), in periods:
 * `none` without a cost, `at` period t (0: by the first margin), `never` within `within` periods
 * (the finite horizon, or the model's longest one for an infinite headline).
 */
export type Payback =
	| { readonly kind: 'none' }
	| { readonly kind: 'at'; readonly periods: number }
	| { readonly kind: 'never'; readonly within: number };

/** The figures a manager reports upward, from the headline. */
export interface ClvBusiness {
	/** N: customers in the base. */
	readonly customers: number;
	/**
	 * What a customer already won is worth: the headline plus the acquisition cost, which is spent
	 * for them. null when the headline has no finite value.
	 */
	readonly valuePerCustomer: number | null;
	/** Customer equity: N × the value of a customer already won. */
	readonly equity: number | null;
	/** LTV : CAC, the value of a customer before acquisition cost over that cost; null without a cost. */
	readonly ltvToCac: number | null;
	readonly payback: Payback;
}

/** The business figures: equity, LTV : CAC and payback, for a headline and its schedule. */
function businessFigures(
	inputs: ClvInputs,
	headline: ClvResult,
	schedule: ClvSchedule,
	longPayback: () => number | null
): ClvBusiness {
	const value = headline.kind === 'finite' ? headline.value + inputs.acquisition : null;
	const cost = inputs.acquisition;
	const within = inputs.horizon === 'infinite' ? maxPeriods : schedule.period.length;
	const at = inputs.horizon === 'infinite' && cost > 0 ? longPayback() : schedule.paybackPeriod;
	return {
		customers: inputs.customers,
		valuePerCustomer: value,
		equity: value === null ? null : value * inputs.customers,
		ltvToCac: value === null || cost === 0 ? null : value / cost,
		payback:
			cost === 0
				? { kind: 'none' }
				: at === null
					? { kind: 'never', within }
					: { kind: 'at', periods: at }
	};
}

/** What an infinite headline holds after the schedule's last period. */
function beyondChart(
	inputs: ClvInputs,
	headline: ClvResult,
	schedule: ClvSchedule
): ClvView['beyond'] {
	const last = schedule.cumulativeNet.at(-1);
	if (inputs.horizon !== 'infinite' || headline.kind !== 'finite' || last === undefined)
		return null;
	const value = headline.value - last;
	const before = headline.value + inputs.acquisition;
	return { value, share: before > 0 ? value / before : null };
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
	const headline = inputs.horizon === 'infinite' ? byTiming.infinite : byTiming.finite;
	// An infinite headline pays back whenever it does, not only within the chart's years.
	const longPayback = () =>
		paybackPeriod({
			margin: marginPerPeriod,
			retention: inputs.retention,
			discountRate,
			timing: inputs.timing,
			horizon: 'infinite',
			acquisitionCost: inputs.acquisition
		});
	return {
		period: side.periodInputs,
		annualRetention: convertRetention(inputs.retention, inputs.unit, 'year').value,
		growthPerPeriod,
		headline,
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
		business: businessFigures(inputs, headline, schedule, longPayback),
		beyond: beyondChart(inputs, headline, schedule),
		tornado: {
			spendPerPeriod: inputs.spend,
			grossMargin: inputs.margin,
			retention: inputs.retention,
			annualDiscountRate: inputs.discount,
			unit: inputs.unit,
			acquisitionCost: inputs.acquisition,
			timing: inputs.timing,
			horizon: inputs.horizon === 'infinite' ? 'infinite' : periods
		}
	};
}
