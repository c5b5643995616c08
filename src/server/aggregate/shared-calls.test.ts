import { describe, expect, it } from 'vitest';
import type { Call } from '../../contract/call';
import type { CallsSource } from './call-walker';
import { walkEveryCall } from './call-walker';
import { MergedList } from './merged-list';
import { newestFirst } from './newest-first';

// What the scope cannot learn from the calls: unit 3 sits under unit 1, but 3 has no
// calls of its own in the range, only those of unit 4 below it, which both units answer for.
const at = (i: number) => new Date(Date.UTC(2026, 10, 20, 12) - i * 60_000).toISOString();
const call = (call_id: number, i: number, org_unit_id: number): Call => ({
  call_id,
  call_started: at(i),
  org_unit_id,
  disposition: 'ANSWERED',
  duration: 10,
});
const ownOfOne = Array.from({ length: 300 }, (_, i) => call(10_000 + i, 2 * i, 1));
const ofFour = Array.from({ length: 250 }, (_, i) => call(20_000 + i, 2 * i + 1, 4));
const units: Record<number, Call[]> = { 1: [...ownOfOne, ...ofFour].sort(newestFirst), 3: [...ofFour].sort(newestFirst) };
const every = units[1] as Call[];

const source: CallsSource = {
  listCalls: async (query) => {
    const all = units[query.org_unit_id as number] ?? [];
    return { value: { data: { total: all.length, calls: all.slice(query.offset, query.offset + query.limit) } } };
  },
};
const parts = [{ org_unit_id: 1 }, { org_unit_id: 3 }];

describe('units that share calls, not known to', () => {
  it('count each call once in the stats, with the total exact once every call is read', async () => {
    const seen: number[] = [];
    const counts = await walkEveryCall(source, [parts], { cap: 10_000, concurrency: 4 }, (calls) => {
      seen.push(...calls.map((c) => c.call_id));
    });
    expect(counts).toEqual({ total: every.length, covered: every.length });
    expect(seen.sort()).toEqual(every.map((c) => c.call_id).sort());
  });

  it('count the newest calls once when the stats are capped', async () => {
    const seen: number[] = [];
    const counts = await walkEveryCall(source, [parts], { cap: 400, concurrency: 4 }, (calls) => {
      seen.push(...calls.map((c) => c.call_id));
    });
    expect(counts.covered).toBe(400);
    expect(seen).toEqual(every.slice(0, 400).map((c) => c.call_id));
    // Not every copy was passed over: the total may still be high, never low.
    expect(counts.total).toBeGreaterThanOrEqual(every.length);
  });

  it('page the list with each call once, a total never below the calls there are, exact at the end', async () => {
    const list = new MergedList(source, { concurrency: 4, resumeTtlMs: 60_000, maxResumePoints: 200 });
    const ids: number[] = [];
    const totals: number[] = [];
    for (let offset = 0; ; offset += 100) {
      const { data } = (await list.page({ limit: 100, offset }, parts)).value;
      ids.push(...data.calls.map((c) => c.call_id));
      totals.push(data.total);
      expect(data.total).toBeGreaterThanOrEqual(every.length);
      if (data.calls.length < 100) break;
    }
    expect(ids).toEqual(every.map((c) => c.call_id));
    expect(totals.at(-1)).toBe(every.length);
    // Each page passes over more copies: the total only comes down.
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    expect(totals[0]).toBeLessThan(every.length + ofFour.length);
    // A page past the end, asked directly, reads the lists through and says where they end.
    const fresh = new MergedList(source, { concurrency: 4, resumeTtlMs: 60_000, maxResumePoints: 200 });
    expect((await fresh.page({ limit: 100, offset: 700 }, parts)).value.data).toEqual({ total: every.length, calls: [] });
  });
});
