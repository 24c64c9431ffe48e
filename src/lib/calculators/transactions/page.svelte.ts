/**
 * What the transactions calculator does besides laying out its sections: load the CDNOW example or
 * the reader's data, keep a share link's calibration end inside the data (else hold out the last
 * third, with a notice), choose the customer whose story is told, and write the customers' download
 * once every interval has been simulated. Create it while the component initialises: it sets up
 * effects.
 */
import { untrack } from 'svelte';
import { download, fileName } from '$lib/charts/export';
import type transactionsEn from '$lib/i18n/messages/en/transactions';
import type { CalculatorKit } from '$lib/ui/calculator/use-calculator.svelte';
import type { AnalysisSettings, TransactionsInputs } from './fields';
import { formatDay } from './format';
import { sectionTexts } from './section-texts';
import { CDNOW_PATH, CDNOW_PRESET } from './presets';
import type { TransactionsSession } from './session.svelte';
import { dataSource, type DataSource } from './source';
import { customerColumns, customerCsv, LAPSED_BELOW } from './view';

type Kit = CalculatorKit<TransactionsInputs, AnalysisSettings, typeof transactionsEn>;

export class TransactionsPage {
	loadingExample = $state(false);
	/** The customer chosen in the table, if any. */
	selected = $state<number | undefined>();
	/** Why the calibration end asked for (by a share link) was not used. */
	rangeNotice = $state<string | undefined>();

	/** The customer whose story is told: chosen in the table, else a frequent buyer gone quiet. */
	readonly customer = $derived.by(() => {
		const analysis = this.session.shown?.analysis;
		if (!analysis) return undefined;
		const selected = this.selected;
		if (selected !== undefined && selected < analysis.customers.ids.length) return selected;
		const { pAlive } = customerColumns(analysis);
		const x = analysis.customers.summary.frequency;
		let best = 0;
		for (let i = 0; i < x.length; i++)
			if ((pAlive?.[i] ?? 1) < LAPSED_BELOW && x[i]! > x[best]!) best = i;
		return best;
	});

	constructor(
		private readonly kit: () => Kit,
		readonly session: TransactionsSession
	) {
		$effect(() => this.keepCalibrationInside());
		$effect(() => this.writeDownload());
	}

	async loadExample(): Promise<void> {
		this.loadingExample = true;
		try {
			const response = await fetch(CDNOW_PATH);
			if (!response.ok) throw new Error(String(response.status));
			const buffer = await response.arrayBuffer();
			this.kit().s.applyPreset(CDNOW_PRESET);
			this.load(dataSource('example', '', buffer));
		} catch {
			this.session.refuse({ code: 'example-failed' });
		} finally {
			this.loadingExample = false;
		}
	}

	load(source: DataSource): void {
		const { s } = this.kit();
		// a calibration end chosen for other data does not carry over to a new file
		if (source.kind !== 'example' && this.session.shown && s.inputs.calibrationEnd > 0)
			s.inputs.calibrationEnd = 0;
		this.rangeNotice = undefined;
		this.selected = undefined;
		this.session.load(source);
	}

	/** The reader moved the calibration end on the timeline. */
	setCalibrationEnd(day: number): void {
		this.rangeNotice = undefined;
		this.kit().s.inputs.calibrationEnd = day;
	}

	/** A calibration end outside the data (from a share link): hold out the last third instead. */
	private keepCalibrationInside(): void {
		const { session } = this;
		const current = session.shown;
		const timeline = current?.analysis.timeline;
		if (!current || !timeline || session.attempt?.source !== current.attempt.source) return;
		const { s, t: pageTexts, locale } = untrack(() => this.kit());
		const t = sectionTexts(pageTexts, locale);
		const asked = untrack(() => s.inputs.calibrationEnd);
		if (asked > 0 && (asked < timeline.firstDay || asked >= timeline.lastDay)) {
			const day = (value: number) => formatDay(value, locale);
			this.rangeNotice = t.timeline.outOfRange(
				day(asked),
				day(timeline.firstDay),
				day(timeline.lastDay)
			);
			s.inputs.calibrationEnd = 0;
		}
	}

	/** The download, once every customer's range has been simulated. */
	private writeDownload(): void {
		const { session } = this;
		const analysis = session.shown?.analysis;
		if (!session.exporting || !session.exportReady || !analysis) return;
		const { t: pageTexts, locale } = this.kit();
		const t = sectionTexts(pageTexts, locale);
		const c = t.table.columns;
		const horizon = t.settings.span[analysis.unit](String(analysis.clv.horizon));
		const headers = [c.id, c.x, c.tx, c.T, c.spend, c.pAlive, c.expected(horizon)];
		headers.push(c.expectedSpend, c.clv(horizon), c.low, c.high);
		const text = customerCsv(customerColumns(analysis), session.intervals, headers);
		const name = fileName(['clv-lab', 'transactions', t.table.fileName], 'csv');
		download(new Blob([text], { type: 'text/csv;charset=utf-8' }), name);
		session.exporting = false;
	}
}
