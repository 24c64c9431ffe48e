/**
 * CLV model core: the public API. Pure TypeScript, no UI imports.
 *
 * Every formula returns `{ kind: 'finite', value, steps }` or, where no finite value exists,
 * `{ kind: 'divergent', reason, steps }`; inputs are validated with `ModelInputError` naming the
 * field. Time-unit conversions live in `../time`.
 */
export type {
	ClvResult,
	ClvStep,
	ClvStepId,
	DivergenceReason,
	DivergentResult,
	FiniteResult
} from './result';
export { maxMoney, maxPeriods, maxRate } from '../errors';
export { simpleClv, marginClv, type SimpleClvInput, type MarginClvInput } from './simple';
export {
	discountedClv,
	growingDiscountedClv,
	type DiscountedClvInput,
	type FirstPeriod,
	type GrowingClvInput
} from './discounted';
export { retentionTimings, type Horizon, type RetentionTiming } from './timing';
export { marginMultiple, type MarginMultipleInput } from './margin-multiple';
export {
	retentionClv,
	retentionClvFromSpend,
	type RetentionClvInput,
	type SpendRetentionClvInput
} from './retention';
export { continuingValue, type ContinuingValueInput } from './continuing';
export { clvSchedule, paybackPeriod, type ClvSchedule, type ScheduleInput } from './schedule';
export {
	clvLevers,
	leverIds,
	type LeverId,
	type LeverOutcome,
	type LeversInput,
	type LeversResult
} from './levers';
export {
	clvTornado,
	plausibleStep,
	tornadoClv,
	tornadoInputIds,
	type TornadoBar,
	type TornadoEnd,
	type TornadoInputId,
	type TornadoResult,
	type TornadoScenario,
	type TornadoStep
} from './tornado';
export {
	compareUnits,
	sameCustomerIn,
	unitEffect,
	type UnitChange,
	type UnitEffect
} from './unit-change';
export {
	clvSideBySide,
	periodInputs,
	type ClvScenario,
	type PeriodInputs,
	type SideBySide
} from './scenario';
export {
	clvPresetIds,
	clvPresets,
	findClvPreset,
	type ClvPreset,
	type ClvPresetId,
	type ClvPresetInputs,
	type CurrencyHint
} from './presets';
