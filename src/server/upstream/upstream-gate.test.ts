import { describe, expect, it } from 'vitest';
import { ApiHttpError } from '../http/api-error';
import { ClientGoneError } from '../http/client-gone';
import { UpstreamGate } from './upstream-gate';
import { runWork, type Priority, type UpstreamWork } from './upstream-work';

/** A request that stays in flight until released, recording when it started. */
function held(log: string[], name: string) {
  let release = () => {};
  const done = new Promise<string>((resolve) => (release = () => resolve(name)));
  return {
    request: () => {
      log.push(name);
      return done;
    },
    release: () => release(),
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

function asWork<T>(priority: Priority, fn: () => Promise<T>, work: UpstreamWork = { priority, spent: 0 }): Promise<T> {
  return runWork(work, fn);
}

describe('UpstreamGate', () => {
  it('keeps at most `concurrency` requests in flight, the rest waiting their turn', async () => {
    const gate = new UpstreamGate({ concurrency: 2, maxQueued: 10 });
    const started: string[] = [];
    const requests = ['a', 'b', 'c', 'd'].map((name) => held(started, name));
    const answers = requests.map((r) => gate.run(r.request));
    await tick();
    expect(started).toEqual(['a', 'b']);
    expect(gate.load).toEqual({ active: 2, queued: 2 });
    requests[0]?.release();
    await tick();
    expect(started).toEqual(['a', 'b', 'c']);
    for (const r of requests) r.release();
    expect(await Promise.all(answers)).toEqual(['a', 'b', 'c', 'd']);
    expect(gate.load).toEqual({ active: 0, queued: 0 });
  });

  it('lets interactive requests go ahead of background work that queued before them', async () => {
    const gate = new UpstreamGate({ concurrency: 1, maxQueued: 10 });
    const started: string[] = [];
    const first = held(started, 'background 1');
    const rest = ['background 2', 'background 3'].map((name) => held(started, name));
    const list = held(started, 'list page');
    const answers = [
      asWork('background', () => gate.run(first.request)),
      ...rest.map((r) => asWork('background', () => gate.run(r.request))),
    ];
    await tick();
    answers.push(asWork('interactive', () => gate.run(list.request)));
    await tick();
    first.release();
    await tick();
    list.release();
    for (const r of rest) r.release();
    await Promise.all(answers);
    expect(started).toEqual(['background 1', 'list page', 'background 2', 'background 3']);
  });

  it('counts each request to the work it was made for', async () => {
    const gate = new UpstreamGate({ concurrency: 4, maxQueued: 10 });
    const stats: UpstreamWork = { priority: 'background', spent: 0 };
    await asWork('background', () => Promise.all([1, 2, 3].map(() => gate.run(async () => 'ok'))), stats);
    expect(stats.spent).toBe(3);
  });

  it('refuses with a 503 and Retry-After when its queue is full, and an interactive request bumps the latest background one', async () => {
    const gate = new UpstreamGate({ concurrency: 1, maxQueued: 2 });
    const started: string[] = [];
    const inFlight = held(started, 'in flight');
    const running = gate.run(inFlight.request);
    const waiting = ['waiting 1', 'waiting 2'].map((name) => held(started, name));
    const queued = waiting.map((r) => asWork('background', () => gate.run(r.request)));
    const outcomes = queued.map((p) => p.then(() => 'answered', (error: unknown) => error));
    await tick();

    const refused = await asWork('background', () => gate.run(async () => 'never')).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiHttpError);
    expect(refused).toMatchObject({ status: 503, code: 'upstream_unavailable', extra: { retryAfter: 2 } });

    const list = held(started, 'list page');
    const listAnswer = asWork('interactive', () => gate.run(list.request));
    await tick();
    expect(await outcomes[1]).toMatchObject({ status: 503 });
    inFlight.release();
    await running;
    list.release();
    waiting[0]?.release();
    expect(await listAnswer).toBe('list page');
    expect(await outcomes[0]).toBe('answered');
    expect(started).toEqual(['in flight', 'list page', 'waiting 1']);
  });

  it('drops a request from its queue at once when its browser goes away', async () => {
    const gate = new UpstreamGate({ concurrency: 1, maxQueued: 10 });
    const started: string[] = [];
    const inFlight = held(started, 'in flight');
    const running = gate.run(inFlight.request);
    const browser = new AbortController();
    const gone = gate.run(async () => 'never', browser.signal);
    await tick();
    expect(gate.load.queued).toBe(1);
    browser.abort();
    await expect(gone).rejects.toBeInstanceOf(ClientGoneError);
    expect(gate.load).toEqual({ active: 1, queued: 0 });
    inFlight.release();
    await running;
    expect(gate.load.active).toBe(0);
  });
});
