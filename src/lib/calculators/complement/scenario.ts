/**
 * The complementary-product calculator's inputs as a shareable scenario: the URL schema
 * (versioned), how they map to the model's inputs, and where each model field is entered.
 */
import type { Currency } from '$lib/i18n/format';
import type { ComplementInput } from '$lib/model/loyalty';
import type { Schema } from '$lib/state/codec';
import type { FieldMap } from '../loyalty/field-problem';

export interface ComplementInputs extends Record<string, string | number> {
	currency: Currency;
	/** P: price of the main product (a home), money. */
	price: number;
	/** g_m: gross margin on the main product. */
	mainMargin: number;
	/** q: chance an owner buys the next one from the same firm. */
	repurchase: number;
	/** Y: years between purchases of the main product. */
	cycle: number;
	/** f: complement fee per month (property management), money. */
	fee: number;
	/** g_c: margin on the complement. */
	feeMargin: number;
	/** ρ: friends referred per owner per year, without the complement. */
	referrals: number;
	/** κ: share of referred friends who buy, without the complement. */
	conversion: number;
	/** Δq: rise in the repurchase chance with the complement, percentage points. */
	repurchaseUplift: number;
	/** Δρ: extra referrals per owner per year with the complement. */
	referralsUplift: number;
	/** Δκ: rise in the referrals' conversion with the complement, percentage points. */
	conversionUplift: number;
	/** π: price premium of the main product thanks to the complement. */
	premium: number;
	/** i: discount rate per year. */
	discount: number;
	/** H: horizon in years. */
	years: number;
}

export const scenarioVersion = 1;

export const complementSchema: Schema<ComplementInputs> = {
	currency: { kind: 'enum', values: ['CNY', 'USD', 'EUR'] },
	price: { kind: 'number', min: 0, max: 1e10 },
	mainMargin: { kind: 'number', min: 0, max: 1 },
	repurchase: { kind: 'number', min: 0, max: 1 },
	cycle: { kind: 'number', min: 1, max: 50, integer: true },
	fee: { kind: 'number', min: 0, max: 1e8 },
	feeMargin: { kind: 'number', min: 0, max: 1 },
	referrals: { kind: 'number', min: 0, max: 10 },
	conversion: { kind: 'number', min: 0, max: 1 },
	repurchaseUplift: { kind: 'number', min: -1, max: 1 },
	referralsUplift: { kind: 'number', min: -10, max: 10 },
	conversionUplift: { kind: 'number', min: -1, max: 1 },
	premium: { kind: 'number', min: 0, max: 2 },
	discount: { kind: 'number', min: 0, max: 1 },
	years: { kind: 'number', min: 1, max: 100, integer: true }
};

export const complementFields: FieldMap = {
	mainPrice: { input: 'price', kind: 'money' },
	mainMargin: { input: 'mainMargin', kind: 'percent' },
	repurchaseProbability: { input: 'repurchase', kind: 'percent' },
	yearsBetweenPurchases: { input: 'cycle', kind: 'count' },
	complementFeePerMonth: { input: 'fee', kind: 'money' },
	complementMargin: { input: 'feeMargin', kind: 'percent' },
	repurchaseUplift: { input: 'repurchaseUplift', kind: 'percent', upliftOf: 'repurchase' },
	referralRate: { input: 'referrals', kind: 'number' },
	referralConversion: { input: 'conversion', kind: 'percent' },
	referralRateUplift: { input: 'referralsUplift', kind: 'number', floorOf: 'referrals' },
	conversionUplift: { input: 'conversionUplift', kind: 'percent', upliftOf: 'conversion' },
	pricePremium: { input: 'premium', kind: 'percent' },
	discountRate: { input: 'discount', kind: 'percent' },
	horizonYears: { input: 'years', kind: 'count' }
};

export function modelInput(inputs: ComplementInputs): ComplementInput {
	return {
		mainPrice: inputs.price,
		mainMargin: inputs.mainMargin,
		repurchaseProbability: inputs.repurchase,
		yearsBetweenPurchases: inputs.cycle,
		complementFeePerMonth: inputs.fee,
		complementMargin: inputs.feeMargin,
		repurchaseUplift: inputs.repurchaseUplift,
		referralRate: inputs.referrals,
		referralConversion: inputs.conversion,
		referralRateUplift: inputs.referralsUplift,
		conversionUplift: inputs.conversionUplift,
		pricePremium: inputs.premium,
		discountRate: inputs.discount,
		horizonYears: inputs.years
	};
}
