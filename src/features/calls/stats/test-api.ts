/**
 * The answers a page with the summary needs, for component tests: a page of calls and
 * the stats, in its two parts as the server gives them (`part=counts`: the counts alone).
 */
import { http, HttpResponse } from 'msw';
import { statsCountsSchema, type CallStats } from '../../../contract/stats';
import { makeCall, makeEnvelope, makeStats } from '../../../test/fixtures';
import { server } from '../../../test/msw';

export interface MockSummaryApi {
  /** The query of every request for the whole stats answer, in order. */
  statsRequests: URLSearchParams[];
  /** The query of every request for the counts part, in order. */
  countsRequests: URLSearchParams[];
  /** The query of every list request, in order. */
  listRequests: URLSearchParams[];
}

/** The whole answer; a function answers both parts (the counts part takes its counts from a 200's body). */
type StatsAnswer = CallStats | ((params: URLSearchParams) => Response | Promise<Response>);

export interface MockSummaryOptions {
  /** Holds the whole answer back until it resolves; the counts part comes at once. */
  wholeAfter?: Promise<unknown>;
}

export function mockSummaryApi(stats: StatsAnswer = makeStats(), options: MockSummaryOptions = {}): MockSummaryApi {
  const statsRequests: URLSearchParams[] = [];
  const countsRequests: URLSearchParams[] = [];
  const listRequests: URLSearchParams[] = [];
  server.use(
    http.get('*/api/calls/stats', async ({ request }) => {
      const params = new URL(request.url).searchParams;
      const countsOnly = params.get('part') === 'counts';
      (countsOnly ? countsRequests : statsRequests).push(params);
      if (!countsOnly) await options.wholeAfter;
      const answer = typeof stats === 'function' ? await stats(params) : HttpResponse.json(stats);
      if (!countsOnly || answer.status !== 200) return answer;
      return HttpResponse.json(statsCountsSchema.parse(await answer.json()));
    }),
    http.get('*/api/calls', ({ request }) => {
      listRequests.push(new URL(request.url).searchParams);
      const calls = Array.from({ length: 3 }, (_, i) => makeCall({ call_id: 1000 + i, campaign_name: `Campaign ${i}` }));
      // Enough calls for a few pages.
      return HttpResponse.json(makeEnvelope(calls, 500));
    }),
  );
  return { statsRequests, countsRequests, listRequests };
}
