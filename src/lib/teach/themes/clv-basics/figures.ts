/**
 * The numbers of the CLV-basics workshop theme: its class cases as the articles state them, and
 * the worksheet's numbers, each computed from the model when the page is built.
 */
import {
	clvSideBySide,
	discountedClv,
	findClvPreset,
	marginClv,
	retentionClv,
	simpleClv
} from '$lib/model/clv';
import type { RetentionTiming } from '$lib/model/clv';
import { finite } from '../../text';

const headlineOf = (inputs: Parameters<typeof clvSideBySide>[0]) =>
	clvSideBySide(inputs).retention['start-of-period'].finite;
const presentValueOf = (result: ReturnType<typeof headlineOf>) =>
	result.steps.find((s) => s.id === 'presentValue')!.value;
const infinite = (
	margin: number,
	retention: number,
	discountRate: number,
	timing: RetentionTiming
) => finite(retentionClv({ margin, retention, discountRate, timing, horizon: 'infinite' }));

export function clvBasicsFigures() {
	// The class cases, as the articles state them.
	const regular = findClvPreset('supermarket-regular')!.inputs;
	const regularNow = presentValueOf(headlineOf(regular));
	const regularBetter = presentValueOf(headlineOf({ ...regular, retention: 0.95 }));
	const regularPast = marginClv({ ...regular, periods: 12, acquisitionCost: 0 }).steps.find(
		(s) => s.id === 'lifetimeMargin'
	)!.value;
	const car = findClvPreset('car-buyer')!.inputs;
	const carValue = finite(headlineOf(car));
	const textbook = (timing: RetentionTiming) => infinite(100, 0.8, 0.12, timing);

	// Worksheet numbers.
	const m = 300;
	const start = infinite(m, 0.8, 0.1, 'start-of-period');
	const end = infinite(m, 0.8, 0.1, 'end-of-period');
	const certain = infinite(m, 0.8, 0.1, 'end-first-certain');
	const spend = 5_000;
	const simple = simpleClv({ spendPerPeriod: spend, periods: 10, acquisitionCost: 1_000 }).value;
	const margin = marginClv({
		spendPerPeriod: spend,
		grossMargin: 0.3,
		periods: 10,
		acquisitionCost: 1_000
	}).value;
	const higher = infinite(m, 0.9, 0.1, 'start-of-period');
	const later = discountedClv({
		profits: [...Array<number>(9).fill(0), 1_000],
		discountRate: 0.08,
		firstPeriod: 1
	}).value;
	const welcome = 150;

	return {
		regular,
		regularNow,
		regularBetter,
		regularPast,
		carValue,
		textbook,
		m,
		start,
		end,
		certain,
		spend,
		simple,
		margin,
		higher,
		later,
		welcome
	};
}

export type ClvBasicsFigures = ReturnType<typeof clvBasicsFigures>;
