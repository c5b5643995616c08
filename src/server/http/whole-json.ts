/**
 * A JSON answer held whole in memory (an upstream page passed on as it came) sent in one
 * write with its length. When the browser accepts compression (every browser does), it
 * is compressed here, on libuv's thread pool at a fast setting: a page of 200 calls is
 * about 360 kB and shrinks about tenfold, and the event loop stays free for other
 * requests meanwhile. The compress middleware would instead stream it through a
 * CompressionStream on the event loop, at several times the cost.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Context } from 'hono';
import { parseAccept } from 'hono/utils/accept';

/** Below this, compressing costs more than it saves (the compress middleware's threshold). */
const MIN_COMPRESSED_BYTES = 1024;

const compressors = {
  // Quality 1: about as small as gzip's default level, several times faster.
  br: (body: Uint8Array) => promisify(brotliCompress)(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } }),
  gzip: (body: Uint8Array) => promisify(gzip)(body, { level: 1 }),
};
type Encoding = keyof typeof compressors;

/** The encoding to send, by the browser's Accept-Encoding: brotli first, then gzip, else none. */
export function chosenEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const accepts = parseAccept(acceptEncoding);
  const q = (name: string) => accepts.find((a) => a.type.toLowerCase() === name)?.q ?? accepts.find((a) => a.type === '*')?.q ?? 0;
  const best = (['br', 'gzip'] as const).filter((name) => q(name) > 0).sort((a, b) => q(b) - q(a))[0];
  return best;
}

export async function wholeJson(c: Context, body: Uint8Array<ArrayBuffer>): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json', vary: 'Accept-Encoding' };
  const encoding = body.byteLength >= MIN_COMPRESSED_BYTES ? chosenEncoding(c.req.header('accept-encoding')) : undefined;
  if (encoding === undefined) return c.body(body, 200, headers);
  const compressed: Uint8Array<ArrayBuffer> = await compressors[encoding](body);
  return c.body(compressed, 200, { ...headers, 'content-encoding': encoding });
}
