/**
 * A page passed on whole: compressed as the browser accepts, sent with its length, and
 * the same JSON once decompressed.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { chosenEncoding, wholeJson } from './whole-json';

const page = new TextEncoder().encode(JSON.stringify({ data: { calls: Array.from({ length: 200 }, (_, i) => ({ call_id: i, note: 'x'.repeat(50) })) } }));
const app = new Hono().get('/', (c) => wholeJson(c, page));
const ask = (acceptEncoding?: string) => app.request('/', { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('a whole JSON answer', () => {
  it('chooses brotli, then gzip, as the browser accepts them', () => {
    expect(chosenEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chosenEncoding('gzip, deflate')).toBe('gzip');
    expect(chosenEncoding('br;q=0.5, gzip')).toBe('gzip');
    expect(chosenEncoding('*')).toBe('br');
    expect(chosenEncoding('gzip;q=0, br;q=0')).toBeUndefined();
    expect(chosenEncoding('identity')).toBeUndefined();
    expect(chosenEncoding(undefined)).toBeUndefined();
  });

  it('is sent as it is to a client that accepts no compression', async () => {
    const res = await ask();
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(page);
  });

  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)('is compressed with %s, much smaller, and decompresses to the same bytes', async (encoding, decompress) => {
    const res = await ask(encoding);
    expect(res.headers.get('content-encoding')).toBe(encoding);
    expect(res.headers.get('content-type')).toBe('application/json');
    const sent = Buffer.from(await res.arrayBuffer());
    expect(sent.length).toBeLessThan(page.length / 5);
    expect(new Uint8Array(decompress(sent))).toEqual(page);
  });

  it('leaves a small answer uncompressed', async () => {
    const small = new TextEncoder().encode('{"data":{"total":0,"calls":[]}}');
    const res = await new Hono().get('/', (c) => wholeJson(c, small)).request('/', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.text()).toBe('{"data":{"total":0,"calls":[]}}');
  });
});
