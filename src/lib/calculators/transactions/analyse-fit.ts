/**
 * Fits the three models to the prepared data (BG/NBD, Pareto/NBD, and Gamma-Gamma when there is
 * spend), each a failure rather than an exception on bad data or a stalled search, and checks each
 * fitted purchase model against the calibration histogram and, for a log, the holdout.
 */
import { UNIT_DAYS, type TimeUnit } from '$lib/import/customer-base';
import {
	cohortsOf,
	expectedCumulativeRepeat,
	fitBgNbd,
	fitGammaGamma,
	fitParetoNbd,
	frequencyHistogram,
	holdoutByFrequency,
	repeatBuyers,
	spendFrequencyCorrelation,
	type FittedTransactions,
	type MleFit
} from '$lib/model/btyd';
import type { Prepared } from './analyse-prepare';
import { fitModel, isFit, report, type Progress, type Stopped } from './analyse-run';
import type { BtydAnalysis, FitFailure, ModelValidation } from './protocol';

type GammaGammaResult = MleFit<'p' | 'q' | 'gamma'> | FitFailure;

/** Calibration histogram, and with a timeline the tracking and holdout series, of one model. */
function validate(model: FittedTransactions, prepared: Prepared, unit: TimeUnit): ModelValidation {
	const histogram = frequencyHistogram(model, prepared.summary);
	const timeline = prepared.timeline;
	if (!timeline) return { histogram };
	const cohorts = cohortsOf(timeline.firstPurchase, timeline.firstDay);
	return {
		histogram,
		tracking: expectedCumulativeRepeat(model, cohorts, timeline.weekly.all.length, UNIT_DAYS[unit]),
		holdout: holdoutByFrequency(model, prepared.summary, timeline.holdout, timeline.holdoutLength)
	};
}

/** Everything that depends on the data, unit and calibration end, but not on the CLV settings. */
export interface Fitted {
	readonly prepared: Prepared;
	readonly unit: TimeUnit;
	readonly fits: BtydAnalysis['fits'];
	readonly validation: BtydAnalysis['validation'];
	readonly models: { readonly bgnbd?: FittedTransactions; readonly paretoNbd?: FittedTransactions };
	readonly gammaGamma: GammaGammaResult;
}

/** Fits the models in turn; undefined once stopped. */
export async function fitAll(
	prepared: Prepared,
	unit: TimeUnit,
	progress: Progress,
	stopped: Stopped
): Promise<Fitted | undefined> {
	const { summary } = prepared;
	const bgnbd = await fitModel(() => fitBgNbd(summary), 'bgnbd', progress, stopped);
	if (!bgnbd) return undefined;
	const paretoNbd = await fitModel(() => fitParetoNbd(summary), 'pareto-nbd', progress, stopped);
	if (!paretoNbd) return undefined;
	const hasSpend = summary.monetary !== undefined && repeatBuyers(summary).frequency.length >= 2;
	const gammaGamma: GammaGammaResult | undefined = hasSpend
		? await fitModel(() => fitGammaGamma(summary), 'gamma-gamma', progress, stopped)
		: { kind: 'failed', code: 'no-spend' };
	if (!gammaGamma) return undefined;
	report(progress, 'validate', 0);
	const models = {
		bgnbd: isFit(bgnbd) ? ({ kind: 'bgnbd', params: bgnbd.params } as const) : undefined,
		paretoNbd: isFit(paretoNbd)
			? ({ kind: 'pareto-nbd', params: paretoNbd.params } as const)
			: undefined
	};
	return {
		prepared,
		unit,
		fits: {
			bgnbd,
			paretoNbd,
			gammaGamma,
			spendCheck: hasSpend ? spendFrequencyCorrelation(summary) : undefined
		},
		validation: {
			bgnbd: models.bgnbd && validate(models.bgnbd, prepared, unit),
			paretoNbd: models.paretoNbd && validate(models.paretoNbd, prepared, unit)
		},
		models,
		gammaGamma
	};
}
