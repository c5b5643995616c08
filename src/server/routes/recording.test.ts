import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiErrorSchema } from '../../contract/api';
import { callsEnvelopeSchema } from '../../contract/envelope';
import { startHostileUpstream, type HostileUpstream } from '../test-support/hostile-upstream';
import { startHarness, type Harness } from '../test-support/proxy-harness';

const open: Harness[] = [];
const hosts: HostileUpstream[] = [];
afterEach(async () => {
  await Promise.all([...open.splice(0).map((h) => h.sandbox.close()), ...hosts.splice(0).map((u) => u.close())]);
});
const harness = async (...args: Parameters<typeof startHarness>) => {
  const h = await startHarness(...args);
  open.push(h);
  return h;
};

/** A call that has a recording, and its signed URL as the upstream gives it. */
async function recordedCall(h: Harness) {
  const res = await h.get('/api/calls?limit=50&disposition=ANSWERED&include=recordings');
  const call = callsEnvelopeSchema.parse(await res.json()).data.calls.find((c) => c.recording_details?.url);
  if (!call?.recording_details?.url) throw new Error('the sandbox returned no recorded call');
  return { id: call.call_id, url: call.recording_details.url };
}

describe('GET /api/calls/:id/recording', () => {
  it('streams the same audio as the signed URL, with ranges', async () => {
    const h = await harness();
    const { id, url } = await recordedCall(h);
    const direct = Buffer.from(await (await fetch(url)).arrayBuffer());

    const whole = await h.get(`/api/calls/${id}/recording`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('audio/wav');
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('cache-control')).toBe('no-store');
    expect(whole.headers.get('x-content-type-options')).toBe('nosniff');
    expect(whole.headers.get('content-disposition')).toBe(`inline; filename="call-${id}.wav"`);
    // Byte for byte; a deep toEqual over a megabyte of samples takes seconds.
    expect(Buffer.from(await whole.arrayBuffer()).equals(direct)).toBe(true);

    const part = await h.get(`/api/calls/${id}/recording`, { headers: { range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${direct.length}`);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(new Uint8Array(direct.subarray(100, 200)));
  });

  it('renews an expired link by itself and answers the range', async () => {
    let offsetMs = 0;
    const h = await harness({ sandbox: { recordingTtlS: 3600, now: () => new Date(Date.now() + offsetMs) } });
    const { id } = await recordedCall(h);
    expect((await h.get(`/api/calls/${id}/recording`, { headers: { range: 'bytes=0-9' } })).status).toBe(206);
    const before = h.sandbox.stats();

    offsetMs = 2 * 3600_000; // the cached link has expired upstream (410)
    const res = await h.get(`/api/calls/${id}/recording`, { headers: { range: 'bytes=0-9' } });
    expect(res.status).toBe(206);
    const after = h.sandbox.stats();
    expect(after.dataRequests - before.dataRequests).toBe(1); // one look-up of a fresh link
    expect(after.recordingRequests - before.recordingRequests).toBe(2); // the 410, then the retry
  });

  it('lets a listener leave in the middle of the audio quietly, over a real connection', async () => {
    const h = await harness();
    const { id } = await recordedCall(h);
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    const server = serve({ fetch: h.app.fetch, hostname: '127.0.0.1', port: 0 }) as Server;
    try {
      await new Promise((r) => server.once('listening', r));
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const listener = new AbortController();
      const res = await fetch(`${origin}/api/calls/${id}/recording`, { signal: listener.signal });
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      await reader.read();
      // The browser moves on (a seek, a closed drawer) while most of the file is still to come.
      listener.abort();
      await new Promise((r) => setTimeout(r, 300));
      expect(printed).not.toHaveBeenCalled();
      expect((await fetch(`${origin}/api/calls/${id}/recording`, { headers: { range: 'bytes=0-9' } })).status).toBe(206);
    } finally {
      printed.mockRestore();
      server.closeAllConnections();
      server.close();
    }
  });

  it('offers the file as a download when asked', async () => {
    const h = await harness();
    const { id } = await recordedCall(h);
    const res = await h.get(`/api/calls/${id}/recording?download=1`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="call-${id}.wav"`);
  });

  it.each([
    ['text/html; charset=utf-8', '<!doctype html><script>alert(document.domain)</script>'],
    ['application/javascript', 'alert(document.domain)'],
    ['', 'no type at all'],
  ])('answers 502 in the error shape when the recording host sends "%s" instead of audio', async (type, body) => {
    // Bytes, so that no content type is added where the case has none.
    const bytes = new TextEncoder().encode(body);
    const host = await startHostileUpstream(() => new Response(bytes, { headers: type ? { 'content-type': type } : {} }));
    hosts.push(host);
    // The sandbox signs its recording URLs for the hostile host, which the proxy is allowed to fetch.
    const h = await harness({ sandbox: { publicOrigin: host.origin }, config: { recordingOrigins: [host.origin] } });
    const { id } = await recordedCall(h);
    const res = await h.get(`/api/calls/${id}/recording`);
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await res.text();
    expect(text).not.toContain(body);
    expect(apiErrorSchema.parse(JSON.parse(text)).error).toMatchObject({ status: 502, code: 'upstream_error' });
    expect(host.seen).toHaveLength(1);
  });

  it('relays another audio type too, with nosniff and an inline file name', async () => {
    const host = await startHostileUpstream(() => new Response('ID3', { headers: { 'content-type': 'audio/mpeg' } }));
    hosts.push(host);
    const h = await harness({ sandbox: { publicOrigin: host.origin }, config: { recordingOrigins: [host.origin] } });
    const { id } = await recordedCall(h);
    const res = await h.get(`/api/calls/${id}/recording`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('audio/mpeg');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toMatch(new RegExp(`^inline; filename="call-${id}\\.[a-z0-9]+"$`));
  });

  it('answers 404 for a call without a recording', async () => {
    const h = await harness();
    const res = await h.get('/api/calls?limit=20&disposition=NO%20ANSWER&include=recordings');
    const call = callsEnvelopeSchema.parse(await res.json()).data.calls[0];
    const answer = await h.get(`/api/calls/${call?.call_id}/recording`);
    expect(answer.status).toBe(404);
    expect(apiErrorSchema.parse(await answer.json()).error.message).toMatch(/has no recording/);
  });

  it('never fetches a recording from a host that is not allowed', async () => {
    const h = await harness({ config: { recordingOrigins: ['https://*.convirza.com'] } });
    const { id } = await recordedCall(h);
    const before = h.sandbox.stats().recordingRequests;
    const res = await h.get(`/api/calls/${id}/recording`);
    expect(res.status).toBe(502);
    expect(apiErrorSchema.parse(await res.json()).error.message).toContain('RECORDING_ORIGINS');
    expect(h.sandbox.stats().recordingRequests).toBe(before);
  });

  it('refuses an id that is not a whole number', async () => {
    const h = await harness();
    expect((await h.get('/api/calls/..%2F..%2Fetc/recording')).status).toBe(400);
    expect((await h.get('/api/calls/12abc/recording')).status).toBe(400);
  });
});
