import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cdnowFigures } from './cdnow-figures';

const path = 'src/lib/calculators/transactions/cdnow-figures.json';

describe('the CDNOW figures the article quotes', { timeout: 120_000 }, () => {
	it('are what the analysis computes from the example file today', async () => {
		const text = readFileSync('static/data/cdnow/cdnow-transactions.csv', 'utf8');
		const figures = await cdnowFigures(text);
		if (process.env.UPDATE_FIGURES) writeFileSync(path, JSON.stringify(figures, null, '\t') + '\n');
		expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(figures);
	});

	it('agree with the figures Fader, Hardie & Lee (2005) publish for CDNOW', async () => {
		const figures = JSON.parse(readFileSync(path, 'utf8'));
		expect(figures.customers).toBe(2357);
		expect(figures.repeatBuyers).toBe(946);
		expect(figures.bgnbd.r).toBeCloseTo(0.242593, 3);
		expect(figures.bgnbd.alpha).toBeCloseTo(4.413532, 2);
		expect(figures.bgnbd.ll).toBeCloseTo(-9582.43, 1);
		expect(figures.paretoNbd.s).toBeCloseTo(0.6062, 3);
		expect(figures.gammaGamma.p).toBeCloseTo(6.2488, 2);
	});
});
