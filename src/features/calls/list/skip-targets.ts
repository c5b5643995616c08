/**
 * Where the page's "Skip to calls" link moves focus: the table (its region, named after
 * the page of calls; one Tab on is the first row), or, while there is no table (loading,
 * no match, an error), the results area that says so.
 */
export const CALLS_TABLE_ID = 'calls-table';
export const CALLS_RESULTS_ID = 'calls';
