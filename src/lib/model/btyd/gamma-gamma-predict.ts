/**
 * What a fitted Gamma-Gamma model says about spend: the expected value of a customer's next
 * purchases, and the check of the independence it assumes (Fader & Hardie 2013, "The Gamma-Gamma
 * model of monetary value"; Fader, Hardie & Lee 2005, "RFM and CLV", §4).
 */
import { add, div, mul, paren, sub, c, v } from '../expr';
import { requireFinite, requireRange, ModelInputError } from '../errors';
import type { GammaGammaParams } from './gamma-gamma-fit';
import { step, type WithSteps } from './steps';
import { requireSummary, type BtydSummary } from './summary';

export function requireSpendParams(params: GammaGammaParams): void {
	for (const name of ['p', 'q', 'gamma'] as const) {
		requireRange(name, params[name], 0, 1e12, { exclusiveMin: true });
	}
}

/** E[M | x, m_x] unchecked; NaN for x = 0 when q ≤ 1 (no finite population mean). */
export function expectedSpendValue(
	{ p, q, gamma }: GammaGammaParams,
	x: number,
	m: number
): number {
	const denominator = p * x + q - 1;
	return denominator > 0 ? (p * (gamma + x * m)) / denominator : NaN;
}

/**
 * E[M | x, m_x]: the expected value of a purchase by a customer whose x repeat purchases averaged
 * m_x (Fader & Hardie 2013, eq. 5). It is a weighted mean of the population mean pγ/(q−1) and the
 * customer's own average, the customer's weight growing with x:
 *
 * Formula: E[M | x, m_x] = p(γ + x m_x) / (px + q − 1)
 *        = (q−1)/(px+q−1) · pγ/(q−1) + px/(px+q−1) · m_x.
 * For a customer without repeat purchases (x = 0) it is the population mean pγ/(q−1), which exists
 * only when q > 1 (else a `ModelInputError` on `q`).
 *
 * @example
 * gammaGammaExpectedSpend({ p: 6.2488, q: 3.7446, gamma: 15.4477 }, 2, 22.35).value //=> 24.6586
 */
export function gammaGammaExpectedSpend(params: GammaGammaParams, x: number, m: number): WithSteps {
	requireSpendParams(params);
	requireRange('frequency', x, 0, 1e6);
	requireRange('monetary', m, 0, 1e12);
	const { p, q, gamma } = params;
	if (p * x + q - 1 <= 0) {
		throw new ModelInputError('q', 'min', 'the average spend has no finite value when q ≤ 1', {
			min: 1
		});
	}
	const population = step(
		'populationSpend',
		div(mul(v('p', p), v('γ', gamma, 'money')), paren(sub(v('q', q), c(1))))
	);
	const formula = div(
		mul(
			v('p', p),
			paren(add(v('γ', gamma, 'money'), mul(v('x', x, 'count'), v('m_x', m, 'money'))))
		),
		paren(sub(add(mul(v('p', p), v('x', x, 'count')), v('q', q)), c(1)))
	);
	const expected = step('expectedSpend', formula);
	requireFinite('expectedSpend', expected.value);
	return { value: expected.value, steps: q > 1 ? [population, expected] : [expected] };
}

/** E[M | x, m_x] for every customer (NaN where none exists: x = 0 and q ≤ 1). */
export function gammaGammaExpectedSpendAll(
	params: GammaGammaParams,
	summary: BtydSummary
): Float64Array {
	requireSpendParams(params);
	requireSummary(summary);
	const monetary = summary.monetary ?? new Float64Array(summary.frequency.length);
	return summary.frequency.map((x, i) => expectedSpendValue(params, x, monetary[i]!));
}

/** How strongly spend and frequency move together among repeat buyers. */
export interface SpendFrequencyCheck {
	/** Pearson correlation of x and m_x over the repeat buyers (0 when either does not vary). */
	readonly correlation: number;
	/** How many repeat buyers it is computed on. */
	readonly customers: number;
	/** True when |correlation| < 0.3: the independence Gamma-Gamma assumes is plausible. */
	readonly independent: boolean;
}

/**
 * The check Gamma-Gamma needs before it is used: spend per purchase should not depend on how often
 * a customer buys. Fader & Hardie (2013, §2) look at the correlation between x and m_x among repeat
 * buyers (0.11 in the CDNOW sample); we flag |ρ| ≥ 0.3 as too strong to ignore.
 *
 * Formula: ρ = Σ(xᵢ − x̄)(mᵢ − m̄) / √(Σ(xᵢ − x̄)² Σ(mᵢ − m̄)²), over customers with x ≥ 1.
 *
 * @example
 * spendFrequencyCorrelation(cdnowSummary) //=> { correlation: 0.11, customers: 946, independent: true }
 */
export function spendFrequencyCorrelation(summary: BtydSummary): SpendFrequencyCheck {
	requireSummary(summary);
	const { frequency, monetary } = summary;
	if (!monetary) throw new ModelInputError('monetary', 'nonEmpty', 'spend is needed');
	let n = 0;
	let sx = 0;
	let sm = 0;
	for (let i = 0; i < frequency.length; i++) {
		if (frequency[i]! > 0) {
			n++;
			sx += frequency[i]!;
			sm += monetary[i]!;
		}
	}
	const mx = sx / n;
	const mm = sm / n;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < frequency.length; i++) {
		if (frequency[i]! > 0) {
			const dx = frequency[i]! - mx;
			const dm = monetary[i]! - mm;
			sxy += dx * dm;
			sxx += dx * dx;
			syy += dm * dm;
		}
	}
	const correlation = sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
	return { correlation, customers: n, independent: Math.abs(correlation) < 0.3 };
}
