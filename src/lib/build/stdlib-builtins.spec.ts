import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinFile, builtinModules } from './stdlib-builtins';

const require = createRequire(import.meta.url);

describe('stdlib built-ins', () => {
	it('resolves each package to a module exporting exactly what the package exports here', () => {
		for (const name of Object.keys(builtinModules)) {
			// Node has every built-in, so the package's own index takes the same branch
			expect(require(builtinFile(name)), name).toBe(require(name));
		}
	});

	it('exports the engine’s own typed arrays and defineProperty', () => {
		expect(require(builtinFile('@stdlib/array-float64'))).toBe(Float64Array);
		expect(require(builtinFile('@stdlib/array-uint8'))).toBe(Uint8Array);
		expect(require(builtinFile('@stdlib/utils-define-property'))).toBe(Object.defineProperty);
	});

	it('fails, naming the package and the module, when a package has changed its layout', () => {
		const root = mkdtempSync(join(tmpdir(), 'stdlib-builtins-'));
		try {
			writeFileSync(join(root, 'package.json'), '{}');
			const folder = join(root, 'node_modules/@stdlib/array-float64');
			mkdirSync(folder, { recursive: true });
			writeFileSync(join(folder, 'package.json'), '{"name":"@stdlib/array-float64"}');
			expect(() => builtinFile('@stdlib/array-float64', root)).toThrow(
				'@stdlib/array-float64 has no lib/main.js'
			);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
