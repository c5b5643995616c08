import { describe, expect, it } from 'vitest';
import { OrgScope } from '../aggregate/org-scope';
import { createLogger } from '../logger';
import { statsCostBound } from './stats-cost-bound';

const NOW = new Date('2026-10-01T00:00:00.000Z');
const DAY_MS = 86_400_000;
const lastDays = (days: number) => ({
  start: new Date(NOW.getTime() - days * DAY_MS).toISOString(),
  end: NOW.toISOString(),
  tz: 'UTC',
});
const scope = (units?: number[]) => new OrgScope(units, createLogger('silent'));

describe('statsCostBound', () => {
  it("counts every window's first page and the cap's further pages", () => {
    // 31 days: one window; 20,000 calls are 100 pages, the first of them read with the window's first page.
    expect(statsCostBound(lastDays(31), { scope: scope(), maxCalls: 20_000, now: NOW })).toBe(100);
    // 366 days: 12 windows.
    expect(statsCostBound(lastDays(366), { scope: scope(), maxCalls: 20_000, now: NOW })).toBe(111);
    expect(statsCostBound(lastDays(366), { scope: scope(), maxCalls: 1_000, now: NOW })).toBe(16);
  });

  it('counts each org unit a query naming none is asked of, and one unit when the query names it', () => {
    expect(statsCostBound(lastDays(62), { scope: scope([10, 20, 30]), maxCalls: 1_000, now: NOW })).toBe(2 * 3 + 3 * 4);
    expect(statsCostBound({ ...lastDays(62), org_unit_id: 20 }, { scope: scope([10, 20, 30]), maxCalls: 1_000, now: NOW })).toBe(2 + 4);
  });
});
