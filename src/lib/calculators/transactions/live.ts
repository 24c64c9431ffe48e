/**
 * The analysis side of the transactions page, as the page holds it once its code has come: the
 * session (the data, the worker, the last result), the page's actions on it (the example, a
 * calibration end kept inside the data, the download) and the headline's totals. None of it is
 * needed before the reader gives data, so it is not part of the page's first load: `LiveStatus.svelte`
 * (the analysis status, which creates the session and the page's actions) is fetched when the
 * browser is idle after load, when the pointer or focus comes to the data input, or with the
 * reader's first action (which then waits for it), whichever comes first
 * (`TransactionsCalculator.svelte`).
 */
import type transactionsEn from '$lib/i18n/messages/en/transactions';
import type { CalculatorKit } from '$lib/ui/calculator/use-calculator.svelte';
import type { AnalysisSettings, TransactionsInputs } from './fields';
import type { TransactionsPage } from './page.svelte';
import type { BtydAnalysis } from './protocol';
import type { TransactionsSession } from './session.svelte';
import { customerColumns, LAPSED_BELOW } from './view';

export type Kit = CalculatorKit<TransactionsInputs, AnalysisSettings, typeof transactionsEn>;

/** What the page holds once the analysis code has come. */
export interface Live {
	readonly session: TransactionsSession;
	readonly page: TransactionsPage;
	readonly headlineTotals: typeof headlineTotals;
}

/** The headline's figures: customers, how many are probably active, purchases and CLV expected. */
export interface HeadlineTotals {
	/** Whether the chosen model could be fitted (else there is no prediction). */
	readonly fitted: boolean;
	readonly customers: number;
	readonly active: number;
	readonly purchases: number;
	/** Undefined without amounts. */
	readonly clv: number | undefined;
}

export function headlineTotals(analysis: BtydAnalysis): HeadlineTotals {
	const columns = customerColumns(analysis);
	const sum = (values: Float64Array | undefined) =>
		values?.reduce((total, v) => (Number.isFinite(v) ? total + v : total), 0);
	const active = columns.pAlive?.reduce((n, p) => (p >= LAPSED_BELOW ? n + 1 : n), 0) ?? 0;
	return {
		fitted: columns.pAlive !== undefined,
		customers: columns.ids.length,
		active,
		purchases: sum(columns.expected) ?? 0,
		clv: sum(columns.clv)
	};
}
