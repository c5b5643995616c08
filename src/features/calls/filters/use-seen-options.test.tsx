/**
 * The pickers' suggestions come from the pages of calls in the query cache: each page
 * adds what it names, and a page the cache lets go of keeps its names on offer.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { makeCall, makeEnvelope } from '../../../test/fixtures';
import { callQueries } from '../api/call-queries';
import { useSeenOptions, type SeenKind } from './use-seen-options';

function renderSeen(kind: SeenKind) {
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return { queryClient, ...renderHook(() => useSeenOptions(kind), { wrapper }) };
}

const page = (offset: number) => callQueries.list({ start: '2026-02-01T00:00:00Z', limit: 25, offset }).queryKey;

describe('useSeenOptions', () => {
  it('offers every campaign the cached pages show, by name, as pages arrive', () => {
    const { queryClient, result } = renderSeen('campaign_id');
    expect(result.current).toEqual([]);

    act(() => {
      queryClient.setQueryData(
        page(0),
        makeEnvelope([
          makeCall({ call_id: 1, campaign_id: 311, campaign_name: 'Roofing Q1' }),
          makeCall({ call_id: 2, campaign_id: 312, campaign_name: null }),
          makeCall({ call_id: 3, campaign_id: 311, campaign_name: 'Roofing Q1' }),
        ]),
      );
    });
    expect(result.current).toEqual([
      { id: 312, label: '#312' },
      { id: 311, label: 'Roofing Q1' },
    ]);

    act(() => {
      queryClient.setQueryData(page(25), makeEnvelope([makeCall({ call_id: 4, campaign_id: 9, campaign_name: 'Gutters' })]));
    });
    expect(result.current.map((option) => option.label)).toEqual(['#312', 'Gutters', 'Roofing Q1']);
  });

  it('keeps what it has offered when the cache drops the page that showed it', () => {
    const { queryClient, result } = renderSeen('org_unit_id');
    act(() => {
      queryClient.setQueryData(page(0), makeEnvelope([makeCall({ org_unit_id: 1230, group_name: 'Plumbing Division' })]));
    });
    const offered = result.current;
    expect(offered).toEqual([{ id: 1230, label: 'Plumbing Division' }]);

    act(() => queryClient.removeQueries({ queryKey: callQueries.lists() }));
    expect(result.current).toBe(offered);
  });

  it('reads only pages of calls', () => {
    const { queryClient, result } = renderSeen('campaign_id');
    act(() => {
      queryClient.setQueryData(callQueries.detail(5).queryKey, { call: makeCall({ campaign_id: 77 }) });
    });
    expect(result.current).toEqual([]);
  });
});
