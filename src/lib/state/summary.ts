/**
 * What the generic keep/compare tools need from a calculator: its scenario kind (id, version,
 * schema), how to read and replace its inputs, and an optional `summarize` adapter that boils a
 * scenario down to comparable numbers and series. Formatting of those numbers lives here too, so
 * every calculator's comparison reads the same way.
 */
import {
	formatAmount,
	formatAxisMoney,
	formatNumber,
	formatPercent,
	type Currency
} from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/locales';
import type { ScenarioKind, Values } from './scenario-file';

export type MetricFormat =
	| { readonly kind: 'money'; readonly currency: Currency }
	| { readonly kind: 'percent' }
	| { readonly kind: 'number'; readonly digits?: number };

export interface SummaryMetric {
	readonly id: string;
	readonly label: string;
	/** null when there is no finite value (e.g. a divergent infinite sum). */
	readonly value: number | null;
	readonly format: MetricFormat;
}

export interface SummarySeries {
	readonly id: string;
	readonly label: string;
	readonly labels: readonly (string | number)[];
	readonly data: readonly number[];
	readonly format: MetricFormat;
	readonly xTitle?: string;
}

export interface ScenarioSummary {
	readonly metrics: readonly SummaryMetric[];
	readonly series: readonly SummarySeries[];
}

/** A calculator's summary for the A/B comparison, and its names for the share link's keys. */
export interface ScenarioSummarizer<T extends Values> {
	/** May throw for inputs the model refuses; the compare view then says so. */
	summarize?(values: T, locale: Locale): ScenarioSummary;
	/** The reader's name for a field (a schema key), so a link notice can say which settings it means. */
	fieldLabel?(key: string, locale: Locale): string | undefined;
}

/**
 * The opt-in a calculator passes to `ScenarioBar` (`keep={…}`) to get saved scenarios and, with
 * `summarize` (or `summary`), the A/B comparison. Methods (not arrow properties) so a
 * `ScenarioKeep<MyInputs>` fits where the kit expects any inputs.
 */
export interface ScenarioKeep<T extends Values> extends ScenarioSummarizer<T> {
	readonly kind: ScenarioKind<T>;
	get(): T;
	set(values: T): void;
	/**
	 * `summarize` and `fieldLabel` loaded on demand (issue 20: only the comparison and a link's
	 * notice use them, so they are not part of a page's first load); a summary implies the
	 * comparison.
	 */
	summary?(): Promise<ScenarioSummarizer<T>>;
}

/** Whether `keep` offers the A/B comparison (a summary, at hand or on demand). */
export const comparable = <T extends Values>(keep: ScenarioKeep<T>): boolean =>
	!!(keep.summarize || keep.summary);

/** `keep` with its on-demand summary (`summary`) loaded into `summarize` and `fieldLabel`. */
export async function withSummary<T extends Values>(
	keep: ScenarioKeep<T>
): Promise<ScenarioKeep<T>> {
	if (!keep.summary) return keep;
	const { summarize, fieldLabel } = await keep.summary();
	return { ...keep, ...(summarize && { summarize }), ...(fieldLabel && { fieldLabel }) };
}

/** A metric value as text; '—' for none. */
export function formatMetric(value: number | null, format: MetricFormat, locale: Locale): string {
	if (value === null || !Number.isFinite(value)) return '—';
	if (format.kind === 'money') return formatAxisMoney(value, format.currency, locale);
	if (format.kind === 'percent') return formatPercent(value, locale, { digits: 1 });
	return formatNumber(value, locale, { digits: format.digits ?? 2 });
}

const sameFormat = (a: MetricFormat, b: MetricFormat) =>
	a.kind === b.kind && (a.kind !== 'money' || b.kind !== 'money' || a.currency === b.currency);

/**
 * B − A, signed, in the metric's own format (percentages as points). `null` when the two cannot
 * be subtracted (no value, or amounts in different currencies); 0 when they are equal.
 */
export function metricDelta(
	a: SummaryMetric | undefined,
	b: SummaryMetric | undefined
): number | null {
	if (!a || !b || a.value === null || b.value === null) return null;
	if (!sameFormat(a.format, b.format)) return null;
	const delta = b.value - a.value;
	const scale = Math.max(Math.abs(a.value), Math.abs(b.value), 1);
	return Math.abs(delta) <= scale * 1e-9 ? 0 : delta;
}

/** A delta as signed text: money and numbers in their format, percentages in points. */
export function formatDelta(
	delta: number,
	format: MetricFormat,
	locale: Locale,
	points: (value: string) => string
): string {
	if (format.kind === 'money')
		return formatAmount(delta, format.currency, locale, {
			whole: Math.abs(delta) >= 100,
			signed: true
		});
	if (format.kind === 'percent')
		return points(formatNumber(delta * 100, locale, { digits: 1, signed: true }));
	return formatNumber(delta, locale, { digits: format.digits ?? 2, signed: true });
}
