/**
 * The customer-club calculator's inputs as a shareable scenario: the URL schema (versioned), how
 * they map to the model's inputs, and where each model field is entered.
 */
import type { Currency } from '$lib/i18n/format';
import type { ClubInput } from '$lib/model/loyalty';
import type { Schema } from '$lib/state/codec';
import type { FieldMap } from '../loyalty/field-problem';

export interface ClubInputs extends Record<string, string | number> {
	currency: Currency;
	/** C: club cost per active member per year, money. */
	cost: number;
	/** M: after-sales revenue per active customer per year, money. */
	afterSales: number;
	/** g_a: margin on after-sales revenue. */
	afterSalesMargin: number;
	/** Δa: rise in after-sales revenue among members. */
	afterSalesUplift: number;
	/** m_o: other margin per active customer per year, money. */
	otherMargin: number;
	/** r: retention per year without the club. */
	retention: number;
	/** Δr: rise in retention with the club, percentage points. */
	retentionUplift: number;
	/** ρ: referred buyers per customer per year without the club. */
	referrals: number;
	/** Δρ: extra referred buyers per member per year. */
	referralsUplift: number;
	/** V: profit from one referred customer's purchase, money. */
	referralValue: number;
	/** i: discount rate per year. */
	discount: number;
	/** N: horizon in years. */
	years: number;
}

export const scenarioVersion = 1;

export const clubSchema: Schema<ClubInputs> = {
	currency: { kind: 'enum', values: ['CNY', 'USD', 'EUR'] },
	cost: { kind: 'number', min: 0, max: 1e9 },
	afterSales: { kind: 'number', min: 0, max: 1e9 },
	afterSalesMargin: { kind: 'number', min: 0, max: 1 },
	afterSalesUplift: { kind: 'number', min: -1, max: 10 },
	otherMargin: { kind: 'number', min: 0, max: 1e9 },
	retention: { kind: 'number', min: 0, max: 1 },
	retentionUplift: { kind: 'number', min: -1, max: 1 },
	referrals: { kind: 'number', min: 0, max: 10 },
	referralsUplift: { kind: 'number', min: -10, max: 10 },
	referralValue: { kind: 'number', min: 0, max: 1e9 },
	discount: { kind: 'number', min: 0, max: 1 },
	years: { kind: 'number', min: 1, max: 100, integer: true }
};

export const clubFields: FieldMap = {
	clubCostPerMember: { input: 'cost', kind: 'money' },
	afterSalesRevenue: { input: 'afterSales', kind: 'money' },
	afterSalesMargin: { input: 'afterSalesMargin', kind: 'percent' },
	afterSalesUplift: { input: 'afterSalesUplift', kind: 'percent' },
	otherMarginPerYear: { input: 'otherMargin', kind: 'money' },
	baseRetention: { input: 'retention', kind: 'percent' },
	retentionUplift: { input: 'retentionUplift', kind: 'percent', upliftOf: 'retention' },
	referralsPerYear: { input: 'referrals', kind: 'number' },
	referralsUplift: { input: 'referralsUplift', kind: 'number', floorOf: 'referrals' },
	referralValue: { input: 'referralValue', kind: 'money' },
	discountRate: { input: 'discount', kind: 'percent' },
	horizonYears: { input: 'years', kind: 'count' }
};

export function modelInput(inputs: ClubInputs): ClubInput {
	return {
		clubCostPerMember: inputs.cost,
		afterSalesRevenue: inputs.afterSales,
		afterSalesMargin: inputs.afterSalesMargin,
		afterSalesUplift: inputs.afterSalesUplift,
		otherMarginPerYear: inputs.otherMargin,
		baseRetention: inputs.retention,
		retentionUplift: inputs.retentionUplift,
		referralsPerYear: inputs.referrals,
		referralsUplift: inputs.referralsUplift,
		referralValue: inputs.referralValue,
		discountRate: inputs.discount,
		horizonYears: inputs.years
	};
}
