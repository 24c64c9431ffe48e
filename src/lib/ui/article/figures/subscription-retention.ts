/**
 * The figures "Subscription retention" quotes: the shifted-beta-geometric model fitted to Fader
 * and Hardie's regular customers (1,000 who signed up in the same year, followed for 12 years),
 * as the subscription calculator fits them. Imported by the article with `?build-time`
 * (src/lib/build-time/vite-plugin.ts): plain values in the browser.
 */
import { analyzeRetention, findRetentionPreset, survival } from '$lib/model/sbg';
import { having } from './steps';

// Values per customer at $100 a year and 10% a year (Fader & Hardie's discount rate).
const settings = {
	margin: 100,
	acquisitionCost: 100,
	annualDiscountRate: 0.1,
	unit: 'year'
} as const;
const analyse = (counts: number[]) => {
	const result = analyzeRetention({ counts: [counts], horizon: 36, renewals: 7, settings });
	if (result.kind !== 'fitted') throw new Error('the example no longer fits');
	return result;
};

const preset = (id: string) => {
	const counts = findRetentionPreset(id)?.counts[0];
	if (!counts) throw new Error(`no retention preset ${id}`);
	return counts;
};

/** All twelve years; the article knows years 0–7 (what the model is fitted on) until the reveal. */
export const full = preset('fh-regular');
export const known = full.slice(0, 8);
export const years = known.map((active, year) => ({
	year,
	active,
	retention: year === 0 ? null : active / known[year - 1]!
}));
const fitted = analyse(known);
export const fit = { churn: { mean: fitted.churn.mean } };
export const params = { alpha: fitted.fit.alpha.value, beta: fitted.fit.beta.value };
const constant = fitted.constantChurn;
export const cc = {
	churn: constant.churn,
	discountedLifetime: constant.discountedLifetime,
	residualLifetime: constant.residualLifetime,
	understatement: constant.understatement
};
export const shortcut12 = Math.pow(1 - cc.churn, 12);
export const sbg12 = survival(params, 12).value;
export const actual12 = full[12]! / full[0]!;
export const later = full.slice(8).map((active, i) => ({
	year: 8 + i,
	active,
	sbg: full[0]! * survival(params, 8 + i).value,
	shortcut: full[0]! * Math.pow(1 - cc.churn, 8 + i)
}));

// Two kinds of customer, half each: one leaves with a 10% chance a year, the other with 50%.
const mix = [0.1, 0.5];
const mixSurvival = (t: number) => mix.reduce((sum, churn) => sum + Math.pow(1 - churn, t) / 2, 0);
export const mixRows = [1, 2, 3, 4, 6, 10].map((t) => ({
	year: t,
	retention: mixSurvival(t) / mixSurvival(t - 1),
	loyal: Math.pow(0.9, t - 1) / 2 / mixSurvival(t - 1)
}));

const newCustomer = having(fitted.newCustomer, 'value');
export const newer = { lifetime: newCustomer.lifetime, value: newCustomer.value };
export const renewed = { lifetime: having(fitted.renewedCustomer, 'lifetime').lifetime };
export const highEnd = {
	constantChurn: {
		understatement: analyse(preset('fh-high-end').slice(0, 8)).constantChurn.understatement
	}
};
