import { describe, expect, it } from 'vitest';
import { ClientGoneError } from '../http/client-gone';
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
    const cache = new SharedCache<string, string>({ ttlMs: 1000, max: 10, now: () => clock });
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
    const cache = new SharedCache<string, string>({ ttlMs: 1000, max: 10 });
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
    const cache = new SharedCache<string, string>({ ttlMs: 1000, max: 10 });
    await expect(cache.get('k', undefined, async () => Promise.reject(new Error('upstream down')))).rejects.toThrow('upstream down');
    expect(await cache.get('k', undefined, async () => 'ok')).toBe('ok');
  });

  it('forgets the oldest answers past its size', async () => {
    const cache = new SharedCache<string, string>({ ttlMs: 1000, max: 2 });
    for (const key of ['a', 'b', 'c']) await cache.get(key, undefined, async () => key);
    expect(await cache.get('a', undefined, async () => 'recomputed')).toBe('recomputed');
    expect(await cache.get('c', undefined, async () => 'recomputed')).toBe('c');
  });
});

describe('SharedCache over a value-derived lifetime', () => {
  it('keeps each answer until the time it names, and a forgotten key joins the computation under way', async () => {
    let clock = 0;
    const cache = new SharedCache<number, { url: string; until: number }>({ max: 10, ttlMs: (v) => v.until - clock, now: () => clock });
    let lookups = 0;
    const lookUp = async () => ({ url: `link ${++lookups}`, until: clock + 500 });
    expect((await cache.get(1, undefined, lookUp)).url).toBe('link 1');
    clock = 499;
    expect((await cache.get(1, undefined, lookUp)).url).toBe('link 1');
    clock = 500;
    expect((await cache.get(1, undefined, lookUp)).url).toBe('link 2');
    // A forced renewal while another is in flight asks the upstream once, not twice.
    cache.forget(1);
    const work = deferred();
    const slow = () => work.promise.then((url) => ({ url, until: clock + 500 }));
    const first = cache.get(1, undefined, slow);
    cache.forget(1);
    const second = cache.get(1, undefined, lookUp);
    work.resolve('link slow');
    expect([(await first).url, (await second).url, lookups]).toEqual(['link slow', 'link slow', 2]);
  });
});
