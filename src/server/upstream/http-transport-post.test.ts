/**
 * A token's POST (login, refresh) meeting an upstream that closes kept-alive sockets:
 * a socket the server drops just as the next request arrives fails that request with
 * ECONNRESET. A GET is retried (request.ts), but a POST is never replayed blindly, so it
 * goes out on a connection of its own and cannot meet a socket being dropped.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upstreamHttp } from './http-transport';

let server: Server;
let origin: string;
/** Sockets the server has answered on: one more request on any of them, and it is reset. */
const used = new WeakSet<Socket>();
let posts = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (used.has(req.socket)) {
      // The server closed this idle socket as the request came: nothing is read, the peer sees a reset.
      req.socket.resetAndDestroy();
      return;
    }
    used.add(req.socket);
    if (req.method === 'POST') posts += 1;
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', connection: 'keep-alive' });
      res.end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

const get = () => upstreamHttp.send(new URL('/v3/calls', origin), { method: 'GET', headers: {}, timeoutMs: 2_000 });
const post = () =>
  upstreamHttp.send(new URL('/oauth/token', origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"email":"a@example.com"}',
    timeoutMs: 2_000,
  });

describe('a POST to an upstream that drops kept-alive sockets', () => {
  it('is answered, sent on a fresh connection, where a GET on the kept-alive socket is reset', async () => {
    expect((await get()).status).toBe(200);
    // The GET's socket is kept alive and reused, and this server resets it.
    await expect(get()).rejects.toMatchObject({ reason: 'unreachable' });

    expect((await get()).status).toBe(200);
    const answer = await post();
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toBe('{"ok":true}');
    expect((await post()).status).toBe(200);
    expect(posts).toBe(2);
  });
});
