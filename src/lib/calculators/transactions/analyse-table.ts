/**
 * The per-customer table of the chosen model: P(alive) and expected purchases under both models,
 * expected spend and CLV, and the CLV interval of the customers asked for.
 */
import {
	bgnbdConditionalAll,
	bgnbdPAliveAll,
	CLV_DRAWS,
	clvIntervals,
	clvTable,
	paretoNbdConditionalAll,
	paretoNbdPAliveAll,
	type ClvSettings,
	type FittedTransactions
} from '$lib/model/btyd';
import type { Fitted } from './analyse-fit';
import { drive, isFit, report, type Progress, type Stopped } from './analyse-run';
import type { BtydJob, CustomerTable } from './protocol';

/** P(alive), expected purchases, expected spend and CLV for every customer (no interval). */
export async function customerTable(
	fitted: Fitted,
	chosen: FittedTransactions | undefined,
	clv: ClvSettings,
	progress: Progress,
	stopped: Stopped
): Promise<CustomerTable | undefined> {
	const { summary } = fitted.prepared;
	const { bgnbd, paretoNbd } = fitted.models;
	const base: CustomerTable = {
		pAlive: {
			bgnbd: bgnbd?.kind === 'bgnbd' ? bgnbdPAliveAll(bgnbd.params, summary) : undefined,
			paretoNbd:
				paretoNbd?.kind === 'pareto-nbd' ? paretoNbdPAliveAll(paretoNbd.params, summary) : undefined
		},
		expected: {
			bgnbd:
				bgnbd?.kind === 'bgnbd'
					? bgnbdConditionalAll(bgnbd.params, summary, clv.horizon)
					: undefined,
			paretoNbd:
				paretoNbd?.kind === 'pareto-nbd'
					? paretoNbdConditionalAll(paretoNbd.params, summary, clv.horizon)
					: undefined
		}
	};
	if (!chosen || !isFit(fitted.gammaGamma)) return base;
	report(progress, 'clv', 0);
	const values = await drive(
		clvTable(chosen, fitted.gammaGamma.params, summary, clv),
		(share) => report(progress, 'clv', share),
		stopped
	);
	return values && { ...base, expectedSpend: values.expectedSpend, clv: values.clv };
}

/** The interval of the customers asked for, added to the table. */
export async function withIntervals(
	job: BtydJob,
	fitted: Fitted,
	table: CustomerTable,
	chosen: FittedTransactions | undefined,
	clv: ClvSettings,
	progress: Progress,
	stopped: Stopped
): Promise<CustomerTable | undefined> {
	const asked = job.intervals;
	if (!asked || !chosen || !isFit(fitted.gammaGamma)) return table;
	const draws = asked.draws ?? CLV_DRAWS;
	const customers = asked.customers === 'all' ? undefined : asked.customers;
	report(progress, 'interval', 0);
	const interval = await drive(
		clvIntervals(
			chosen,
			fitted.gammaGamma.params,
			fitted.prepared.summary,
			clv,
			1,
			draws,
			customers
		),
		(share) => report(progress, 'interval', share),
		stopped
	);
	return interval && { ...table, interval: { ...interval, draws } };
}
