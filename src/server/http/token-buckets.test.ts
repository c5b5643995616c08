import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './token-buckets';

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const takeTimes = (buckets: TokenBuckets, key: string, n: number) =>
  Array.from({ length: n }, () => buckets.take(key).ok);

describe('TokenBuckets', () => {
  it('lets a client send its whole allowance at once, then says when the next token comes', () => {
    const t = clock();
    const buckets = new TokenBuckets({ capacity: 60, maxEntries: 10, now: t.now });
    expect(takeTimes(buckets, 'a', 60).every(Boolean)).toBe(true);
    // 60 a minute is one a second.
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterS: 1 });
  });

  it('refills continuously, at the limit per minute', () => {
    const t = clock();
    const buckets = new TokenBuckets({ capacity: 6, maxEntries: 10, now: t.now });
    takeTimes(buckets, 'a', 6);
    // 6 a minute: one every 10 s.
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterS: 10 });
    t.advance(4_000);
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterS: 6 });
    t.advance(6_000);
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('a').ok).toBe(false);
    // Never more than the capacity, however long the client was away.
    t.advance(3_600_000);
    expect(takeTimes(buckets, 'a', 7)).toEqual([true, true, true, true, true, true, false]);
  });

  it('rounds the wait up to whole seconds', () => {
    const t = clock();
    const buckets = new TokenBuckets({ capacity: 7, maxEntries: 10, now: t.now });
    takeTimes(buckets, 'a', 7);
    // One token every 60/7 = 8.57 s.
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterS: 9 });
  });

  it('keeps clients apart', () => {
    const t = clock();
    const buckets = new TokenBuckets({ capacity: 2, maxEntries: 10, now: t.now });
    expect(takeTimes(buckets, 'a', 3)).toEqual([true, true, false]);
    expect(takeTimes(buckets, 'b', 3)).toEqual([true, true, false]);
  });

  it('forgets idle clients', () => {
    const t = clock();
    const buckets = new TokenBuckets({ capacity: 2, maxEntries: 10, now: t.now });
    buckets.take('a');
    buckets.take('b');
    expect(buckets.size).toBe(2);
    t.advance(61_000);
    buckets.take('c');
    expect(buckets.size).toBe(1);
  });

  it('remembers at most maxEntries clients, dropping the least recently seen', () => {
    const t = clock();
    const buckets = new TokenBuckets({ capacity: 1, maxEntries: 3, now: t.now });
    for (const key of ['a', 'b', 'c']) buckets.take(key);
    buckets.take('a'); // refused, but seen: now b is the oldest
    buckets.take('d');
    expect(buckets.size).toBe(3);
    expect(buckets.take('a').ok).toBe(false); // still remembered
    expect(buckets.take('b').ok).toBe(true); // forgotten: a fresh bucket
  });

  it('takes a cost of several tokens only when `keep` are left after, and says when they will be', () => {
    const t = clock();
    const buckets = new TokenBuckets({ capacity: 60, maxEntries: 10, now: t.now });
    expect(buckets.take('a', 40, 15).ok).toBe(true);
    // 20 left: 10 more needed for another 15 with 15 kept, at one a second.
    expect(buckets.take('a', 15, 15)).toEqual({ ok: false, retryAfterS: 10 });
    expect(buckets.take('a', 5, 15).ok).toBe(true);
  });

  it('takes back what is given back, never past capacity, and carries a debt', () => {
    const t = clock();
    const buckets = new TokenBuckets({ capacity: 60, maxEntries: 10, now: t.now });
    buckets.take('a', 60);
    buckets.give('a', 100);
    expect(buckets.take('a', 60).ok).toBe(true);
    expect(buckets.take('a', 1).ok).toBe(false);
    buckets.give('a', -30);
    // 30 owed: the 31st second brings the first token.
    expect(buckets.take('a')).toEqual({ ok: false, retryAfterS: 31 });
  });
});
