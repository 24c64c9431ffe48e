/**
 * The figures "CLV in practice" quotes: the car buyer of the CLV calculator, whose yearly
 * retention better service lifts; start of period, net of acquisition cost, as the calculator's
 * headline. Imported by the article with `?build-time` (src/lib/build-time/vite-plugin.ts):
 * plain values in the browser.
 */
import { clvSideBySide, findClvPreset } from '$lib/model/clv';
import { having } from './steps';

const clvOf = (inputs: Parameters<typeof clvSideBySide>[0]) =>
	having(clvSideBySide(inputs).retention['start-of-period'].finite, 'value').value;

const preset = findClvPreset('car-buyer');
if (!preset) throw new Error('no car-buyer preset');
export const car = { ...preset.inputs };
export const base = clvOf(car);
export const betterRetention = 0.92;
export const better = clvOf({ ...car, retention: betterRetention });
export const gain = better - base;
// What the same gain is worth if the service costs something every year the owner stays.
export const serviceCost = 150;
export const net = clvOf({
	...car,
	retention: betterRetention,
	grossMargin: car.grossMargin - serviceCost / car.spendPerPeriod
});
