import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../contract/vocabulary';
import { sliceAcrossWindows } from './window-slices';
import { fitsOneRequest, planWindows, splitRange } from './windows';

const at = (iso: string) => new Date(iso);

describe('splitRange', () => {
  it('cuts a range into windows of 31 days at most, newest first, end to end', () => {
    const windows = splitRange({ start: at('2026-01-01T00:00:00Z'), end: at('2026-04-01T00:00:00Z') });
    expect(windows.map((w) => [w.start.toISOString(), w.end.toISOString()])).toEqual([
      ['2026-03-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z'],
      ['2026-01-29T00:00:00.000Z', '2026-03-01T00:00:00.000Z'],
      ['2026-01-01T00:00:00.000Z', '2026-01-29T00:00:00.000Z'],
    ]);
  });

  it('covers any range up to a year exactly, with no window over 31 days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 1, max: 366 * DAY_MS }), (startMs, span) => {
        const windows = splitRange({ start: new Date(startMs), end: new Date(startMs + span) });
        expect(windows[0]?.end.getTime()).toBe(startMs + span);
        expect(windows.at(-1)?.start.getTime()).toBe(startMs);
        windows.forEach((w, i) => {
          expect(w.end.getTime() - w.start.getTime()).toBeGreaterThan(0);
          expect(w.end.getTime() - w.start.getTime()).toBeLessThanOrEqual(31 * DAY_MS);
          if (i > 0) expect(w.end.getTime()).toBe(windows[i - 1]?.start.getTime());
        });
      }),
    );
  });
});

describe('planWindows', () => {
  const now = at('2026-11-29T12:00:00Z');

  it('keeps the filters on every window and gives each its own range', () => {
    const plan = planWindows({ start: '2026-08-01T00:00:00Z', end: '2026-10-01T00:00:00Z', campaign_id: 301 }, now);
    expect(plan.windows).toHaveLength(2);
    expect(plan.windows.every((w) => w.campaign_id === 301)).toBe(true);
    expect(plan.range.start.toISOString()).toBe('2026-08-01T00:00:00.000Z');
  });

  it('sends no range in single-record mode, where the upstream ignores it', () => {
    const plan = planWindows({ call_id: 7, start: '2026-01-01T00:00:00Z', end: '2026-11-01T00:00:00Z' }, now);
    expect(plan.windows).toEqual([{ call_id: 7 }]);
  });

  it('knows when one request is enough', () => {
    expect(fitsOneRequest({ start: '2026-10-01T00:00:00Z', end: '2026-11-01T00:00:00Z' }, now)).toBe(true);
    expect(fitsOneRequest({ start: '2026-10-01T00:00:00Z', end: '2026-11-01T00:00:01Z' }, now)).toBe(false);
    expect(fitsOneRequest({}, now)).toBe(true);
    expect(fitsOneRequest({ call_id: 1, start: '2026-01-01T00:00:00Z' }, now)).toBe(true);
  });
});

describe('sliceAcrossWindows', () => {
  it('joins the end of one window to the start of the next, skipping empty ones', () => {
    expect(sliceAcrossWindows([10, 0, 5, 8], 8, 6)).toEqual([
      { window: 0, offset: 8, limit: 2 },
      { window: 2, offset: 0, limit: 4 },
    ]);
    expect(sliceAcrossWindows([10, 5], 15, 20)).toEqual([]);
  });

  it('maps every page onto exactly the calls it covers, once each', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 500 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 200 }),
        fc.nat({ max: 7000 }),
        (totals, limit, offset) => {
          const global = totals.flatMap((t, w) => Array.from({ length: t }, (_, i) => `${w}:${i}`));
          const got = sliceAcrossWindows(totals, offset, limit).flatMap((s) => {
            expect(s.limit).toBeGreaterThan(0);
            expect(s.offset + s.limit).toBeLessThanOrEqual(totals[s.window] as number);
            return Array.from({ length: s.limit }, (_, i) => `${s.window}:${s.offset + i}`);
          });
          expect(got).toEqual(global.slice(offset, offset + limit));
        },
      ),
    );
  });
});
