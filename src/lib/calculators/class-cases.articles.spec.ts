/**
 * Every class case an article works through opens with the article's numbers: the Teach page's
 * link is decoded as the calculator page decodes it, run through the calculator's own compute, and
 * compared with the figures the article states (rounded as the article prints them).
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '$lib/i18n/locales';
import { pick } from '$lib/i18n/messages';
import lifecycleEn from '$lib/i18n/messages/en/lifecycle';
import lifecycleZh from '$lib/i18n/messages/zh/lifecycle';
import { decodeScenario, type Schema } from '$lib/state/codec';
import { presentLink } from './class-cases';
import { computeClv } from './clv/compute';
import { presetInputs as clvPreset } from './clv/presets';
import { schema as clvSchema, scenarioVersion as clvVersion } from './clv/fields';
import { computeCampaign, computeLifecycle } from './lifecycle/compute';
import { presetInputs as lifecyclePreset } from './lifecycle/presets';
import {
	fromFlat,
	lifecycleSchema,
	scenarioVersion as lifecycleVersion,
	toFlat
} from './lifecycle/scenario';
import { computeReferral } from './referral/compute';
import { presetInputs as referralPreset } from './referral/presets';
import { schema as referralSchema, scenarioVersion as referralVersion } from './referral/fields';

const locales = ['en', 'zh'] as const;

/** A class case's values, decoded from its Teach link as the calculator's page decodes them. */
function openCase<T extends Record<string, string | number>>(
	calculator: string,
	version: number,
	schema: Schema<T>,
	defaults: T,
	locale: Locale,
	preset: string
): T {
	const link = new URL(presentLink(locale, calculator, preset)!, 'http://x.test');
	const decoded = decodeScenario(version, schema, link.searchParams, defaults);
	expect(decoded.fromLink).toBe(true);
	return decoded.values;
}

/** The CLV calculator's view of a class case, as its page opens it. */
const clvCase = (locale: Locale, preset: string) =>
	computeClv(openCase('clv', clvVersion, clvSchema, clvPreset(undefined, locale), locale, preset));

const finiteValue = (result: { kind: string; value?: number }) => {
	expect(result.kind).toBe('finite');
	return result.value!;
};

const namer = (locale: Locale) => (id: string, presetId: string) => {
	const names = pick(locale, lifecycleEn, lifecycleZh).stateNames;
	return names[`${presetId}:${id}`] ?? names[id] ?? id;
};

/** The lifecycle calculator's inputs for a class case, as its page opens it. */
function lifecycleCase(locale: Locale, preset: string) {
	const defaults = toFlat(lifecyclePreset(undefined, locale, namer(locale)), locale);
	const values = openCase('lifecycle', lifecycleVersion, lifecycleSchema, defaults, locale, preset);
	return { ...fromFlat(values, locale)!, currency: locale === 'zh' ? 'CNY' : 'USD' } as const;
}

/** The referral calculator's view of a class case, as its page opens it. */
const referralCase = (locale: Locale, preset: string) =>
	computeReferral(
		openCase(
			'referral',
			referralVersion,
			referralSchema,
			referralPreset(undefined, locale),
			locale,
			preset
		)
	);

describe('class cases reproduce their articles', () => {
	it.each(locales)('how-to-calculate-clv, textbook customer (%s): 350, 250, 312.5', (locale) => {
		// m = 100, r = 0.8, i = 0.12, no end date (Fader & Hardie 2012):
		// 100 × 1.12 ÷ 0.32 = 350; 350 − 100 = 250; 350 ÷ 1.12 = 312.5.
		const view = clvCase(locale, 'textbook-example');
		expect(finiteValue(view.headline)).toBeCloseTo(350, 9);
		expect(finiteValue(view.timings['end-of-period'].infinite)).toBeCloseTo(250, 9);
		expect(finiteValue(view.timings['end-first-certain'].infinite)).toBeCloseTo(312.5, 9);
		// not the preset's five-year value (Fader & Hardie 2012's five-period sum: 284.9229)
		expect(finiteValue(view.timings['start-of-period'].finite)).toBeCloseTo(284.9229, 4);
	});

	it.each(locales)('how-to-calculate-clv and clv-in-practice, car buyer (%s): $6,599', (locale) => {
		// US$400,000 of revenue; start of period, 90% retention, 8%, 50 years, net of $600.
		const view = clvCase(locale, 'car-buyer');
		expect(Math.round(finiteValue(view.headline))).toBe(6599);
		expect(finiteValue(view.formulas.find((f) => f.id === 'simple')!.result)).toBe(399_400);
	});

	it.each(locales)('what-is-clv, supermarket regular (%s): ¥2,183 − ¥40 = ¥2,143', (locale) => {
		const view = clvCase(locale, 'supermarket-regular');
		const headline = finiteValue(view.headline);
		expect(Math.round(headline)).toBe(2143);
		const current = view.headline.steps.find((s) => s.id === 'presentValue')!.value;
		expect(Math.round(current)).toBe(2183);
		expect(current - headline).toBeCloseTo(40, 9);
	});

	it.each(locales)('loyalty-business-models, frequent flyer and GAP (%s)', (locale) => {
		expect(Math.round(finiteValue(clvCase(locale, 'airline-frequent-flyer').headline))).toBe(5545);
		expect(Math.round(finiteValue(clvCase(locale, 'gap-shopper').headline))).toBe(108);
	});

	it.each(locales)('customer-lifecycle, stage values (%s)', (locale) => {
		const inputs = lifecycleCase(locale, 'relationship');
		const view = computeLifecycle(inputs);
		expect(view.infinite.kind).toBe('finite');
		const value = (id: string) =>
			view.infinite.kind === 'finite'
				? view.infinite.values[inputs.states.findIndex((s) => s.id === id)]!
				: NaN;
		// the article's prediction: a new customer is worth more than a declining one
		expect(Math.round(value('exploration'))).toBe(687);
		expect(Math.round(value('decline'))).toBe(110);
		expect(Math.round(value('stability'))).toBe(1194);
	});

	it.each(locales)('customer-lifecycle, retail reminder (%s): ROI 367%%', (locale) => {
		const inputs = lifecycleCase(locale, 'retail-recency');
		// the article's campaign: 2 a month per dormant customer, first 6 months, 5% back to active
		expect(inputs.campaign).toMatchObject({ cost: 2, duration: 6, amount: 0.05 });
		expect(inputs.cohortSize).toBe(1000);
		expect(inputs.months).toBe(60);
		const campaign = computeCampaign(inputs);
		expect(campaign.roi.kind).toBe('finite');
		if (campaign.roi.kind === 'finite') expect(campaign.roi.value).toBeCloseTo(3.666, 3);
		expect(Math.round(campaign.totals.valueGain)).toBe(7732);
		expect(Math.round(campaign.totals.netGain)).toBe(6075);
	});

	it.each(locales)('customer-value-multiplication, referral chains (%s)', (locale) => {
		// K = 0.5 × 0.2 ÷ (1 − 0.75) = 0.4 for everyone; 1 ÷ (1 − 0.4) customers in all
		const chain = referralCase(locale, 'software-chain').projection.viral;
		expect(finiteValue(chain.first.lifetime)).toBeCloseTo(0.4, 12);
		expect(finiteValue(chain.headCount)).toBeCloseTo(1 / 0.6, 12);
		// the fitted five-year case: K₀ = 4 × 0.25 ÷ 0.05 = 20, K_r = 0.15 × 0.25 ÷ 0.05 = 0.75,
		// 1 + 20 ÷ 0.25 = 81 customers
		const fitted = referralCase(locale, 'software-vendor').projection.viral;
		expect(finiteValue(fitted.first.lifetime)).toBeCloseTo(20, 12);
		expect(finiteValue(fitted.referred.lifetime)).toBeCloseTo(0.75, 12);
		expect(finiteValue(fitted.headCount)).toBeCloseTo(81, 9);
	});
});
