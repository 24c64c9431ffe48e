/**
 * Display helpers for model formulas: the variables a formula uses (for its legend) and the same
 * tree with some variables shown under another name (e.g. a source of value named in the reader's
 * language). Both are the model's own tree helpers, in `$lib/model/expr`.
 */
export { renameVars, symbolsIn } from '$lib/model/expr';
