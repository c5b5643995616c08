import { describe, expect, it } from 'vitest';
import { UpstreamGate } from '../upstream/upstream-gate';
import { currentPriority } from '../upstream/upstream-work';
import { ApiHttpError } from './api-error';
import { UpstreamBudget } from './upstream-budget';

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const gate = () => new UpstreamGate({ concurrency: 8, maxQueued: 10_000 });
/** `n` upstream requests made within the current work. */
const requests = (g: UpstreamGate, n: number) => Promise.all(Array.from({ length: n }, () => g.run(async () => 'ok')));

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('UpstreamBudget', () => {
  it('refuses background work before it starts when its cost would eat into the interactive quarter', async () => {
    const t = clock();
    const budget = new UpstreamBudget({ perMinute: 40, now: t.now });
    const g = gate();
    // 40 a minute: background may use 30, and 10 are kept for list pages and calls.
    await budget.spend('a', { priority: 'background', cost: 20 }, () => requests(g, 20));
    const refused = refusal(() => budget.open('a', { priority: 'background', cost: 20 }));
    expect(refused).toBeInstanceOf(ApiHttpError);
    // 20 left; 30 needed (20 and the 10 kept): 10 more at 40 a minute take 15 s.
    expect(refused).toMatchObject({ status: 429, code: 'rate_limited', extra: { retryAfter: 15 } });
    // Another client has a budget of its own.
    expect(() => budget.open('b', { priority: 'background', cost: 20 }).close()).not.toThrow();
    t.advance(15_000);
    expect(() => budget.open('a', { priority: 'background', cost: 20 }).close()).not.toThrow();
  });

  it('keeps serving interactive requests once background work has used its share', async () => {
    const budget = new UpstreamBudget({ perMinute: 40, now: clock().now });
    const g = gate();
    await budget.spend('a', { priority: 'background', cost: 30 }, () => requests(g, 30));
    expect(() => budget.open('a', { priority: 'background', cost: 1 })).toThrow(ApiHttpError);
    for (let i = 0; i < 10; i++) await budget.spend('a', { priority: 'interactive', cost: 1 }, () => requests(g, 1));
    expect(refusal(() => budget.open('a', { priority: 'interactive', cost: 1 }))).toMatchObject({ status: 429 });
  });

  it('gives back what the bound overstated, and charges interactive requests what they really made', async () => {
    const budget = new UpstreamBudget({ perMinute: 40, now: clock().now });
    const g = gate();
    // Charged 30 up front, made 2 (a shared or cached answer makes none): 28 come back.
    await budget.spend('a', { priority: 'background', cost: 30 }, () => requests(g, 2));
    await budget.spend('a', { priority: 'interactive', cost: 1 }, () => requests(g, 5));
    // 40 - 2 - 5 = 33 left: 23 of background work fits with 10 kept, 24 does not.
    expect(refusal(() => budget.open('a', { priority: 'background', cost: 24 }))).toMatchObject({ status: 429 });
    expect(() => budget.open('a', { priority: 'background', cost: 23 })).not.toThrow();
  });

  it('starts work bigger than the background share with that share full, and carries what it overspends as a debt', async () => {
    const t = clock();
    const budget = new UpstreamBudget({ perMinute: 40, now: t.now });
    const g = gate();
    await budget.spend('a', { priority: 'background', cost: 100 }, () => requests(g, 60));
    // 40 - 60: 20 owed, so even one interactive request waits for the refill to pass 1.
    expect(refusal(() => budget.open('a', { priority: 'interactive', cost: 1 }))).toMatchObject({ extra: { retryAfter: 32 } });
  });

  it('lets the same shared work asked again while it is under way join at no charge', async () => {
    const budget = new UpstreamBudget({ perMinute: 40, now: clock().now });
    const first = budget.open('a', { priority: 'background', cost: 20, shares: 'year' });
    // 20 left: another 20 would eat into the 10 kept, but the same work joins.
    expect(refusal(() => budget.open('a', { priority: 'background', cost: 20, shares: 'other year' }))).toMatchObject({ status: 429 });
    const second = budget.open('a', { priority: 'background', cost: 20, shares: 'year' });
    // Another client's identical work is its own.
    expect(() => budget.open('b', { priority: 'background', cost: 20, shares: 'year' }).close()).not.toThrow();
    first.close();
    second.close();
    // Once it is over, it is charged again.
    budget.open('a', { priority: 'background', cost: 30, shares: 'year' });
    expect(refusal(() => budget.open('a', { priority: 'background', cost: 1, shares: 'other' }))).toMatchObject({ status: 429 });
    expect(() => budget.open('a', { priority: 'background', cost: 30, shares: 'year' })).not.toThrow();
  });

  it('paces work charged as it goes, waiting for the budget instead of failing midway', async () => {
    // 1,200 a minute: background may use 900, and one more comes every 50 ms.
    const budget = new UpstreamBudget({ perMinute: 1_200 });
    const g = gate();
    const spending = budget.open('a', { priority: 'background', cost: 1, paced: true });
    await spending.run(() => requests(g, 900));
    const started = performance.now();
    await spending.run(() => requests(g, 2));
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
    spending.close();
  });

  it('with no budget, refuses nothing and still marks the work for the gate', async () => {
    const budget = new UpstreamBudget({ perMinute: 0 });
    const g = gate();
    for (let i = 0; i < 3; i++) {
      const priority = await budget.spend('a', { priority: 'background', cost: 1_000 }, async () => {
        await requests(g, 1_000);
        return currentPriority();
      });
      expect(priority).toBe('background');
    }
  });
});
