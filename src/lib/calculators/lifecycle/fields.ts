/**
 * The lifecycle simulator's flat inputs, declared once: the period, currency, cohort, horizon,
 * yearly discount rate and the campaign's size, cost and length. Their keys are the short ones of
 * its share links (`n=1000&h=60…`), so links and saved scenarios from before still open. The chain
 * itself (states, money, transition probabilities) and the indices into it (start state, campaign
 * target and destinations) are packed into the scenario by `scenario.ts`.
 */
import { defineFields, fieldMapOf, type InputsOf } from '$lib/state/fields';
import * as field from '$lib/ui/calculator/field-kinds';

export const MAX_MONTHS = 240;
export const MAX_COHORT = 10_000_000;
export const MAX_MONEY_UI = field.maxMoney;

export const fields = defineFields({
	/** What one step of the chain means; probabilities and money are per this period. */
	unit: field.timeUnit,
	cur: field.currency,
	/** Customers who start together. */
	n: {
		kind: 'count',
		min: 1,
		max: MAX_COHORT,
		slider: { min: 100, max: (v: number) => Math.max(10_000, v), step: 100 },
		model: 'cohortSize',
		label: 'cohortSize'
	},
	/** Horizon in months, converted to whole periods. */
	h: { kind: 'count', min: 1, max: MAX_MONTHS, unit: 'months', label: 'months' },
	/** Discount rate per year, converted to per period by compounding. */
	d: { ...field.annualDiscount, label: 'discount' },
	/** Probability the campaign moves, 0–1 (0.05 = 5 percentage points). */
	ca: { ...field.share, model: 'campaign.shifts[0].amount', label: 'amount' },
	/** Money per targeted customer per period while the campaign runs. */
	cc: {
		...field.money(field.doublingSlider(100, 0.5)),
		model: 'campaign.costPerCustomer',
		label: 'cost'
	},
	/** Periods the campaign runs, from period 0. */
	cd: {
		kind: 'count',
		min: 0,
		max: MAX_MONTHS,
		slider: { max: 60 },
		model: 'campaign.durationPeriods',
		label: 'duration'
	}
});

export type LifecycleFields = InputsOf<typeof fields>;

/** Where each model refusal is shown (the discount rate and horizon reach the model converted). */
export const fieldMap = fieldMapOf(fields, { discountRate: 'd', periods: 'h' });
