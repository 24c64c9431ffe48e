/**
 * The complementary-product calculator's inputs, declared once: kind, limits, slider and the model
 * parameter each fills. The URL schema, the error map and the model's inputs come from here.
 */
import type { ComplementInput } from '$lib/model/loyalty';
import { defineFields, fieldMapOf, schemaOf, toModel, type InputsOf } from '$lib/state/fields';
import * as field from '$lib/ui/calculator/field-kinds';

/** A share of 0–100%. */
const share = <M extends string>(model: M) => ({ ...field.share, model }) as const;

/** A change of a share by −100 to +100 points that must keep the share within 0–100%. */
const shareUplift = <M extends string>(model: M, base: string) =>
	({ ...field.shareUplift(base, 0.5), model }) as const;

export const fields = defineFields({
	currency: field.currency,
	/** P: price of the main product (a home). */
	price: {
		kind: 'money',
		min: 0,
		max: 1e10,
		slider: {
			max: (v: number) => Math.max(10_000_000, v * 2),
			step: (v: number) => Math.max(10_000_000, v * 2) / 200
		},
		model: 'mainPrice'
	},
	/** g_m: gross margin on the main product. */
	mainMargin: share('mainMargin'),
	/** q: chance an owner buys the next one from the same firm. */
	repurchase: share('repurchaseProbability'),
	/** Y: years between purchases of the main product. */
	cycle: {
		kind: 'count',
		min: 1,
		max: 50,
		slider: { max: 30 },
		unit: 'years',
		model: 'yearsBetweenPurchases'
	},
	/** f: complement fee per month (property management). */
	fee: { ...field.money(field.doublingSlider(2000, 10), 1e8), model: 'complementFeePerMonth' },
	/** g_c: margin on the complement. */
	feeMargin: share('complementMargin'),
	/** ρ: friends referred per owner per year, without the complement. */
	referrals: {
		kind: 'number',
		min: 0,
		max: 10,
		slider: { max: 1, step: 0.01 },
		model: 'referralRate'
	},
	/** κ: share of referred friends who buy, without the complement. */
	conversion: share('referralConversion'),
	/** Δq: rise in the repurchase chance with the complement, percentage points. */
	repurchaseUplift: shareUplift('repurchaseUplift', 'repurchase'),
	/** Δρ: extra referrals per owner per year with the complement. */
	referralsUplift: {
		kind: 'number',
		min: -10,
		max: 10,
		slider: { min: 0, max: 1, step: 0.01 },
		model: 'referralRateUplift',
		floorOf: 'referrals'
	},
	/** Δκ: rise in the referrals' conversion with the complement, percentage points. */
	conversionUplift: shareUplift('conversionUplift', 'conversion'),
	/** π: price premium of the main product thanks to the complement. */
	premium: { kind: 'percent', min: 0, max: 2, slider: { max: 0.3 }, model: 'pricePremium' },
	/** i: discount rate per year. */
	discount: { ...field.annualDiscount, model: 'discountRate' },
	/** H: horizon in years. */
	years: { ...field.years(100, 60), model: 'horizonYears' }
});

export type ComplementInputs = InputsOf<typeof fields>;

/** The inputs in the order the page shows them, by group. */
export const groups = [
	{
		id: 'main',
		keys: ['price', 'mainMargin', 'repurchase', 'cycle', 'referrals', 'conversion']
	},
	{ id: 'complement', keys: ['fee', 'feeMargin'] },
	{ id: 'effects', keys: ['repurchaseUplift', 'referralsUplift', 'conversionUplift', 'premium'] },
	{ id: 'valuation', keys: ['discount', 'years'] }
] as const;

export const scenarioVersion = 1;
export const schema = schemaOf(fields);
export const fieldMap = fieldMapOf(fields);

export const modelInput = (inputs: ComplementInputs): ComplementInput => toModel(fields, inputs);
