import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache';

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('TtlCache', () => {
  it('keeps an entry for its time to live, and not a moment longer', () => {
    const t = clock();
    const cache = new TtlCache<string, number>({ max: 10, ttlMs: 1000, now: t.now });
    cache.set('a', 1);
    t.advance(999);
    expect(cache.get('a')).toBe(1);
    t.advance(1);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('takes the time to live from the value when told to', () => {
    const t = clock();
    const cache = new TtlCache<string, { expiresAt: number }>({ max: 10, ttlMs: (v) => v.expiresAt - t.now(), now: t.now });
    cache.set('soon', { expiresAt: 100 });
    cache.set('later', { expiresAt: 5000 });
    // Already stale: not kept, so a reader asks again rather than getting a dead value.
    cache.set('gone', { expiresAt: 0 });
    expect(cache.get('gone')).toBeUndefined();
    t.advance(100);
    expect(cache.get('soon')).toBeUndefined();
    expect(cache.get('later')).toEqual({ expiresAt: 5000 });
  });

  it('never holds more than its bound, dropping the least recently used first', () => {
    const cache = new TtlCache<number, number>({ max: 3, ttlMs: 60_000 });
    for (const n of [1, 2, 3]) cache.set(n, n);
    // Reading 1 makes 2 the least recently used.
    expect(cache.get(1)).toBe(1);
    cache.set(4, 4);
    expect([1, 2, 3, 4].map((n) => cache.get(n))).toEqual([1, undefined, 3, 4]);
    for (let n = 5; n < 10_000; n++) cache.set(n, n);
    expect(cache.size).toBe(3);
    expect(cache.get(9_999)).toBe(9_999);
  });

  it('replaces a value set again, with a fresh time to live', () => {
    const t = clock();
    const cache = new TtlCache<string, string>({ max: 2, ttlMs: 1000, now: t.now });
    cache.set('a', 'first');
    t.advance(600);
    cache.set('a', 'second');
    t.advance(600);
    expect(cache.get('a')).toBe('second');
    expect(cache.size).toBe(1);
    cache.delete('a');
    expect(cache.get('a')).toBeUndefined();
  });

  it('refuses a bound that would keep nothing or everything', () => {
    expect(() => new TtlCache({ max: 0, ttlMs: 1 })).toThrow(RangeError);
    expect(() => new TtlCache({ max: Infinity, ttlMs: 1 })).toThrow(RangeError);
  });
});
