/**
 * One HTTP exchange with the upstream over node:http(s) with kept-alive connections,
 * the body read as bytes. This is the proxy's hottest path: undici's `fetch` wraps each
 * exchange in Request, Response, web streams and abort signals, and decodes the body to
 * a string that is encoded again to be sent on, which costs more per request than
 * everything else the proxy does for a small page. Here the bytes that came are the
 * bytes that can leave (see verbatim-body.ts).
 *
 * What `fetch` did and callers rely on is kept: a redirect is never followed (it fails
 * like a dropped connection), a compressed answer is decompressed, a leading byte-order
 * mark is dropped. Tests watch upstream requests by spying on `upstreamHttp.send`.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate } from 'node:zlib';

export interface TransportRequest {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** The browser's request: aborting it ends the exchange. */
  signal?: AbortSignal;
}

export interface TransportAnswer {
  status: number;
  /** A response header, as sent (the first, if repeated). */
  header(name: string): string | undefined;
  body: Buffer<ArrayBuffer>;
}

/** Why an exchange ended without an answer. */
export type TransportFailure = 'timeout' | 'aborted' | 'unreachable';

export class TransportError extends Error {
  constructor(readonly reason: TransportFailure) {
    super(`upstream exchange failed: ${reason}`);
    this.name = 'TransportError';
  }
}

// Kept-alive connections: the gate (UPSTREAM_CONCURRENCY) already bounds how many are busy.
const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

const decoders: Record<string, (body: Buffer) => Promise<Buffer<ArrayBuffer>>> = {
  gzip: promisify(gunzip),
  'x-gzip': promisify(gunzip),
  deflate: promisify(inflate),
  br: promisify(brotliDecompress),
};

const BYTE_ORDER_MARK = Buffer.from([0xef, 0xbb, 0xbf]);

function send(url: URL, request: TransportRequest): Promise<TransportAnswer> {
  return new Promise((resolve, reject) => {
    if (request.signal?.aborted) {
      reject(new TransportError('aborted'));
      return;
    }
    const secure = url.protocol === 'https:';
    let failure: TransportFailure | undefined;
    const outgoing = (secure ? httpsRequest : httpRequest)(url, {
      method: request.method,
      headers: request.headers,
      // A POST (a token's login or refresh) on a connection of its own: on a kept-alive
      // socket the upstream closes just as it arrives it would fail with a reset, and
      // unlike a GET it must not be sent again blindly. There are a few an hour.
      agent: request.method === 'POST' ? false : secure ? agents.https : agents.http,
    });
    const fail = (reason: TransportFailure) => {
      failure ??= reason;
      outgoing.destroy();
    };
    const timer = setTimeout(() => fail('timeout'), request.timeoutMs);
    const onAbort = () => fail('aborted');
    request.signal?.addEventListener('abort', onAbort, { once: true });
    const settle = () => {
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
    };

    outgoing.on('error', () => {
      settle();
      reject(new TransportError(failure ?? 'unreachable'));
    });
    outgoing.on('response', (incoming: IncomingMessage) => {
      const chunks: Buffer<ArrayBuffer>[] = [];
      incoming.on('data', (chunk: Buffer<ArrayBuffer>) => chunks.push(chunk));
      incoming.on('error', () => undefined); // the request's 'error' or 'close' reports it
      incoming.on('end', () => {
        settle();
        const status = incoming.statusCode ?? 0;
        if (status >= 300 && status < 400) {
          reject(new TransportError('unreachable'));
          return;
        }
        decoded(incoming, chunks).then(
          (body) => resolve({ status, header: (name) => headerValue(incoming, name), body }),
          () => reject(new TransportError('unreachable')),
        );
      });
      incoming.on('close', () => {
        if (incoming.complete) return;
        settle();
        reject(new TransportError(failure ?? 'unreachable'));
      });
    });
    outgoing.end(request.body);
  });
}

async function decoded(incoming: IncomingMessage, chunks: Buffer<ArrayBuffer>[]): Promise<Buffer<ArrayBuffer>> {
  const raw = chunks.length === 1 ? (chunks[0] as Buffer<ArrayBuffer>) : Buffer.concat(chunks);
  const encoding = headerValue(incoming, 'content-encoding')?.trim().toLowerCase();
  const decode = encoding && encoding !== 'identity' ? decoders[encoding] : undefined;
  if (encoding && encoding !== 'identity' && decode === undefined) throw new Error(`unknown content-encoding ${encoding}`);
  const body = decode ? await decode(raw) : raw;
  return body.subarray(0, 3).equals(BYTE_ORDER_MARK) ? body.subarray(3) : body;
}

function headerValue(incoming: IncomingMessage, name: string): string | undefined {
  const value = incoming.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** The one way requests reach the upstream's API; an object so tests can watch it. */
export const upstreamHttp = { send };
