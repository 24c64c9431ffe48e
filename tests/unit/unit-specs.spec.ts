/**
 * Node specs share a module graph per worker (tests/unit-specs.ts). A spec that replaced a module
 * there could hand its stand-in to other files; one that tests a page before some code arrives could
 * find it brought by another. So the specs that do either are exactly the
 * isolated list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isolatedSpecs, lazyHolders, nodeSpecs } from '../unit-specs';

const replacesModules = /\bvi\.(mock|doMock|resetModules|importMock)\(/;
const importsALazyHolder = new RegExp(`/(${lazyHolders.join('|').replaceAll('.', '\\.')})'`);

function specsUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.spec.ts') && !file.endsWith('.svelte.spec.ts'))
		.map((file) => `${dir}/${file.replaceAll('\\', '/')}`);
}

describe('unit specs that need a module graph of their own', () => {
	// the folders the Node project's patterns start from ('src/**/*.spec.ts' → 'src')
	const specs = nodeSpecs.map((pattern) => pattern.split('/**')[0]!).flatMap(specsUnder);

	it('finds the specs', () => {
		expect(specs.length).toBeGreaterThan(100);
		expect(specs).toContain('tests/unit/unit-specs.spec.ts');
	});

	it('are exactly the ones that run isolated', () => {
		const needing = specs.filter((file) => {
			const text = readFileSync(file, 'utf8');
			return replacesModules.test(text) || importsALazyHolder.test(text);
		});
		expect(needing.sort()).toEqual([...isolatedSpecs].sort());
	});
});
