import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Call, RecordingDetails } from '../contract/call';
import { RECORDING_EXPIRED_MESSAGE, startSandbox, type RunningSandbox } from './index';
import { parseRange } from './recordings';
import { DAY_MS, NOW, bearer, iso, login } from './test-support';

let sandbox: RunningSandbox;
let token: string;
let nowMs = NOW.getTime();
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, now: () => new Date(nowMs), recordingTtlS: 1 });
  token = (await login(sandbox.origin)).access_token;
});
afterAll(() => sandbox.close());

/** Recorded calls from a fixed past range, fetched with fresh links. */
async function recordedCalls(disposition = 'ANSWERED'): Promise<(Call & { recording_details: RecordingDetails })[]> {
  const qs = new URLSearchParams({
    start: iso(NOW.getTime() - 9 * DAY_MS),
    end: iso(NOW.getTime() - 8 * DAY_MS),
    disposition,
    include: 'recordings',
    limit: '40',
  });
  const res = await fetch(`${sandbox.origin}/v3/conversations/calls?${qs}`, { headers: bearer(token) });
  const calls = (await res.json()).data.calls as Call[];
  return calls.filter((c): c is Call & { recording_details: RecordingDetails } => c.recording_details != null);
}

const SECONDS = (details: RecordingDetails) => {
  const [h, m, s] = (details.duration ?? '').split(':').map(Number);
  return (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0);
};

describe('recording links', () => {
  it('point at the sandbox itself, signed, expiring TTL seconds from the fetch', async () => {
    const [call] = await recordedCalls();
    const details = call?.recording_details;
    if (details === undefined) throw new Error('no recorded call');
    const url = new URL(details.url ?? '');
    expect(url.origin).toBe(sandbox.origin);
    expect(url.pathname).toBe(`/v3/recordings/${call?.call_id}`);
    expect(url.searchParams.get('file_name')).toBe(`${details.filename}.wav`);
    expect(url.searchParams.get('signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(Number(url.searchParams.get('expires'))).toBe(details.expires_at);
    expect(details.expires_at).toBe(Math.ceil(nowMs / 1000) + 1);
    expect(details).toMatchObject({ format: 'wav', frequency: '8000 Hz', channel_layout: 'mono', bitrate: '128 kb/s' });
  });

  it('play as a WAV file that matches its stated size and duration', async () => {
    const calls = await recordedCalls();
    const short = calls.find((c) => c.duration < 60) ?? calls[0];
    const long = calls.find((c) => c.duration > 60);
    for (const call of [short, long]) {
      if (call === undefined) throw new Error('no recorded call of that length');
      const details = call.recording_details;
      const res = await fetch(details.url ?? '');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('audio/wav');
      expect(res.headers.get('accept-ranges')).toBe('bytes');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
      expect(bytes.toString('ascii', 0, 4)).toBe('RIFF');
      expect(bytes.readUInt32LE(4)).toBe(bytes.length - 8);
      expect(bytes.toString('ascii', 8, 16)).toBe('WAVEfmt ');
      expect(bytes.readUInt16LE(20)).toBe(1); // PCM
      expect(bytes.readUInt16LE(22)).toBe(1); // mono
      expect(bytes.readUInt32LE(24)).toBe(8000);
      expect(bytes.readUInt16LE(34)).toBe(16);
      const seconds = bytes.readUInt32LE(40) / 16_000;
      expect(seconds).toBe(SECONDS(details));
      expect(seconds).toBe(Math.max(5, Math.min(60, call.duration)));
      expect(details.size).toBe(`${Math.round(bytes.length / 1024)}kB`);
      // Sound with pauses: loud stretches and near-silent ones.
      const windows: number[] = [];
      for (let w = 44; w + 1600 <= bytes.length; w += 1600) {
        let sum = 0;
        for (let i = w; i < w + 1600; i += 2) sum += Math.abs(bytes.readInt16LE(i));
        windows.push(sum / 800);
      }
      expect(windows.filter((v) => v > 2000).length).toBeGreaterThan(windows.length / 4);
      expect(windows.filter((v) => v < 300).length).toBeGreaterThan(windows.length / 20);
    }
  });

  it('give the same audio for the same call every time', async () => {
    const [call] = await recordedCalls('VOICEMAIL');
    const url = call?.recording_details.url ?? '';
    const a = Buffer.from(await (await fetch(url)).arrayBuffer());
    const b = Buffer.from(await (await fetch(url)).arrayBuffer());
    expect(a.length).toBeGreaterThan(80_000);
    expect(a.equals(b)).toBe(true);
  });

  it('serve byte ranges (206), suffix and open ranges, and 416 past the end', async () => {
    const [call] = await recordedCalls();
    const url = call?.recording_details.url ?? '';
    const whole = Buffer.from(await (await fetch(url)).arrayBuffer());
    const size = whole.length;
    const ranged = async (range: string) => {
      const res = await fetch(url, { headers: { range } });
      return { res, bytes: Buffer.from(await res.arrayBuffer()) };
    };
    const middle = await ranged('bytes=100-1099');
    expect(middle.res.status).toBe(206);
    expect(middle.res.headers.get('content-range')).toBe(`bytes 100-1099/${size}`);
    expect(middle.res.headers.get('content-length')).toBe('1000');
    expect(middle.bytes.equals(whole.subarray(100, 1100))).toBe(true);

    const open = await ranged(`bytes=${size - 10}-`);
    expect(open.res.status).toBe(206);
    expect(open.bytes.equals(whole.subarray(size - 10))).toBe(true);

    const suffix = await ranged('bytes=-44');
    expect(suffix.res.headers.get('content-range')).toBe(`bytes ${size - 44}-${size - 1}/${size}`);
    expect(suffix.bytes.equals(whole.subarray(size - 44))).toBe(true);

    const clamped = await ranged(`bytes=${size - 5}-${size + 500}`);
    expect(clamped.res.status).toBe(206);
    expect(clamped.bytes.length).toBe(5);

    const beyond = await ranged(`bytes=${size}-`);
    expect(beyond.res.status).toBe(416);
    expect(beyond.res.headers.get('content-range')).toBe(`bytes */${size}`);

    const head = await fetch(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(size));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it('refuse a tampered or missing signature with 403', async () => {
    const [call, other] = await recordedCalls();
    const url = new URL(call?.recording_details.url ?? '');
    const tampered = new URL(url);
    tampered.searchParams.set('expires', String(Number(url.searchParams.get('expires')) + 3600));
    const swapped = new URL(url);
    swapped.pathname = `/v3/recordings/${other?.call_id}`;
    const unsigned = new URL(url);
    unsigned.searchParams.delete('signature');
    for (const bad of [tampered, swapped, unsigned]) {
      const res = await fetch(bad);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ statusCode: 403, error: 'Forbidden' });
    }
  });

  it('answer 410 with the upstream’s message once expired, and a re-fetched link plays again', async () => {
    const [call] = await recordedCalls();
    const url = call?.recording_details.url ?? '';
    expect((await fetch(url, { headers: { range: 'bytes=0-1' } })).status).toBe(206);
    nowMs += 2_000;
    const gone = await fetch(url);
    expect(gone.status).toBe(410);
    expect(await gone.json()).toMatchObject({ statusCode: 410, error: 'Gone', message: RECORDING_EXPIRED_MESSAGE });
    expect(RECORDING_EXPIRED_MESSAGE).toBe('Recording URL has expired. Please re-fetch the call to get a fresh link.');

    const fresh = (await recordedCalls()).find((c) => c.call_id === call?.call_id);
    expect(fresh?.recording_details.url).not.toBe(url);
    expect((await fetch(fresh?.recording_details.url ?? '', { headers: { range: 'bytes=0-3' } })).status).toBe(206);
    expect(sandbox.stats().recordingRequests).toBeGreaterThan(10);
  });
});

describe('parseRange', () => {
  it.each([
    ['bytes=0-0', { start: 0, end: 0 }],
    ['bytes=5-', { start: 5, end: 99 }],
    ['bytes=-10', { start: 90, end: 99 }],
    ['bytes=-500', { start: 0, end: 99 }],
    ['bytes=90-200', { start: 90, end: 99 }],
    ['bytes=100-', 'unsatisfiable'],
    ['bytes=-0', 'unsatisfiable'],
    ['bytes=9-3', null],
    ['bytes=0-1,5-6', null],
    ['items=0-1', null],
  ] as const)('%s of 100 bytes', (header, expected) => {
    expect(parseRange(header, 100)).toEqual(expected);
  });
});
