import { describe, expect, it } from 'vitest';
import { callSteps, pagesAhead, queryForPage } from './call-steps';

const page = (from: number, count: number, total: number) => ({
  calls: Array.from({ length: count }, (_, index) => ({ call_id: from + index })),
  total,
});

describe('callSteps', () => {
  it('steps to the calls beside the open one on its page', () => {
    const steps = callSteps(page(101, 50, 120), 110, 3, 50);
    expect(steps).toMatchObject({ index: 9, count: 50, position: 110, total: 120 });
    expect(steps.previous).toEqual({ callId: 109, page: 3 });
    expect(steps.next).toEqual({ callId: 111, page: 3 });
  });

  it('steps past a page’s edges to the page before’s last call and the page after’s first', () => {
    expect(callSteps(page(26, 25, 60), 26, 2, 25).previous).toEqual({ page: 1, pick: 'last' });
    expect(callSteps(page(26, 25, 60), 50, 2, 25).next).toEqual({ page: 3, pick: 'first' });
  });

  it('has nowhere to go at the first and last calls found', () => {
    expect(callSteps(page(1, 25, 60), 1, 1, 25).previous).toBeNull();
    const last = callSteps(page(51, 10, 60), 60, 3, 25);
    expect(last.next).toBeNull();
    expect(last.position).toBe(60);
  });

  it('has no neighbours for a call that is not on the page, or before the page is known', () => {
    expect(callSteps(page(1, 25, 60), 999, 1, 25)).toMatchObject({ index: -1, position: null, previous: null, next: null });
    expect(callSteps(undefined, 1, 1, 25)).toMatchObject({ index: -1, total: null, previous: null, next: null });
  });
});

describe('pagesAhead', () => {
  it('fetches the page beyond an edge the open call is within three calls of', () => {
    expect(pagesAhead(callSteps(page(26, 25, 100), 48, 2, 25), 2)).toEqual([3]);
    expect(pagesAhead(callSteps(page(26, 25, 100), 28, 2, 25), 2)).toEqual([1]);
    expect(pagesAhead(callSteps(page(26, 25, 100), 38, 2, 25), 2)).toEqual([]);
  });

  it('fetches nothing beyond the first page or the last', () => {
    expect(pagesAhead(callSteps(page(1, 25, 100), 1, 1, 25), 1)).toEqual([]);
    expect(pagesAhead(callSteps(page(76, 25, 100), 100, 4, 25), 4)).toEqual([]);
  });
});

describe('queryForPage', () => {
  it('keeps the filters and page size, moving the offset', () => {
    const query = { start: 'a', end: 'b', limit: 50, offset: 0, campaign_id: 7 };
    expect(queryForPage(query, 3)).toEqual({ ...query, offset: 100 });
  });
});
