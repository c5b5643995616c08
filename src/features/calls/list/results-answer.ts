/**
 * What the results area shows once the list's answer is in, besides the table: the pager,
 * or the empty, past-the-end or error state. A chunk of its own, fetched while the
 * skeleton shows (see calls-results.tsx), so neither the first paint nor the answer
 * waits for it.
 */
export { LoadError } from '../components/load-error';
export { EmptyState, PastLastPage } from './list-states';
export { Pagination } from './pagination';
