/**
 * What the proxy asked the calls API, read by watching its upstream transport, and the upstream's own
 * rule checked on each query: whatever the browser asked, no request upstream may
 * exceed 31 days or 200 calls.
 */
import { expect, vi } from 'vitest';
import { parseCallsQuery } from '../../contract/calls-query';
import { DAY_MS, MAX_RANGE_DAYS } from '../../contract/vocabulary';
import { upstreamHttp } from '../upstream/http-transport';

export async function upstreamQueries(act: () => Promise<void>): Promise<URLSearchParams[]> {
  const seen: URLSearchParams[] = [];
  const realSend = upstreamHttp.send;
  const spy = vi.spyOn(upstreamHttp, 'send').mockImplementation((url, request) => {
    if (url.pathname === '/v3/conversations/calls') seen.push(new URL(url).searchParams);
    return realSend(url, request);
  });
  try {
    await act();
  } finally {
    spy.mockRestore();
  }
  return seen;
}

export function expectWithinUpstreamRule(queries: readonly URLSearchParams[]): void {
  expect(queries.length).toBeGreaterThan(0);
  for (const query of queries) {
    const parsed = parseCallsQuery(query);
    expect(parsed.ok, parsed.ok ? '' : parsed.message).toBe(true);
    if (query.has('call_id')) continue;
    const span = Date.parse(query.get('end') as string) - Date.parse(query.get('start') as string);
    expect(span).toBeLessThanOrEqual(MAX_RANGE_DAYS * DAY_MS);
  }
}
