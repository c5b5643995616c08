import { describe, expect, it } from 'vitest';
import { ClientGoneError } from '../http/client-gone';
import { mapBounded } from './bounded-map';

describe('mapBounded', () => {
  it('keeps at most the given number of steps in flight and returns results in order', async () => {
    let inFlight = 0;
    let most = 0;
    const results = await mapBounded([...Array(20).keys()], 4, undefined, async (n) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight -= 1;
      return n * 2;
    });
    expect(most).toBe(4);
    expect(results).toEqual([...Array(20).keys()].map((n) => n * 2));
  });

  it('stops starting steps after the first failure and aborts the running ones', async () => {
    const started: number[] = [];
    const aborted: number[] = [];
    const run = mapBounded([...Array(20).keys()], 3, undefined, (n, signal) => {
      started.push(n);
      if (n === 1) return Promise.reject(new Error('page failed'));
      return new Promise<number>((_, reject) =>
        signal.addEventListener('abort', () => {
          aborted.push(n);
          reject(new ClientGoneError('aborted'));
        }),
      );
    });
    await expect(run).rejects.toThrow('page failed');
    expect(started.length).toBeLessThanOrEqual(4);
    expect(aborted.length).toBeGreaterThan(0);
  });
});
