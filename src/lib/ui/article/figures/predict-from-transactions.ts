/**
 * The model figures "Predicting from transactions" quotes beside the site's own analysis of the
 * CDNOW file (cdnow-figures.json): two customers' chance of being alive and expected purchases
 * under the fitted BG/NBD model, and the Gamma-Gamma spend. Imported by the article with
 * `?build-time` (src/lib/build-time/vite-plugin.ts): plain values in the browser.
 */
import figures from '$lib/calculators/transactions/cdnow-figures.json';
import { bgnbdConditionalValue, bgnbdPAliveValue, expectedSpendValue } from '$lib/model/btyd';

const bg = figures.bgnbd;
const gg = figures.gammaGamma;

// Two customers with the same first and last purchase (weeks 0 and 30.43 of 38.86).
const tx = 30.43;
const T = 38.86;
const customer = (x: number) => ({
	x,
	p: bgnbdPAliveValue(bg, x, tx, T),
	y: bgnbdConditionalValue(bg, x, tx, T, 39)
});
export const ann = customer(2);
export const bob = customer(10);
export const spendOne = expectedSpendValue(gg, 2, 22.35);
