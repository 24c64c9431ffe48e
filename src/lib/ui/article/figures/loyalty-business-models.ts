/**
 * The figures "Loyalty business models" quotes: the frequent flyer and the GAP shopper of the CLV
 * calculator, valued as its headline (retention-based, start of period, net of acquisition cost).
 * Imported by the article with `?build-time` (src/lib/build-time/vite-plugin.ts): plain values
 * in the browser.
 */
import { clvSideBySide, findClvPreset } from '$lib/model/clv';
import { having } from './steps';

const clvOf = (inputs: Parameters<typeof clvSideBySide>[0]) =>
	having(clvSideBySide(inputs).retention['start-of-period'].finite, 'value').value;
const inputsOf = (id: string) => {
	const preset = findClvPreset(id);
	if (!preset) throw new Error(`no ${id} preset`);
	return { ...preset.inputs };
};

// The frequent flyer; the programme's points cost a share of spend.
export const flyer = inputsOf('airline-frequent-flyer');
export const pointsCost = 0.015;
export const liftedRetention = 0.88;
export const without = clvOf(flyer);
const withPoints = (retention: number) =>
	clvOf({ ...flyer, grossMargin: flyer.grossMargin - pointsCost, retention });
export const withLift = withPoints(liftedRetention);
export const pays = withLift >= without;
// Smallest retention at which the programme pays for itself (bisection on the model).
let low = flyer.retention;
let high = 0.99;
for (let k = 0; k < 60; k++) {
	const mid = (low + high) / 2;
	if (withPoints(mid) < without) low = mid;
	else high = mid;
}
export const breakEven = high;

// GAP: what clearing points after a year could cost if it loosens the bond.
export const gap = inputsOf('gap-shopper');
export const weakerRetention = 0.7;
export const gapBase = clvOf(gap);
export const gapWeaker = clvOf({ ...gap, retention: weakerRetention });
