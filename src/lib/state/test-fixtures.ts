/** A small saved-scenario kind for the scenario-file and scenario-name specs (test code only). */
import type { Schema } from './codec';
import { fileFormat, type SavedScenario } from './scenario-file';

export interface Inputs extends Record<string, string | number> {
	m: number;
	unit: string;
}

export const schema: Schema<Inputs> = {
	m: { kind: 'number', min: 0, max: 1000 },
	unit: { kind: 'enum', values: ['month', 'year'] }
};
export const kind = { calculator: 'demo', version: 2, schema };
export const scenario = (name: string, m = 10): SavedScenario<Inputs> => ({
	name,
	version: 2,
	values: { m, unit: 'year' },
	saved: '2026-01-01T00:00:00.000Z'
});
export const file = (scenarios: unknown[], extra: object = {}) =>
	JSON.stringify({ format: fileFormat, calculator: 'demo', scenarios, ...extra });
