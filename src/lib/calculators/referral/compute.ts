/**
 * Everything the referral calculator shows, computed from its inputs in one pass: the projection,
 * revenue by source per year, customers per generation, the cycle-time comparison, the levers and
 * Kumar's referral value of the first generation. Pure (plain arrays out, no typed-array views), so
 * it is unit-tested and benchmarked outside the browser.
 */
import { ModelInputError } from '$lib/model/errors';
import { projectReferral, type ReferralProjection } from '$lib/model/referral/expected';
import type { ReferralParams } from '$lib/model/referral/params';
import { periodsPerYear, type TimeUnit } from '$lib/model/time';
import { referralLevers, type ReferralLever } from './levers';
import { toParams, type ReferralInputs } from './fields';

export interface YearlySources {
	/** Year numbers, 1-based. */
	readonly years: readonly number[];
	readonly direct: readonly number[];
	readonly upsell: readonly number[];
	readonly crossSell: readonly number[];
	readonly referral: readonly number[];
}

export interface GenerationRow {
	/** 0 = the first customers, 1 = the customers they referred, … */
	readonly generation: number;
	/** True for the last tracked generation, which also holds every deeper one. */
	readonly andDeeper: boolean;
	/** Expected customers of this generation acquired within the horizon. */
	readonly joined: number;
	/** Expected customers of this generation still active in the last period. */
	readonly activeAtEnd: number;
}

export interface CycleRow {
	/** Cycle time in periods. */
	readonly lag: number;
	/** Whether this is the reader's own cycle time. */
	readonly current: boolean;
	/** The deepest generation that can join within the horizon: ⌊(H − 1)/L⌋. */
	readonly generationsReached: number;
	/** `undefined` when this cycle time makes the chain pass 10¹² customers. */
	readonly outcome?: {
		readonly customers: number;
		readonly referralValue: number;
		readonly totalValue: number;
	};
}

export interface ReferralView {
	readonly params: ReferralParams;
	readonly unit: TimeUnit;
	readonly projection: ReferralProjection;
	/** Cumulative discounted profit per period, as a plain array (for charts). */
	readonly cumulativeProfit: readonly number[];
	readonly yearly: YearlySources;
	/** Generations with at least a thousandth of a customer (always 0 and 1). */
	readonly generations: readonly GenerationRow[];
	readonly cycles: readonly CycleRow[];
	readonly levers: readonly ReferralLever[];
	/** Kumar's CRV of the first customers' own referrals (no cap only), money. */
	readonly firstGenerationValue: number | undefined;
}

/** Revenue by source summed over each year of the horizon. */
export function yearlySources(projection: ReferralProjection, unit: TimeUnit): YearlySources {
	const k = periodsPerYear[unit];
	const count = Math.ceil(projection.horizon / k);
	const years = Array.from({ length: count }, (_, y) => y + 1);
	const byYear = (series: Float64Array) =>
		years.map((year) => {
			let total = 0;
			for (let t = (year - 1) * k; t < Math.min(year * k, series.length); t++) total += series[t]!;
			return total;
		});
	const { revenue } = projection.series;
	return {
		years,
		direct: byYear(revenue.direct),
		upsell: byYear(revenue.upsell),
		crossSell: byYear(revenue.crossSell),
		referral: byYear(revenue.referral)
	};
}

/** Customers per generation over the horizon; deep generations with almost nobody are left out. */
export function generationRows(projection: ReferralProjection): GenerationRow[] {
	const { newByGeneration, activeByGeneration } = projection.series;
	const last = newByGeneration.length - 1;
	const rows = newByGeneration.map((joins, g) => ({
		generation: g,
		andDeeper: g === last,
		joined: joins.reduce((total, x) => total + x, 0),
		activeAtEnd: activeByGeneration[g]![projection.horizon - 1]!
	}));
	let shown = rows.length;
	while (shown > 2 && rows[shown - 1]!.joined < 0.001) shown--;
	return rows.slice(0, shown);
}

function outcomeOf(params: ReferralParams): CycleRow['outcome'] {
	try {
		const { totals } = projectReferral(params);
		return {
			customers: totals.customersAcquired,
			referralValue: totals.referralValue,
			totalValue: totals.totalValue
		};
	} catch (error) {
		if (error instanceof ModelInputError) return undefined;
		throw error;
	}
}

/** The same scenario with a shorter and a longer cycle time (K unchanged: it does not depend on L). */
export function cycleComparison(params: ReferralParams, current: ReferralProjection): CycleRow[] {
	const L = params.lag;
	const lags = L === 1 ? [1, 2, 4] : [Math.max(1, Math.round(L / 2)), L, 2 * L];
	return lags.map((lag) => ({
		lag,
		current: lag === L,
		generationsReached: Math.floor((params.horizon - 1) / lag),
		outcome:
			lag === L
				? {
						customers: current.totals.customersAcquired,
						referralValue: current.totals.referralValue,
						totalValue: current.totals.totalValue
					}
				: outcomeOf({ ...params, lag })
	}));
}

/**
 * Kumar's customer referral value of the first customers' own referrals (no cap): the discounted
 * margin of the customers they refer, minus rewards. Computed as the referral value of the same
 * chain with referred customers referring nobody, which equals
 * `customerReferralValue(firstGenerationReferrals(params), d)` (Kumar, Petersen & Leone 2007;
 * pinned in compute.spec.ts) in O(H) instead of O(H²).
 */
export function firstGenerationValue(params: ReferralParams): number | undefined {
	const referred = { ...(params.referred ?? params.first), referralRate: 0 };
	return outcomeOf({ ...params, marketCap: null, referred })?.referralValue;
}

/** Computes the calculator's view; throws `ModelInputError` for inputs the model refuses. */
export function computeReferral(inputs: ReferralInputs): ReferralView {
	const params = toParams(inputs);
	const projection = projectReferral(params);
	return {
		params,
		unit: inputs.unit,
		projection,
		cumulativeProfit: Array.from(projection.series.cumulativeProfit),
		yearly: yearlySources(projection, inputs.unit),
		generations: generationRows(projection),
		cycles: cycleComparison(params, projection),
		levers: referralLevers(params, projection.totals.totalValue),
		firstGenerationValue: params.marketCap === null ? firstGenerationValue(params) : undefined
	};
}
