import { describe, expect, it } from 'vitest';
import { complementClv } from './complement';
import { COMPLEMENT_PRESETS } from './complement-presets';

describe('COMPLEMENT_PRESETS', () => {
	const vanke = COMPLEMENT_PRESETS[0]!;

	it('is the Vanke case, labelled illustrative, with the article’s facts', () => {
		expect(vanke.id).toBe('vanke-property-services');
		expect(vanke.illustrative).toBe(true);
		// “What customer lifetime value means”: property services revenue passed RMB 10 bn in 2018;
		// top of the ranking 10 years by 2019
		expect(vanke.facts).toContainEqual({
			id: 'vanke-services-revenue-2018',
			value: 10_000_000_000,
			unit: 'CNY',
			year: 2018
		});
		expect(vanke.facts).toContainEqual({
			id: 'vanke-services-top-ranking-2019',
			value: 10,
			unit: 'years',
			year: 2019
		});
	});

	it('shows the complement’s value coming mostly via the main product, not its own fees', () => {
		const { difference } = complementClv(vanke.input);
		expect(difference.total).toBeGreaterThan(0);
		expect(difference.premium + difference.repurchase + difference.referrals).toBeGreaterThan(
			10 * difference.complement
		);
	});
});
