/**
 * The `@stdlib/*` special functions the models use (log-gamma, sin/cos through its reflection
 * formula, the float64 word helpers) reach the built-in typed arrays and `Object.defineProperty`
 * through packages that first test whether the JavaScript engine has them and fall back to
 * polyfills. Every browser the site supports has them, but the tests and polyfills still ship:
 * feature checks for four typed arrays, array polyfills, a `defineProperty` polyfill and the
 * printf-style formatter its error messages use — about 30 kB of the 76 kB (minified) that
 * log-gamma and the hypergeometric function cost the subscription page on its first load.
 *
 * This plugin resolves each such package to the module of its own that exports the built-in (the
 * branch its index takes in any current engine), so the checks and polyfills are never bundled.
 * The package's code is unchanged: only the choice between its two branches is made at build
 * time. The build fails if a package no longer has that module (check the new layout and update
 * the list, or delete the plugin).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** Package → its module exporting the built-in, relative to the package's folder. */
export const builtinModules: Readonly<Record<string, string>> = {
	'@stdlib/array-float32': 'lib/main.js',
	'@stdlib/array-float64': 'lib/main.js',
	'@stdlib/array-uint8': 'lib/main.js',
	'@stdlib/array-uint16': 'lib/main.js',
	'@stdlib/array-uint32': 'lib/main.js',
	'@stdlib/utils-define-property': 'lib/builtin.js'
};

/** The file a package resolves to instead (absolute), from the project's `node_modules`. */
export function builtinFile(name: string, root = process.cwd()): string {
	const require = createRequire(join(root, 'package.json'));
	const folder = dirname(require.resolve(`${name}/package.json`));
	const file = join(folder, builtinModules[name]!);
	if (!existsSync(file)) {
		throw new Error(
			`${name} has no ${builtinModules[name]} (src/lib/build/stdlib-builtins.ts): check its layout`
		);
	}
	return file;
}

export function stdlibBuiltins(): Plugin {
	const files = new Map<string, string>();
	return {
		name: 'clv:stdlib-builtins',
		enforce: 'pre',
		resolveId(source) {
			if (!(source in builtinModules)) return;
			let file = files.get(source);
			if (!file) {
				try {
					file = builtinFile(source);
				} catch (error) {
					// a package the site does not install is left to the normal resolution
					if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return;
					throw error;
				}
				files.set(source, file);
			}
			return file;
		}
	};
}
