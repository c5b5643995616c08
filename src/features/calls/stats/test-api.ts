/** The answers a page with the summary needs, for component tests: a page of calls and the stats. */
import { http, HttpResponse } from 'msw';
import type { CallStats } from '../../../contract/stats';
import { makeCall, makeEnvelope, makeStats } from '../../../test/fixtures';
import { server } from '../../../test/msw';

export interface MockSummaryApi {
  /** The query of every stats request, in order. */
  statsRequests: URLSearchParams[];
  /** The query of every list request, in order. */
  listRequests: URLSearchParams[];
}

type StatsAnswer = CallStats | ((params: URLSearchParams) => Response | Promise<Response>);

export function mockSummaryApi(stats: StatsAnswer = makeStats()): MockSummaryApi {
  const statsRequests: URLSearchParams[] = [];
  const listRequests: URLSearchParams[] = [];
  server.use(
    http.get('*/api/calls/stats', ({ request }) => {
      const params = new URL(request.url).searchParams;
      statsRequests.push(params);
      return typeof stats === 'function' ? stats(params) : HttpResponse.json(stats);
    }),
    http.get('*/api/calls', ({ request }) => {
      listRequests.push(new URL(request.url).searchParams);
      const calls = Array.from({ length: 3 }, (_, i) => makeCall({ call_id: 1000 + i, campaign_name: `Campaign ${i}` }));
      // Enough calls for a few pages.
      return HttpResponse.json(makeEnvelope(calls, 500));
    }),
  );
  return { statsRequests, listRequests };
}
