/**
 * Class presets for the CLV calculator: the cases of the Chinese articles the site cites (by
 * title, at each preset) as plain data.
 *
 * Every number below is ILLUSTRATIVE: plausible orders of magnitude chosen to make each case
 * teach something, not data about any real company. Nothing here is localized; the UI translates a
 * preset's name and description by its `id`. Spend and retention are per period of `unit`; the
 * discount rate is per year and the horizon in years (see `ClvScenario`).
 */
import type { ClvScenario } from './scenario';

/** Which currency the amounts are meant in (the UI formats, never converts). */
export type CurrencyHint = 'USD' | 'CNY';

export const clvPresetIds = [
	'textbook-example',
	'airline-frequent-flyer',
	'credit-card-holder',
	'gap-shopper',
	'car-buyer',
	'supermarket-regular'
] as const;

export type ClvPresetId = (typeof clvPresetIds)[number];

export interface ClvPresetInputs extends ClvScenario {
	readonly currency: CurrencyHint;
}

export interface ClvPreset {
	readonly id: ClvPresetId;
	readonly inputs: ClvPresetInputs;
}

export const clvPresets: readonly ClvPreset[] = [
	{
		// The textbook example (Gupta & Lehmann 2003; Fader & Hardie 2012): m = 100, r = 0.8,
		// i = 0.12 (gross margin 1 so spend = margin); 5 years reproduces the truncated sums
		// 203.5164 and 284.9229, the infinite horizon 250 / 350.
		id: 'textbook-example',
		inputs: {
			unit: 'year',
			spendPerPeriod: 100,
			grossMargin: 1,
			retention: 0.8,
			annualDiscountRate: 0.12,
			acquisitionCost: 0,
			horizonYears: 5,
			currency: 'USD'
		}
	},
	{
		// “What customer lifetime value means”, points for high-frequency purchases: a business
		// traveller flying ~8 domestic round trips a year at ~CNY 1,500; thin airline margins;
		// enrolment and welcome miles as AC.
		id: 'airline-frequent-flyer',
		inputs: {
			unit: 'year',
			spendPerPeriod: 12_000,
			grossMargin: 0.12,
			retention: 0.85,
			annualDiscountRate: 0.08,
			acquisitionCost: 600,
			horizonYears: 10,
			currency: 'CNY'
		}
	},
	{
		// “What customer lifetime value means”, bank credit cards: "spend" is the issuer's revenue
		// from the card (interchange on ~CNY 100k of card spending, revolving interest, fees), not
		// the holder's card spending.
		id: 'credit-card-holder',
		inputs: {
			unit: 'year',
			spendPerPeriod: 1_200,
			grossMargin: 0.45,
			retention: 0.88,
			annualDiscountRate: 0.08,
			acquisitionCost: 350,
			horizonYears: 10,
			currency: 'CNY'
		}
	},
	{
		// “What customer lifetime value means”, GAP membership: a shopper spending ~US$90 a quarter
		// at an apparel gross margin near 38%; quarterly retention 0.75 (≈ 0.32 a year); a 10%-off
		// welcome voucher as AC.
		id: 'gap-shopper',
		inputs: {
			unit: 'quarter',
			spendPerPeriod: 90,
			grossMargin: 0.38,
			retention: 0.75,
			annualDiscountRate: 0.1,
			acquisitionCost: 20,
			horizonYears: 5,
			currency: 'USD'
		}
	},
	{
		// Lixiao CRM (2021): cars bought over a lifetime × average price + parts and after-sales
		// service (+ loan interest) ≈ US$400,000 per loyal customer. Illustrative split over 50
		// driving years: 10 cars × $30,000 = $300,000, parts and service $1,500 a year = $75,000,
		// loan interest $500 a year = $25,000; i.e. $8,000 a year × 50 years = $400,000 of revenue,
		// and simple CLV = 400,000 − 600. The margin and retention formulas show how much less of
		// it is profit today.
		id: 'car-buyer',
		inputs: {
			unit: 'year',
			spendPerPeriod: 8_000,
			grossMargin: 0.15,
			retention: 0.9,
			annualDiscountRate: 0.08,
			acquisitionCost: 600,
			horizonYears: 50,
			currency: 'USD'
		}
	},
	{
		// “The customer lifecycle (how to extend it)”: a supermarket selling RMB 500k a day, 60%+
		// from existing customers, and a fresh-food member with 15+ orders a month. Here 16 orders
		// × CNY 55 = CNY 880 a month (≈ CNY 29 a day, so the regulars' RMB 300k a day is about
		// 10,000 such members); fresh-food gross margin 20%; monthly retention 0.93; a new-member
		// coupon as AC.
		id: 'supermarket-regular',
		inputs: {
			unit: 'month',
			spendPerPeriod: 880,
			grossMargin: 0.2,
			retention: 0.93,
			annualDiscountRate: 0.08,
			acquisitionCost: 40,
			horizonYears: 3,
			currency: 'CNY'
		}
	}
];

/**
 * The preset with this id, or undefined (e.g. for an unknown id in a shared link).
 *
 * @example
 * findClvPreset('car-buyer')?.inputs.spendPerPeriod
 * //=> 8000
 */
export function findClvPreset(id: string): ClvPreset | undefined {
	return clvPresets.find((preset) => preset.id === id);
}
