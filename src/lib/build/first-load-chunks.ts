/**
 * Which pages load each module on their first load, for the client build's chunking
 * (`vite.config.ts`, issue 20). Build-time only: nothing here reaches the site.
 *
 * A page, here, is one of the bundle's roots: an entry (SvelteKit's start and app, one per route
 * node) or a module a universal `load` imports (`+page.ts`/`+layout.ts`, and what they import
 * statically, e.g. an article's component through `content.ts`, a page's messages file through
 * the page-messages map). Other dynamic imports (islands, charts, panels, workers, sections that
 * hydrate when near) load on demand and are not roots: what only they import is not first-load,
 * and a first-load module they also import keeps the file its pages give it.
 *
 * Modules that the same set of roots load can share one file: every page that loads the file
 * runs all of it. The bundler's own splitting also counts the on-demand imports, so one module
 * that an island imports and its neighbour that it does not end up in two files although every
 * page loads both.
 *
 * Reachability follows static imports, except through a re-export-only module (`index.ts` of a
 * model, the calculator kit's index): the bundler drops such a module and links each importer to
 * the modules whose exports it uses, so here too an importer reaches only the re-exported
 * modules it names (and every re-exported Svelte component, whose module has side effects and is
 * kept by the bundler wherever its index is imported).
 */
import { dirname, resolve } from 'node:path';
import { parse } from 'es-module-lexer';
import { parseAst } from 'vite';

/** The part of the bundler's module info this reads (Rolldown's `ChunkingContext`). */
export interface ModuleLinks {
	code: string | null;
	importedIds: readonly string[];
	dynamicallyImportedIds: readonly string[];
	importers: readonly string[];
	dynamicImporters: readonly string[];
	isEntry: boolean;
}

export type ModuleInfoOf = (id: string) => ModuleLinks | null;

/** `src/routes/…/+page.ts`, `+layout.js`…: files whose `load` runs before a page renders. */
export const universalLoad = /[\\/]src[\\/]routes[\\/](.*[\\/])?\+(page|layout)\.[jt]s$/;

/** Every module connected to `start` by any import, either way. */
function wholeGraph(start: string, info: ModuleInfoOf): Set<string> {
	const all = new Set<string>();
	const stack = [start];
	for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
		if (all.has(id)) continue;
		const module = info(id);
		if (!module) continue;
		all.add(id);
		stack.push(
			...module.importedIds,
			...module.dynamicallyImportedIds,
			...module.importers,
			...module.dynamicImporters
		);
	}
	return all;
}

interface Reexport {
	/** The module re-exported from, or undefined when it could not be told. */
	target: string | undefined;
	/** Names it is re-exported as; `*` for `export * from`. */
	names: string[];
}

/** Static import and `export … from` statements of `code`, with the names each brings in. */
function statements(code: string) {
	const [imports] = parse(code);
	return imports
		.filter((entry) => entry.t === 1 && entry.n !== undefined)
		.map((entry) => {
			const text = code.slice(entry.ss, entry.se);
			const clause = text.slice(0, entry.s - entry.ss);
			const names: string[] = [];
			if (/^export\s*\*/.test(clause)) names.push('*');
			const braces = clause.match(/\{([^}]*)\}/);
			for (const part of braces?.[1]?.split(',') ?? []) {
				const [name, alias] = part
					.trim()
					.replace(/^type\s+/, '')
					.split(/\s+as\s+/);
				if (name) names.push(clause.startsWith('export') ? (alias ?? name) : name);
			}
			if (/^import\s*\*/.test(clause)) names.push('*');
			if (/^import\s+[\w$]+/.test(clause) && !/^import\s*\{/.test(clause)) names.push('default');
			return { specifier: entry.n as string, start: entry.ss, end: entry.se, names };
		});
}

/** The re-exports of a module that has nothing else (comments aside), or undefined. */
function reexportsOnly(id: string, module: ModuleLinks): Reexport[] | undefined {
	const code = module.code;
	if (!code || !/\.[jt]s$/.test(id)) return undefined;
	const found = statements(code);
	let rest = code;
	for (const s of [...found].sort((a, b) => b.start - a.start)) {
		rest = rest.slice(0, s.start) + rest.slice(s.end);
	}
	const empty = rest.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '').replace(/[\s;]/g, '') === '';
	if (!empty || found.length === 0 || !found.every((s) => code.startsWith('export', s.start))) {
		return undefined;
	}
	return found.map((s) => ({ target: relativeTarget(id, s.specifier, module), names: s.names }));
}

/** The imported id a relative specifier of `id` names (`./club` → `…/club.ts`). */
function relativeTarget(id: string, specifier: string, module: ModuleLinks): string | undefined {
	if (!specifier.startsWith('.')) return undefined;
	const base = resolve(dirname(id), specifier).replace(/\.[jt]s$/, '');
	return module.importedIds.find((other) => {
		const path = other.replace(/[?#].*$/, '');
		return (
			path === base ||
			path.replace(/\.[^./\\]+$/, '') === base ||
			path.replace(/[\\/]index\.[jt]s$/, '') === base
		);
	});
}

type Node = { type: string; start: number; [key: string]: unknown };

/**
 * Whether running a module may do something beyond defining its exports, judged the way a
 * bundler must (a property read may run a getter, a call may do anything unless marked pure).
 * When in doubt, yes: the module then counts as loaded wherever its index is imported.
 */
export function hasSideEffects(code: string): boolean {
	let program: { body: Node[] };
	try {
		program = parseAst(code) as unknown as { body: Node[] };
	} catch {
		return true;
	}
	const annotatedPure = (node: Node) =>
		/[@#]__PURE__\s*\*\/\s*$/.test(code.slice(Math.max(0, node.start - 40), node.start));
	const pure = (node: Node | null | undefined): boolean => {
		if (!node) return true;
		switch (node.type) {
			case 'Literal':
			case 'Identifier':
			case 'ArrowFunctionExpression':
			case 'FunctionExpression':
			case 'FunctionDeclaration':
			case 'EmptyStatement':
				return true;
			case 'TemplateLiteral':
				return (node.expressions as Node[]).every(pure);
			case 'ParenthesizedExpression':
				return pure(node.expression as Node);
			case 'UnaryExpression':
				return node.operator !== 'delete' && pure(node.argument as Node);
			case 'BinaryExpression':
			case 'LogicalExpression':
				return pure(node.left as Node) && pure(node.right as Node);
			case 'ConditionalExpression':
				return [node.test, node.consequent, node.alternate].every((n) => pure(n as Node));
			case 'ArrayExpression':
				return (node.elements as (Node | null)[]).every((n) => n === null || pure(n));
			case 'ObjectExpression':
				return (node.properties as Node[]).every(
					(p) =>
						p.type === 'Property' &&
						(!p.computed || pure(p.key as Node)) &&
						pure(p.value as Node)
				);
			case 'NewExpression':
				// Collections built from literals, as the bundler knows them.
				if (
					(node.callee as Node).type === 'Identifier' &&
					/^(Map|Set|WeakMap|WeakSet)$/.test((node.callee as { name: string }).name)
				) {
					return (node.arguments as Node[]).every(pure);
				}
				return annotatedPure(node) && (node.arguments as Node[]).every(pure);
			case 'CallExpression':
				return annotatedPure(node) && (node.arguments as Node[]).every(pure);
			case 'ClassDeclaration':
			case 'ClassExpression':
				return (
					(!node.superClass || (node.superClass as Node).type === 'Identifier') &&
					((node.body as { body: Node[] }).body ?? []).every(
						(m) =>
							m.type === 'MethodDefinition' ||
							(m.type === 'PropertyDefinition' && (!m.static || pure(m.value as Node)))
					)
				);
			case 'VariableDeclaration':
				return (node.declarations as Node[]).every(
					(d) => (d.id as Node).type === 'Identifier' && pure(d.init as Node)
				);
			case 'ImportDeclaration':
			case 'ExportAllDeclaration':
				return true;
			case 'ExportNamedDeclaration':
				return pure(node.declaration as Node);
			case 'ExportDefaultDeclaration':
				return pure(node.declaration as Node);
			default:
				return false;
		}
	};
	return !program.body.every(pure);
}

/**
 * The modules `id` makes a page load: its static imports, with each re-export-only module
 * replaced by the re-exported modules `id` names (and any re-exported Svelte component).
 */
export function pulledBy(
	id: string,
	info: ModuleInfoOf,
	barrels: Map<string, Reexport[] | undefined>,
	effects: Map<string, boolean> = new Map()
): string[] {
	const module = info(id);
	if (!module) return [];
	let own: ReturnType<typeof statements> | undefined;
	/** The names `id` imports from `target`, by the statements whose specifier ends like its path. */
	const namesFrom = (target: string) => {
		own ??= module.code ? statements(module.code) : [];
		const path = target
			.replace(/[?#].*$/, '')
			.replace(/\.[^./\\]+$/, '')
			.replace(/[\\/]index$/, '');
		const names = own
			.filter((s) => {
				const tail = s.specifier
					.replace(/[?#].*$/, '')
					.replace(/\.[^./\\]+$/, '')
					.split('/')
					.filter((part) => part !== '.' && part !== '..' && !part.startsWith('$'))
					.join('/');
				return tail !== '' && path.endsWith(`/${tail}`);
			})
			.flatMap((s) => s.names);
		return new Set(names.length > 0 ? names : ['*']);
	};
	const effectful = (target: string) => {
		let found = effects.get(target);
		if (found === undefined) {
			const code = info(target)?.code;
			found =
				!/\.[jt]s$/.test(target.replace(/[?#].*$/, '')) || !code ? true : hasSideEffects(code);
			effects.set(target, found);
		}
		return found;
	};
	const out: string[] = [];
	const visit = (target: string, wanted: () => Set<string>, depth: number) => {
		let reexports = barrels.get(target);
		if (!barrels.has(target)) {
			const targetInfo = info(target);
			reexports = targetInfo ? reexportsOnly(target, targetInfo) : undefined;
			barrels.set(target, reexports);
		}
		if (!reexports || depth > 8) {
			out.push(target);
			return;
		}
		const names = wanted();
		for (const r of reexports) {
			if (!r.target) {
				// Could not tell which module: count them all (a page loads no less than it runs).
				for (const other of info(target)?.importedIds ?? []) out.push(other);
				continue;
			}
			if (
				names.has('*') ||
				r.names.some((n) => n === '*' || names.has(n)) ||
				effectful(r.target)
			) {
				visit(r.target, r.names.includes('*') ? wanted : () => new Set(['*']), depth + 1);
			}
		}
	};
	for (const target of module.importedIds) visit(target, () => namesFrom(target), 0);
	return out;
}

/** For each module some root loads on its first load, those roots (ids, sorted). */
export function rootsOfModules(anyId: string, info: ModuleInfoOf): Map<string, string[]> {
	const all = wholeGraph(anyId, info);
	const barrels = new Map<string, Reexport[] | undefined>();
	const effects = new Map<string, boolean>();
	const edges = new Map<string, string[]>();
	const pulled = (id: string) => {
		let found = edges.get(id);
		if (!found) {
			found = pulledBy(id, info, barrels, effects);
			edges.set(id, found);
		}
		return found;
	};
	const closure = (starts: string[], follow: (id: string) => readonly string[]) => {
		const found = new Set<string>();
		const todo = [...starts];
		for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
			if (found.has(id)) continue;
			found.add(id);
			todo.push(...follow(id));
		}
		return found;
	};
	const loads = closure(
		[...all].filter((id) => universalLoad.test(id)),
		(id) => info(id)?.importedIds ?? []
	);
	const roots = new Set([...all].filter((id) => info(id)?.isEntry));
	for (const id of loads) for (const target of info(id)?.dynamicallyImportedIds ?? []) roots.add(target);

	const rootsOf = new Map<string, string[]>();
	for (const root of [...roots].sort()) {
		for (const id of closure([root], pulled)) {
			const list = rootsOf.get(id);
			if (list) list.push(root);
			else rootsOf.set(id, [root]);
		}
	}
	return rootsOf;
}

/**
 * For each module the first load of two or more roots runs, the name of its set of roots (one
 * name per distinct set, after the set's first module in id order). Modules of one root only and
 * modules no root loads are left out.
 */
export function firstLoadSets(anyId: string, info: ModuleInfoOf): Map<string, string> {
	const rootsOf = rootsOfModules(anyId, info);
	const names = new Map<string, string>();
	const taken = new Set<string>();
	const result = new Map<string, string>();
	for (const id of [...rootsOf.keys()].sort()) {
		const list = rootsOf.get(id) ?? [];
		if (list.length < 2) continue;
		const key = list.join('\n');
		let name = names.get(key);
		if (!name) {
			const base =
				(id.split(/[\\/]/).pop() ?? 'shared').replace(/[?#].*$/, '').replace(/\.[^.]*$/, '') ||
				'shared';
			name = base;
			for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
			taken.add(name);
			names.set(key, name);
		}
		result.set(id, name);
	}
	return result;
}
