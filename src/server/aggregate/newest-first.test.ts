import { describe, expect, it } from 'vitest';
import type { Call } from '../../contract/call';
import type { CallsQuery } from '../../contract/calls-query';
import type { CallsSource } from './call-walker';
import { mergeNewestFirst, newestFirst, UnitCursor } from './newest-first';

const call = (call_id: number, at: string, org_unit_id: number): Call => ({
  call_id,
  call_started: `2026-11-20T${at}Z`,
  org_unit_id,
  disposition: 'ANSWERED',
  duration: 10,
});

/** Lists per org unit, newest first as the upstream keeps them, paged like it; counts requests. */
function source(units: Record<number, Call[]>) {
  const asked: CallsQuery[] = [];
  const src: CallsSource = {
    listCalls: async (query) => {
      asked.push(query);
      const all = [...(units[query.org_unit_id as number] ?? [])].sort(newestFirst);
      return { value: { data: { total: all.length, calls: all.slice(query.offset, query.offset + query.limit) } } };
    },
  };
  return { src, asked };
}

async function mergedIds(src: CallsSource, units: number[], budget = Infinity): Promise<number[]> {
  const cursors = units.map((u) => new UnitCursor(src, { org_unit_id: u }, { offset: 0, budget }));
  const ids: number[] = [];
  for await (const c of mergeNewestFirst(cursors, 4)) ids.push(c.call_id);
  return ids;
}

describe('mergeNewestFirst', () => {
  it('orders as one upstream list would: newest first, the higher id first at the same instant', async () => {
    const a = [call(10, '10:00:00.000', 1), call(12, '09:00:00.000', 1), call(3, '08:00:00.000', 1)];
    const b = [call(11, '09:00:00.000', 2), call(13, '09:00:00.000', 2), call(1, '11:00:00.000', 2)];
    const { src } = source({ 1: a, 2: b });
    expect(await mergedIds(src, [1, 2])).toEqual([...a, ...b].sort(newestFirst).map((c) => c.call_id));
    expect(await mergedIds(src, [1, 2])).toEqual([1, 10, 13, 12, 11, 3]);
  });

  it('gives a call two overlapping units share once', async () => {
    const shared = call(5, '09:30:00.000', 3);
    const { src } = source({ 1: [call(6, '10:00:00.000', 1), shared], 3: [shared, call(4, '08:00:00.000', 3)] });
    expect(await mergedIds(src, [1, 3])).toEqual([6, 5, 4]);
  });

  it('reads a unit page by page as the merge uses it, never past the budget', async () => {
    const many = (unit: number, from: number) =>
      Array.from({ length: 450 }, (_, i) => call(from + i, `0${Math.floor(i / 60) % 10}:${String(i % 60).padStart(2, '0')}:00.000`, unit));
    const { src, asked } = source({ 1: many(1, 1000), 2: many(2, 5000) });
    const cursors = [1, 2].map((u) => new UnitCursor(src, { org_unit_id: u }, { offset: 0, budget: 250 }));
    let taken = 0;
    for await (const _ of mergeNewestFirst(cursors, 4)) if (++taken === 10) break;
    // One page of each unit is enough for the first ten calls.
    expect(asked.map((q) => [q.org_unit_id, q.offset, q.limit])).toEqual([
      [1, 0, 200],
      [2, 0, 200],
    ]);
    expect(await mergedIds(src, [1, 2], 250)).toHaveLength(500);
    expect(Math.max(...asked.map((q) => q.offset + q.limit))).toBe(250);
  });
});
