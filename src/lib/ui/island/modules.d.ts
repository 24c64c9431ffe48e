// An import of a component as an island (src/lib/ui/island/vite-plugin.ts). Its props are not
// typed here: TypeScript cannot tie a wildcard module to the component it names.
declare module '*.svelte?island' {
	const island: import('./island').IslandOf;
	export default island;
}
