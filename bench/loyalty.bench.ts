/**
 * How long each loyalty calculator's recompute takes for one input event: everything its page shows
 * from the inputs. Points runs the programme twice (never vs expiry, each with its liability table
 * and break-even bisection) plus the period-by-period gain; complement runs both scenarios by
 * source; club runs the economics and each effect alone.
 */
import { bench, describe } from 'vitest';
import { computeClub } from '../src/lib/calculators/club/compute';
import { presetInputs as clubPreset } from '../src/lib/calculators/club/presets';
import { computeComplement } from '../src/lib/calculators/complement/compute';
import { presetInputs as complementPreset } from '../src/lib/calculators/complement/presets';
import { computePoints } from '../src/lib/calculators/points/compute';
import { presetInputs as pointsPreset } from '../src/lib/calculators/points/presets';
import { changeUnit } from '../src/lib/calculators/points/scenario';

describe('loyalty calculators recompute', () => {
	const gap = pointsPreset('gap-vouchers');
	const airlineMonthly = changeUnit(pointsPreset('airline-alliance'), 'month');
	const vanke = complementPreset('vanke-property-services');
	const car = clubPreset('premium-car-club');
	let wobble = 0;
	const next = () => (wobble = (wobble + 1) % 100) / 10_000;

	bench('points: GAP, 8 yearly periods', () => {
		computePoints({ ...gap, retentionUplift: 0.04 + next() });
	});
	bench('points: airline, 120 monthly periods', () => {
		computePoints({ ...airlineMonthly, spend: 1000 + next() });
	});
	bench('points: 50 years of months (600 periods)', () => {
		computePoints({ ...airlineMonthly, years: 50, spend: 1000 + next() });
	});
	bench('complement: Vanke, 30 years', () => {
		computeComplement({ ...vanke, fee: 350 + next() });
	});
	bench('complement: 100 years, yearly purchases', () => {
		computeComplement({ ...vanke, years: 100, cycle: 1, fee: 350 + next() });
	});
	bench('club: car club, 10 years', () => {
		computeClub({ ...car, cost: 3000 + next() });
	});
	bench('club: 100 years', () => {
		computeClub({ ...car, years: 100, cost: 3000 + next() });
	});
});
