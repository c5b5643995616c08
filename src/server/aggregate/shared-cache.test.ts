import { describe, expect, it } from 'vitest';
import { ClientGoneError } from '../upstream/request';
import { mapBounded } from './bounded-map';
import { SharedCache } from './shared-cache';

/** A computation the test finishes by hand, seeing whether it was aborted. */
function deferred() {
  let resolve!: (v: string) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<string>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('SharedCache', () => {
  it('runs one computation for concurrent askers and keeps its answer for the TTL', async () => {
    let clock = 0;
    const cache = new SharedCache<string>({ ttlMs: 1000, maxEntries: 10, now: () => clock });
    let runs = 0;
    const compute = async () => {
      runs += 1;
      return `answer ${runs}`;
    };
    const [a, b] = await Promise.all([cache.get('k', undefined, compute), cache.get('k', undefined, compute)]);
    expect([a, b, runs]).toEqual(['answer 1', 'answer 1', 1]);
    clock = 999;
    expect(await cache.get('k', undefined, compute)).toBe('answer 1');
    clock = 1000;
    expect(await cache.get('k', undefined, compute)).toBe('answer 2');
  });

  it('keeps going while one asker remains, and aborts when the last one leaves', async () => {
    const cache = new SharedCache<string>({ ttlMs: 1000, maxEntries: 10 });
    const work = deferred();
    let signal: AbortSignal | undefined;
    const compute = (s: AbortSignal) => {
      signal = s;
      s.addEventListener('abort', () => work.reject(new ClientGoneError('aborted')));
      return work.promise;
    };
    const first = new AbortController();
    const second = new AbortController();
    const a = cache.get('k', first.signal, compute);
    const b = cache.get('k', second.signal, compute);
    first.abort();
    await expect(a).rejects.toBeInstanceOf(ClientGoneError);
    expect(signal?.aborted).toBe(false);
    second.abort();
    await expect(b).rejects.toBeInstanceOf(ClientGoneError);
    expect(signal?.aborted).toBe(true);
    // The next asker starts afresh rather than joining the abandoned computation.
    expect(await cache.get('k', undefined, async () => 'fresh')).toBe('fresh');
  });

  it('does not keep failures', async () => {
    const cache = new SharedCache<string>({ ttlMs: 1000, maxEntries: 10 });
    await expect(cache.get('k', undefined, async () => Promise.reject(new Error('upstream down')))).rejects.toThrow('upstream down');
    expect(await cache.get('k', undefined, async () => 'ok')).toBe('ok');
  });

  it('forgets the oldest answers past its size', async () => {
    const cache = new SharedCache<string>({ ttlMs: 1000, maxEntries: 2 });
    for (const key of ['a', 'b', 'c']) await cache.get(key, undefined, async () => key);
    expect(await cache.get('a', undefined, async () => 'recomputed')).toBe('recomputed');
    expect(await cache.get('c', undefined, async () => 'recomputed')).toBe('c');
  });
});

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
