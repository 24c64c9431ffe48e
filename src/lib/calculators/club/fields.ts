/**
 * The customer-club calculator's inputs, declared once: kind, limits, slider and the model
 * parameter each fills. The URL schema, the error map and the model's inputs come from here.
 */
import type { ClubInput } from '$lib/model/loyalty';
import { defineFields, fieldMapOf, schemaOf, toModel, type InputsOf } from '$lib/state/fields';
import * as field from '$lib/ui/calculator/field-kinds';

/** A money input whose slider reaches twice the value typed, and at least `floor`. */
const money = <M extends string>(model: M, floor: number) =>
	({ ...field.money(field.doublingSlider(floor, floor >= 50_000 ? 500 : 50)), model }) as const;

export const fields = defineFields({
	currency: field.currency,
	/** C: club cost per active member per year. */
	cost: money('clubCostPerMember', 10_000),
	/** M: after-sales revenue per active customer per year. */
	afterSales: money('afterSalesRevenue', 50_000),
	/** g_a: margin on after-sales revenue. */
	afterSalesMargin: { ...field.share, model: 'afterSalesMargin' },
	/** Δa: rise in after-sales revenue among members. */
	afterSalesUplift: {
		kind: 'percent',
		min: -1,
		max: 10,
		slider: { min: 0, max: 1 },
		model: 'afterSalesUplift'
	},
	/** m_o: other margin per active customer per year, money. */
	otherMargin: money('otherMarginPerYear', 50_000),
	/** r: retention per year without the club. */
	retention: { ...field.share, model: 'baseRetention' },
	/** Δr: rise in retention with the club, percentage points. */
	retentionUplift: { ...field.shareUplift('retention', 0.2), model: 'retentionUplift' },
	/** ρ: referred buyers per customer per year without the club. */
	referrals: {
		kind: 'number',
		min: 0,
		max: 10,
		slider: { max: 0.5, step: 0.005 },
		model: 'referralsPerYear'
	},
	/** Δρ: extra referred buyers per member per year. */
	referralsUplift: {
		kind: 'number',
		min: -10,
		max: 10,
		slider: { min: 0, max: 0.5, step: 0.005 },
		model: 'referralsUplift',
		floorOf: 'referrals'
	},
	/** V: profit from one referred customer's purchase. */
	referralValue: money('referralValue', 200_000),
	/** i: discount rate per year. */
	discount: { ...field.annualDiscount, model: 'discountRate' },
	/** N: horizon in years. */
	years: { ...field.years(100, 40), model: 'horizonYears' }
});

export type ClubInputs = InputsOf<typeof fields>;

/** The inputs in the order the page shows them, by group. */
export const groups = [
	{ id: 'club', keys: ['cost'] },
	{
		id: 'customers',
		keys: [
			'afterSales',
			'afterSalesMargin',
			'otherMargin',
			'retention',
			'referrals',
			'referralValue'
		]
	},
	{ id: 'effects', keys: ['afterSalesUplift', 'retentionUplift', 'referralsUplift'] },
	{ id: 'valuation', keys: ['discount', 'years'] }
] as const;

export const scenarioVersion = 1;
export const schema = schemaOf(fields);
export const fieldMap = fieldMapOf(fields);

export const modelInput = (inputs: ClubInputs): ClubInput => toModel(fields, inputs);
