/**
 * The longest paste the cohort-table reader takes, apart from the reader (`paste-grid.ts`
 * re-exports it), so that a page can refuse a paste too long without loading the reader.
 */

/** Longest paste read, in characters (a 500 × 500 table of six-digit counts fits). */
export const MAX_PASTE_CHARS = 2_000_000;
