/**
 * The figures "What is customer lifetime value?" quotes: the supermarket regular of the CLV
 * calculator (the fresh-food member of "The customer lifecycle (how to extend it)"), start of
 * period, as the calculator's headline. Imported by the article with `?build-time`
 * (src/lib/build-time/vite-plugin.ts): plain values in the browser.
 */
import { clvSideBySide, findClvPreset, marginClv } from '$lib/model/clv';
import { having } from './steps';

const stepOf = (result: { steps: readonly { id: string; value: number }[] }, id: string) => {
	const step = result.steps.find((s) => s.id === id);
	if (!step) throw new Error(`no step ${id}`);
	return step.value;
};
const headlineOf = (inputs: Parameters<typeof clvSideBySide>[0]) =>
	having(clvSideBySide(inputs).retention['start-of-period'].finite, 'value');

const preset = findClvPreset('supermarket-regular');
if (!preset) throw new Error('no supermarket-regular preset');
export const regular = { ...preset.inputs };
export const monthlyMargin = stepOf(clvSideBySide(regular).margin, 'marginPerPeriod');
export const monthsSoFar = 12;
export const historical = stepOf(
	having(marginClv({ ...regular, periods: monthsSoFar, acquisitionCost: 0 }), 'value'),
	'lifetimeMargin'
);
const headline0 = headlineOf(regular);
export const headline = { value: headline0.value };
export const current = stepOf(headline0, 'presentValue');
export const joining = regular.acquisitionCost;
export const extraSpend = 120;
export const potential =
	stepOf(
		headlineOf({ ...regular, spendPerPeriod: regular.spendPerPeriod + extraSpend }),
		'presentValue'
	) - current;
export const betterRetention = 0.95;
export const better = stepOf(
	headlineOf({ ...regular, retention: betterRetention }),
	'presentValue'
);
export const change = better / current - 1;
