/**
 * The numbers the CDNOW article quotes, computed by the page's own analysis (the worker's job run
 * directly) from the example file, with the paper's settings. The article imports them from
 * `cdnow-figures.json` so a reader's browser does not refit three models to show a paragraph;
 * `cdnow-figures.spec.ts` recomputes them on every unit-test run and fails when the file differs
 * (write it again with `UPDATE_FIGURES=1 npx vitest run --project node cdnow-figures`).
 */
import { dayNumber } from '$lib/import/dates';
import { createAnalyser } from './analyse';
import { CDNOW_PRESET, transactionsPresetList } from './presets';
import type { BtydJob } from './protocol';
import { holdoutCheck, LAPSED_BELOW } from './view';

/** Rounded to `digits` significant digits, so the file does not churn on the last bit. */
const sig = (value: number, digits = 6) => Number(value.toPrecision(digits));

export interface CdnowFigures {
	readonly rows: number;
	readonly purchases: number;
	readonly customers: number;
	readonly calibrationWeeks: number;
	readonly holdoutWeeks: number;
	/** Customers with no repeat purchase in calibration, and with at least one. */
	readonly zeroRepeat: number;
	readonly repeatBuyers: number;
	readonly bgnbd: { r: number; alpha: number; a: number; b: number; ll: number };
	readonly paretoNbd: { r: number; alpha: number; s: number; beta: number; ll: number };
	readonly gammaGamma: { p: number; q: number; gamma: number };
	readonly spendCorrelation: number;
	/** Repeat purchases in the holdout: made, and expected by each model. */
	readonly holdout: { actual: number; bgnbd: number; paretoNbd: number };
	/** With the paper's settings (52 weeks, 30% margin, 10% a year), BG/NBD. */
	readonly clv: { total: number; probablyActive: number };
}

/** The figures from the example file's text. */
export async function cdnowFigures(text: string): Promise<CdnowFigures> {
	const preset = transactionsPresetList.find((p) => p.id === CDNOW_PRESET)!.inputs;
	const job: BtydJob = {
		source: { key: 'cdnow', text },
		unit: 'week',
		calibrationEnd: preset.calibrationEnd,
		clv: { horizon: preset.horizon, margin: preset.margin, annualDiscount: preset.discount },
		model: 'bgnbd'
	};
	const result = await createAnalyser()(
		job,
		() => {},
		() => false
	);
	if (result?.kind !== 'analysis') throw new Error('the CDNOW analysis failed');
	const { fits, validation, timeline, table, customers } = result;
	if (!('params' in fits.bgnbd) || !('params' in fits.paretoNbd) || !('params' in fits.gammaGamma))
		throw new Error('a CDNOW fit failed');
	const bg = holdoutCheck(validation.bgnbd);
	const pn = holdoutCheck(validation.paretoNbd);
	if (!timeline || !bg || !pn) throw new Error('no holdout');
	const x = customers.summary.frequency;
	const zeroRepeat = x.filter((v) => v === 0).length;
	const start = dayNumber(1997, 1, 1)!;
	const weeks = (days: number) => sig(days / 7, 4);
	let total = 0;
	for (const value of table.clv ?? []) total += value;
	const alive = table.pAlive.bgnbd!.filter((p) => p >= LAPSED_BELOW).length;
	const { r, alpha, a, b } = fits.bgnbd.params;
	const pnp = fits.paretoNbd.params;
	const gg = fits.gammaGamma.params;
	return {
		rows: result.format.rows,
		purchases: timeline.transactions,
		customers: x.length,
		calibrationWeeks: weeks(timeline.calibrationEnd - start + 1),
		holdoutWeeks: weeks(timeline.holdoutLength * 7),
		zeroRepeat,
		repeatBuyers: x.length - zeroRepeat,
		bgnbd: {
			r: sig(r),
			alpha: sig(alpha),
			a: sig(a),
			b: sig(b),
			ll: sig(fits.bgnbd.logLikelihood)
		},
		paretoNbd: {
			r: sig(pnp.r),
			alpha: sig(pnp.alpha),
			s: sig(pnp.s),
			beta: sig(pnp.beta, 4),
			ll: sig(fits.paretoNbd.logLikelihood)
		},
		gammaGamma: { p: sig(gg.p), q: sig(gg.q), gamma: sig(gg.gamma) },
		spendCorrelation: sig(fits.spendCheck?.correlation ?? NaN, 3),
		holdout: { actual: sig(bg.actual), bgnbd: sig(bg.expected, 5), paretoNbd: sig(pn.expected, 5) },
		clv: { total: sig(total, 5), probablyActive: alive }
	};
}
