/**
 * Loyalty business models (after “What customer lifetime value means” (Chinese web article)):
 * points programmes, complementary products and customer clubs, each with its effect on customer
 * lifetime value, plus class presets.
 *
 * The underlying retention CLV is `../clv` (`clvSchedule` / `retentionClv`, timing
 * `'end-first-certain'`), reached through `schedule.ts`, a thin adapter that allows a negative
 * margin and names the symbols of each model's formula.
 */
export { bisect } from './bisect';
export {
	clubEconomics,
	type ClubInput,
	type ClubResult,
	type ClubRoi,
	type ClubYear
} from './club';
export { CLUB_PRESETS, type ClubPreset, type ClubPresetId } from './club-presets';
export {
	complementClv,
	type ComplementInput,
	type ComplementResult,
	type ComplementSources
} from './complement';
export {
	COMPLEMENT_PRESETS,
	type ComplementPreset,
	type ComplementPresetId,
	type SourceFact
} from './complement-presets';
export {
	pointsProgramme,
	type BreakEvenUplift,
	type PointsProgrammeInput,
	type PointsProgrammeResult
} from './points';
export { compareExpiry, type ExpiryChange, type ExpiryComparison } from './points-expiry';
export { pointsLiability, type LiabilityInput, type LiabilityRow } from './points-liability';
export {
	balanceRatio,
	effectiveRedemption,
	meanRedemptionLag,
	stillOutstanding,
	stillToRedeem,
	type PointsExpiry,
	type Shown
} from './points-mechanics';
export { POINTS_PRESETS, type PointsPreset, type PointsPresetId } from './points-presets';
export {
	retentionSchedule,
	type RetentionSchedule,
	type ScheduleInput,
	type ScheduleSymbols
} from './schedule';
