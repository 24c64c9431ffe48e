/** Inputs the CLV specs share. */
import { retentionOf, type ClvInputs } from './fields';
import { presetInputs } from './presets';

/** The manager's subscription business, entered as issue 18 tells it. */
export const manager: ClvInputs = {
	...presetInputs('textbook-example', 'en'),
	unit: 'month',
	currency: 'EUR',
	spend: 40,
	margin: 0.7,
	retention: retentionOf(0.04),
	discount: 0.1,
	acquisition: 180,
	years: 5,
	horizon: 'infinite',
	timing: 'start-of-period',
	customers: 12_000
};
