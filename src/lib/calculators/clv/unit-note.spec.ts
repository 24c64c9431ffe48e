import { describe, expect, it } from 'vitest';
import { changeUnit } from './fields';
import { manager } from './test-inputs';
import { unitNote } from './unit-note';

describe('changeUnit', () => {
	it('describes the same customer in years: spend per year and the chance of staying a year', () => {
		const yearly = changeUnit(manager, 'year');
		expect(yearly.spend).toBe(480);
		// 0.96^12 = 0.61271, kept to 0.01 of a point
		expect(yearly.retention).toBe(0.6127);
		expect(yearly).toMatchObject({ discount: 0.1, acquisition: 180, years: 5, customers: 12_000 });
		const back = changeUnit(yearly, 'month');
		expect(back.spend).toBe(40);
		expect(back.retention).toBeCloseTo(0.96, 4);
		expect(changeUnit(manager, 'month')).toBe(manager);
		expect(changeUnit(manager, 'quarter')).toMatchObject({ spend: 120, retention: 0.8847 });
	});
});

describe('unitNote', () => {
	it('says the manager’s €408.30 a month becomes €578.47 a year, higher with the first margin now', () => {
		const note = unitNote(manager, changeUnit(manager, 'year'))!;
		expect(note).toMatchObject({ from: 'month', to: 'year', longer: 'year', shorter: 'month' });
		expect(note.clv.before).toBeCloseTo(408.3, 2);
		// 336 × 1.1 / (1.1 − 0.6127) − 180, by hand
		expect(note.clv.after).toBeCloseTo((336 * 1.1) / (1.1 - 0.6127) - 180, 9);
		expect(note.direction).toBe('higher');
		expect(note.spend).toEqual({ before: 40, after: 480 });
		expect(note.capped).toBe(false);
	});

	it('goes the other way when margins arrive at the end of a period', () => {
		const end = { ...manager, timing: 'end-of-period' as const };
		expect(unitNote(end, changeUnit(end, 'year'))!.direction).toBe('lower');
		const back = changeUnit(end, 'year');
		expect(unitNote(back, changeUnit(back, 'month'))).toMatchObject({
			direction: 'higher',
			longer: 'year',
			shorter: 'month'
		});
	});

	it('says when retention had to be cut to the field’s limit', () => {
		// 99.5% a year is 99.958% a month, past the 99.9% a field takes
		const loyal = { ...manager, unit: 'year' as const, spend: 480, retention: 0.995 };
		const monthly = changeUnit(loyal, 'month');
		expect(monthly.retention).toBe(0.999);
		expect(unitNote(loyal, monthly)!.capped).toBe(true);
		// 95% a year is 99.57% a month: no cut
		const usual = { ...loyal, retention: 0.95 };
		expect(unitNote(usual, changeUnit(usual, 'month'))!.capped).toBe(false);
	});

	it('has nothing to say when the unit stays', () => {
		expect(unitNote(manager, manager)).toBeUndefined();
	});
});
