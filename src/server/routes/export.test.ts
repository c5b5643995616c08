import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { aggregateQueryToSearchParams, type CallsFilters } from '../../contract/api-query';
import { apiErrorSchema } from '../../contract/api';
import type { Call } from '../../contract/call';
import { callsQueryToSearchParams } from '../../contract/calls-query';
import { callsEnvelopeSchema } from '../../contract/envelope';
import { parseCsv } from '../test-support/csv-parse';
import { startHarness, type Harness } from '../test-support/proxy-harness';
import { daysAgo } from '../test-support/ranges';
import { expectWithinUpstreamRule, upstreamQueries } from '../test-support/upstream-queries';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.sandbox.close());

const exportPath = (filters: CallsFilters, extra: { tz?: string; columns?: string[]; bom?: boolean } = {}) =>
  `/api/calls/export.csv?${aggregateQueryToSearchParams({ ...filters, ...extra })}`;

const dataRequests = () => h.sandbox.stats().dataRequests;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The rows of /api/calls for the same filters, page by page, as the table gets them. */
async function listedCalls(filters: CallsFilters): Promise<Call[]> {
  const calls: Call[] = [];
  for (let offset = 0; ; offset += 200) {
    const query = callsQueryToSearchParams({ ...filters, limit: 200, offset, include: ['tags', 'recordings'] });
    const body = callsEnvelopeSchema.parse(await (await h.get(`/api/calls?${query}`)).json());
    calls.push(...body.data.calls);
    if (body.data.calls.length < 200) return calls;
  }
}

/** `2026-11-28 14:03:12` in the zone (Swedish dates are written the ISO way). */
const localTime = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'medium' }).format(new Date(iso));
const e164 = (n: string | null | undefined) => (n ? `+${n.replace(/^\+/, '')}` : '');

function expectedRow(call: Call, timeZone: string): string[] {
  const scores = (call.indicators ?? []).flatMap((i) => (typeof i.score_value === 'number' ? [i.score_value] : []));
  return [
    String(call.call_id),
    new Date(call.call_started).toISOString().replace('.000Z', 'Z'),
    localTime(call.call_started, timeZone),
    e164(call.caller_id),
    call.ai_caller_identity ?? '',
    call.disposition,
    String(call.duration),
    `${Math.floor(call.duration / 60)}:${String(call.duration % 60).padStart(2, '0')}`,
    call.campaign_name ?? '',
    call.recording_details?.url ? 'yes' : 'no',
    (call.tags ?? []).map((t) => t.tag_name).join('; '),
    scores.length === 0 ? '' : String(Math.round(scores.reduce((a, b) => a + b, 0) / scores.length)),
    e164(call.ring_to),
    call.call_detail?.ring_to_name ?? '',
    e164(call.phone_number),
    call.group_name ?? '',
    call.call_detail?.channel ?? '',
  ];
}

describe('GET /api/calls/export.csv', () => {
  it('holds every row the list shows, with every column, as RFC 4180 CSV with a BOM', async () => {
    const filters = daysAgo(3, 1);
    const res = await h.get(exportPath(filters, { tz: 'America/Denver', bom: true }), {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    // Streamed as it is read, not held back by compression.
    expect(res.headers.get('content-encoding')).toBeNull();
    const [from, to] = [localTime(filters.start, 'America/Denver'), localTime(new Date(Date.parse(filters.end) - 1).toISOString(), 'America/Denver')];
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="calls_${from.slice(0, 10)}_${to.slice(0, 10)}.csv"`);

    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes));
    expect(header).toEqual([
      'Call ID',
      'Started (ISO 8601, UTC)',
      'Started (America/Denver)',
      'Caller',
      'Caller name',
      'Disposition',
      'Duration (s)',
      'Duration (m:ss)',
      'Campaign',
      'Recording',
      'Tags',
      'Score',
      'Ring-to',
      'Ring-to name',
      'Tracking number',
      'Group',
      'Channel',
    ]);
    const listed = await listedCalls(filters);
    expect(listed.length).toBeGreaterThan(400);
    expect(rows).toEqual(listed.map((call) => expectedRow(call, 'America/Denver')));
    // The data set has both kinds of row these columns exist for.
    expect(rows.some((r) => r[10]?.includes('; '))).toBe(true);
    expect(new Set(rows.map((r) => r[9]))).toEqual(new Set(['yes', 'no']));
  });

  it('gives only the chosen columns, in the order asked, after the call id', async () => {
    const filters = daysAgo(2, 1);
    const text = await (await h.get(exportPath(filters, { columns: ['duration', 'caller'] }))).text();
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const [header, first] = parseCsv(text);
    expect(header).toEqual(['Call ID', 'Duration (s)', 'Duration (m:ss)', 'Caller', 'Caller name']);
    const newest = h.sandbox.dataset.query({ ...filters, limit: 1, offset: 0 }, new Date()).calls[0] as Call;
    expect(first?.slice(0, 2)).toEqual([String(newest.call_id), String(newest.duration)]);
  });

  it('covers a range over 31 days, newest first, each upstream request within the rule', async () => {
    const filters: CallsFilters = { ...daysAgo(50, 1), campaign_id: 309 };
    let rows: string[][] = [];
    const queries = await upstreamQueries(async () => {
      rows = parseCsv(await (await h.get(exportPath(filters, { columns: ['started'] }))).text()).slice(1);
    });
    expectWithinUpstreamRule(queries);
    const expected = h.sandbox.dataset.findFacts({ ...filters, limit: 1_000_000, offset: 0 }, new Date()).facts;
    expect(rows.map((r) => Number(r[0]))).toEqual(expected.map((f) => f.callId));
  });

  it('fetches a page only when the reader wants it, and stops when the download is cancelled', async () => {
    h.sandbox.setFaults({ latencyMs: 50 });
    try {
      const before = dataRequests();
      const res = await h.get(exportPath(daysAgo(32, 1)));
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      await reader.read();
      await sleep(150);
      // Only the first page so far: nobody asked for more.
      expect(dataRequests() - before).toBe(1);
      await reader.read();
      expect(dataRequests() - before).toBe(2);
      const third = reader.read();
      await sleep(10);
      await reader.cancel();
      await third;
      const atCancel = dataRequests();
      await sleep(200);
      expect(dataRequests()).toBe(atCancel);
    } finally {
      h.sandbox.clearFaults();
    }
  });

  it('stops paging when the browser drops the connection', async () => {
    h.sandbox.setFaults({ latencyMs: 30 });
    const server = serve({ fetch: h.app.fetch, hostname: '127.0.0.1', port: 0 }) as Server;
    try {
      await new Promise((r) => server.once('listening', r));
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const download = new AbortController();
      const before = dataRequests();
      const res = await fetch(`${origin}${exportPath(daysAgo(32, 1))}`, { signal: download.signal });
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      await reader.read();
      // The socket takes what is written, so the export is under way...
      await vi.waitFor(() => expect(dataRequests() - before).toBeGreaterThan(2), { timeout: 3_000, interval: 20 });
      download.abort();
      const atAbort = dataRequests();
      await sleep(400);
      const afterAbort = dataRequests();
      // The server learns the browser has gone on its next write, so a page already asked
      // for (two on a busy machine) may still come; unchecked, 400 ms would be ~13 pages.
      expect(afterAbort - atAbort).toBeLessThanOrEqual(2);
      await sleep(300);
      // A 31-day export is about 50 pages; none is asked for once the browser has gone.
      expect(dataRequests()).toBe(afterAbort);
    } finally {
      h.sandbox.clearFaults();
      server.closeAllConnections();
      server.close();
    }
  });

  it('answers a failure before the first row in the one error shape, not as a broken file', async () => {
    h.sandbox.setFaults({ next: [{ status: 500 }] });
    const res = await h.get(exportPath(daysAgo(2, 1)));
    expect(res.status).toBe(502);
    expect(apiErrorSchema.parse(await res.json()).error.code).toBe('upstream_error');
  });

  it('refuses a bad query with a message per field', async () => {
    const res = await h.get('/api/calls/export.csv?columns=started,phone&bom=yes&tz=Nowhere');
    expect(res.status).toBe(400);
    expect(Object.keys(apiErrorSchema.parse(await res.json()).error.fields ?? {}).sort()).toEqual(['bom', 'columns', 'tz']);
  });
});
