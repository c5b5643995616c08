import { describe, expect, it } from 'vitest';
import { createSandboxApp } from '../app';
import { fixedClock, NOW } from '../test-support';

const newest = (app: ReturnType<typeof createSandboxApp>, at: Date) =>
  app.state.dataset.query({ start: new Date(at.getTime() - 3_600_000).toISOString(), end: new Date(at.getTime() + 1).toISOString(), limit: 1, offset: 0 }, at);

describe('POST /__sandbox/calls', () => {
  it('adds a call that rings now, listed first, without changing the ids of calls already seen', async () => {
    let clock = new Date(NOW);
    const sandbox = createSandboxApp({ now: () => new Date(clock) });
    const before = newest(sandbox, clock);
    clock = new Date(NOW.getTime() + 5_000);

    const res = await sandbox.app.request('/__sandbox/calls', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ disposition: 'VOICEMAIL' }),
    });
    expect(res.status).toBe(201);
    const added = (await res.json()) as { call_id: number; call_started: string };
    expect(added.call_started).toBe(clock.toISOString());

    const after = newest(sandbox, clock);
    expect(after.total).toBe(before.total + 1);
    expect(after.calls[0]?.call_id).toBe(added.call_id);
    expect(after.calls[0]?.disposition).toBe('VOICEMAIL');
    const previous = before.calls[0]!;
    expect(sandbox.state.dataset.getFacts(previous.call_id, clock)?.startMs).toBe(Date.parse(previous.call_started));
  });

  it('adds an answered call when the body is empty, and refuses a body it cannot use', async () => {
    const sandbox = createSandboxApp({ now: fixedClock });
    expect((await sandbox.app.request('/__sandbox/calls', { method: 'POST' })).status).toBe(201);
    const bad = await sandbox.app.request('/__sandbox/calls', { method: 'POST', body: '{"disposition":"LOST"}' });
    expect(bad.status).toBe(400);
    const notJson = await sandbox.app.request('/__sandbox/calls', { method: 'POST', body: 'call me' });
    expect(notJson.status).toBe(400);
  });
});
