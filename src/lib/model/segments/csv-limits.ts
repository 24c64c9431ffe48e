/** Default limit on data rows of a customer table, to keep the page responsive. */
export const CSV_MAX_ROWS = 10_000;
