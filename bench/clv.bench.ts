/**
 * How long the CLV calculator's recompute takes for one input event: everything the page shows
 * (six formulas, three timings, the schedule and the levers) from the inputs. The redraw itself is
 * measured in the browser with ../shared/tools/measure-page.mjs (input → next paint).
 */
import { bench, describe } from 'vitest';
import { computeClv } from '../src/lib/calculators/clv/compute';
import { presetInputs } from '../src/lib/calculators/clv/presets';

describe('CLV calculator recompute', () => {
	const yearly = presetInputs('car-buyer', 'en');
	const monthly = presetInputs('supermarket-regular', 'zh');
	let retention = 0.9;
	bench('car buyer, 50 yearly periods', () => {
		retention = retention > 0.95 ? 0.5 : retention + 0.001;
		computeClv({ ...yearly, retention });
	});
	bench('supermarket regular, 36 monthly periods', () => {
		computeClv({ ...monthly, retention: (retention = retention > 0.95 ? 0.5 : retention + 0.001) });
	});
	bench('60 years of monthly periods (720 periods)', () => {
		computeClv({ ...monthly, unit: 'month', years: 60, retention: 0.97 });
	});
});
