/** `/api/meta`: what the page needs to know about the server it talks to. */
import { queryOptions } from '@tanstack/react-query';
import { metaSchema } from '../contract/api';
import { getJson } from './api-client';

export const metaQuery = queryOptions({
  queryKey: ['meta'],
  queryFn: ({ signal }) => getJson('meta', metaSchema, { signal }),
  // It changes only when the server restarts with other settings.
  staleTime: Infinity,
});
