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
 * Reachability follows static imports the way the bundler links modules, approximately:
 * - a plain module (not a Svelte component, not a package) reaches only the imports that its used
 *   code needs, or that run code when loaded: the bundler drops the functions nobody uses, and the
 *   imports only they needed (`liveImports`, a whole-graph pass over the modules' top-level names);
 * - through a re-export-only module (a model's `index.ts`, the calculator kit's index) an importer
 *   reaches only the re-exported modules it names, and those that run code when loaded (every
 *   Svelte component, presets built by a call): the bundler links importers to the modules that
 *   own the names and keeps the index only for the code that runs.
 * Where the analysis cannot tell (an import it cannot resolve, code it cannot parse), it counts
 * the import as used. A miss either way costs bytes, not correctness (the bundler still links
 * every import), and the build fails if files end up importing each other in a cycle.
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

/** Names in a module's top-level code: what each statement declares, exports and refers to. */
interface Analysis {
	imports: { specifier: string; bindings: Map<string, string>; bare: boolean }[];
	reexports: { specifier: string; names: Map<string, string> | '*' }[];
	/** exported name → local name */
	exported: Map<string, string>;
	statements: { declares: string[]; refs: Set<string>; effect: boolean }[];
}

function identifiers(node: unknown, into: Set<string>): Set<string> {
	if (Array.isArray(node)) {
		for (const n of node) identifiers(n, into);
	} else if (node && typeof node === 'object') {
		const n = node as { type?: string; name?: unknown };
		if (n.type === 'Identifier' && typeof n.name === 'string') into.add(n.name);
		for (const value of Object.values(node)) if (value && typeof value === 'object') identifiers(value, into);
	}
	return into;
}

function nameOf(node: unknown): string {
	const n = node as { name?: string; value?: string };
	return n.name ?? n.value ?? '';
}

function declared(node: Node | null | undefined): string[] {
	if (!node) return [];
	if (node.type === 'VariableDeclaration') {
		return (node.declarations as Node[]).flatMap((d) => [...identifiers(d.id, new Set())]);
	}
	const id = node.id as Node | null | undefined;
	return id ? [nameOf(id)] : [];
}

/** The top-level names of a plain module's code, or undefined when it cannot be read. */
export function analyse(code: string): Analysis | undefined {
	let program: { body: Node[] };
	try {
		program = parseAst(code) as unknown as { body: Node[] };
	} catch {
		return undefined;
	}
	const result: Analysis = { imports: [], reexports: [], exported: new Map(), statements: [] };
	for (const node of program.body) {
		const text = code.slice(node.start, (node as unknown as { end: number }).end);
		const effect = hasSideEffects(text);
		if (node.type === 'ImportDeclaration') {
			const bindings = new Map<string, string>();
			for (const spec of node.specifiers as Node[]) {
				const local = nameOf(spec.local);
				if (spec.type === 'ImportDefaultSpecifier') bindings.set(local, 'default');
				else if (spec.type === 'ImportNamespaceSpecifier') bindings.set(local, '*');
				else bindings.set(local, nameOf(spec.imported));
			}
			const specifier = String((node.source as { value: unknown }).value);
			result.imports.push({ specifier, bindings, bare: bindings.size === 0 });
		} else if (node.type === 'ExportAllDeclaration') {
			const specifier = String((node.source as { value: unknown }).value);
			const as = node.exported ? nameOf(node.exported) : undefined;
			result.reexports.push({ specifier, names: as ? new Map([[as, '*']]) : '*' });
		} else if (node.type === 'ExportNamedDeclaration' && node.source) {
			const specifier = String((node.source as { value: unknown }).value);
			const names = new Map<string, string>();
			for (const spec of node.specifiers as Node[]) {
				names.set(nameOf(spec.exported), nameOf(spec.local));
			}
			result.reexports.push({ specifier, names });
		} else if (node.type === 'ExportNamedDeclaration') {
			const declares = declared(node.declaration as Node);
			for (const name of declares) result.exported.set(name, name);
			for (const spec of node.specifiers as Node[]) {
				result.exported.set(nameOf(spec.exported), nameOf(spec.local));
			}
			const refs = identifiers(node.declaration, new Set());
			result.statements.push({ declares, refs, effect });
		} else if (node.type === 'ExportDefaultDeclaration') {
			const declaration = node.declaration as Node;
			const declares = ['default', ...declared(declaration)];
			result.exported.set('default', 'default');
			result.statements.push({ declares, refs: identifiers(declaration, new Set()), effect });
		} else {
			result.statements.push({ declares: declared(node), refs: identifiers(node, new Set()), effect });
		}
	}
	return result;
}

/** The imported id that `specifier` in module `id` names, by its path (aliases as `$lib` aside). */
function targetOf(id: string, specifier: string, importedIds: readonly string[]): string | undefined {
	const plain = (path: string) =>
		path
			.replace(/[?#].*$/, '')
			.replace(/\.[^./\\]+$/, '')
			.replace(/[\\/]index$/, '');
	if (specifier.startsWith('.')) {
		const want = plain(resolve(dirname(id), specifier));
		return importedIds.find((other) => plain(other) === want);
	}
	const tail = plain(specifier)
		.split('/')
		.filter((part) => part !== '.' && part !== '..' && !part.startsWith('$'))
		.join('/');
	if (!tail) return undefined;
	return importedIds.find((other) => plain(other).endsWith(`/${tail}`));
}

/** Plain modules of the site: code whose unused parts the analysis can see (not Svelte's). */
const plainModule = (id: string) =>
	!id.startsWith('\0') && !id.includes('/node_modules/') && /\.(ts|js|mjs)$/.test(id);

/**
 * Which names of which imports each plain module uses in code that runs or that some used export
 * needs, over the whole graph (the bundler drops the rest, and with it the imports only the rest
 * uses). Svelte components and packages count as using everything they import.
 */
export function liveImports(
	all: Iterable<string>,
	roots: Set<string>,
	info: ModuleInfoOf
): Map<string, Map<string, Set<string>>> {
	const analyses = new Map<string, Analysis | undefined>();
	const analysis = (id: string) => {
		if (!analyses.has(id)) {
			const code = info(id)?.code;
			analyses.set(id, plainModule(id) && code ? analyse(code) : undefined);
		}
		return analyses.get(id);
	};
	const liveNames = new Map<string, Set<string>>();
	const uses = new Map<string, Map<string, Set<string>>>();
	const queue: string[] = [];
	const use = (from: string, target: string, names: Iterable<string>) => {
		let byTarget = uses.get(from);
		if (!byTarget) uses.set(from, (byTarget = new Map()));
		let mine = byTarget.get(target);
		if (!mine) byTarget.set(target, (mine = new Set()));
		let live = liveNames.get(target);
		const fresh = !live;
		if (!live) liveNames.set(target, (live = new Set()));
		let grew = fresh;
		for (const name of names) {
			mine.add(name);
			if (!live.has(name)) {
				live.add(name);
				grew = true;
			}
		}
		if (grew) queue.push(target);
	};
	const everything = (from: string) => {
		const module = info(from);
		if (!module) return;
		const found = module.code ? statements(module.code) : [];
		for (const target of module.importedIds) {
			const names = found
				.filter((s) => targetOf(from, s.specifier, [target]) === target)
				.flatMap((s) => s.names);
			use(from, target, names.length > 0 ? names : ['*']);
		}
	};
	const ids = [...all];
	for (const id of ids) {
		if (!analysis(id)) everything(id);
		else queue.push(id);
	}
	for (const root of roots) {
		liveNames.set(root, new Set(['*']));
		queue.push(root);
	}
	const done = new Map<string, number>();
	for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
		const a = analysis(id);
		const module = info(id);
		if (!a || !module) continue;
		const names = liveNames.get(id) ?? new Set<string>();
		const size = names.size + (names.has('*') ? 1e6 : 0);
		if (done.get(id) === size && done.has(id)) continue;
		done.set(id, size);
		const all = names.has('*');
		const wanted = new Set<string>();
		for (const [exported, local] of a.exported) if (all || names.has(exported)) wanted.add(local);
		const byName = new Map<string, number[]>();
		a.statements.forEach((st, i) => {
			for (const name of st.declares) byName.set(name, [...(byName.get(name) ?? []), i]);
		});
		const liveStatements = new Set<number>();
		const refs = new Set<string>();
		const todo = [...wanted];
		a.statements.forEach((st, i) => {
			if (st.effect) {
				liveStatements.add(i);
				todo.push(...st.refs);
			}
		});
		for (let name = todo.pop(); name !== undefined; name = todo.pop()) {
			if (refs.has(name)) continue;
			refs.add(name);
			for (const i of byName.get(name) ?? []) {
				if (liveStatements.has(i)) continue;
				liveStatements.add(i);
				todo.push(...(a.statements[i]?.refs ?? []));
			}
		}
		// An import whose module cannot be told (a virtual module, a package) may be any of those
		// no other statement names.
		const named = new Set(
			[...a.imports, ...a.reexports].map((x) => targetOf(id, x.specifier, module.importedIds))
		);
		const unnamed = module.importedIds.filter((t) => !named.has(t));
		for (const imp of a.imports) {
			const target = targetOf(id, imp.specifier, module.importedIds);
			const used = [...imp.bindings].filter(([local]) => refs.has(local)).map(([, name]) => name);
			if (!target) {
				if (imp.bare || used.length > 0) for (const t of unnamed) use(id, t, ['*']);
				continue;
			}
			if (imp.bare || used.length > 0) use(id, target, used);
		}
		for (const re of a.reexports) {
			const target = targetOf(id, re.specifier, module.importedIds);
			const used =
				re.names === '*'
					? all
						? ['*']
						: [...names]
					: [...re.names].filter(([exported]) => all || names.has(exported)).map(([, n]) => n);
			if (used.length === 0) continue;
			if (!target) for (const t of unnamed) use(id, t, ['*']);
			else use(id, target, used);
		}
	}
	return uses;
}

/**
 * The modules `id` makes a page load: its static imports, with each re-export-only module
 * replaced by the re-exported modules `id` names (and any re-exported Svelte component).
 */
export function pulledBy(
	id: string,
	info: ModuleInfoOf,
	barrels: Map<string, Reexport[] | undefined>,
	effects: Map<string, boolean> = new Map(),
	live?: Map<string, Map<string, Set<string>>>
): string[] {
	const module = info(id);
	if (!module) return [];
	const liveHere = live && plainModule(id) ? (live.get(id) ?? new Map<string, Set<string>>()) : undefined;
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
	const ownReexports = reexportsOnly(id, module);
	if (ownReexports) {
		// The module itself: the bundler keeps, wherever it is imported, what it re-exports from
		// modules that run code; its importers reach the rest by name (below).
		return ownReexports.flatMap((r) =>
			!r.target ? [...module.importedIds] : effectful(r.target) ? [r.target] : []
		);
	}
	const visit = (target: string, wanted: () => Set<string>, depth: number) => {
		let reexports = barrels.get(target);
		if (!barrels.has(target)) {
			const targetInfo = info(target);
			reexports = targetInfo ? reexportsOnly(target, targetInfo) : undefined;
			barrels.set(target, reexports);
		}
		out.push(target);
		if (!reexports || depth > 8) return;
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
	for (const target of module.importedIds) {
		if (!liveHere) {
			visit(target, () => namesFrom(target), 0);
			continue;
		}
		// A plain module: only the imports its used code needs, and those that run code.
		const names = liveHere.get(target);
		if (names || effectful(target)) visit(target, () => names ?? new Set(), 0);
	}
	return out;
}

/** For each module some root loads on its first load, those roots (ids, sorted). */
export function rootsOfModules(anyId: string, info: ModuleInfoOf): Map<string, string[]> {
	const all = wholeGraph(anyId, info);
	const barrels = new Map<string, Reexport[] | undefined>();
	const effects = new Map<string, boolean>();
	const edges = new Map<string, string[]>();
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
	// Dynamically imported modules are used whole, like the roots.
	const used = new Set(roots);
	for (const id of all) for (const target of info(id)?.dynamicallyImportedIds ?? []) used.add(target);
	const live = liveImports(all, used, info);
	const pulled = (id: string) => {
		let found = edges.get(id);
		if (!found) {
			found = pulledBy(id, info, barrels, effects, live);
			edges.set(id, found);
		}
		return found;
	};

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
 * name per distinct set, after the set's largest module). Modules of one root only and
 * modules no root loads are left out.
 */
export function firstLoadSets(anyId: string, info: ModuleInfoOf): Map<string, string> {
	const rootsOf = rootsOfModules(anyId, info);
	const byKey = new Map<string, string[]>();
	for (const id of [...rootsOf.keys()].sort()) {
		const list = rootsOf.get(id) ?? [];
		if (list.length < 2) continue;
		const key = list.join('\n');
		byKey.set(key, [...(byKey.get(key) ?? []), id]);
	}
	const taken = new Set<string>();
	const result = new Map<string, string>();
	for (const ids of byKey.values()) {
		// Named after its largest module, as the bundler names a file after its main module.
		const size = (id: string) => info(id)?.code?.length ?? 0;
		const largest = ids.reduce((best, id) => (size(id) > size(best) ? id : best));
		const base =
			(largest.split(/[\\/]/).pop() ?? '').replace(/[?#].*$/, '').replace(/\.[^.]*$/, '') ||
			'shared';
		let name = base;
		for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
		taken.add(name);
		for (const id of ids) result.set(id, name);
	}
	return result;
}
