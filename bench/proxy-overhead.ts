/**
 * What the proxy adds to `/api/calls`, measured side by side in one run: the sandbox
 * asked directly (the same upstream query the proxy sends, with a bearer token) against
 * `/api/calls` through the proxy, for a page of 25 and of 200 calls, with autocannon:
 *  - throughput at 20 connections, as a ratio of the direct figure (target ≥ 0.5×);
 *  - latency at 1 connection, as milliseconds added to the direct figure (target ≤ 1.5).
 *
 * Three processes: the sandbox, the proxy (a checkout's production build, logging at
 * `info` as deployed, rate limit on) and this one, the load generator. The direct run
 * loads the sandbox from the same load generator, so both sides share the same 2 cores
 * with the same neighbours; the proxy side has the proxy process in addition, which is
 * the cost being measured.
 *
 *   npm run build && npm run bench:proxy
 *   BENCH_APP_DIR=/path/to/old-checkout,. npm run bench:proxy   # several builds, one run
 *
 * BENCH_APP_DIR: checkouts with a built dist/, comma-separated (default this one).
 * BENCH_SECONDS: length of each measurement (default 10). BENCH_ROWS: the page sizes
 * (default 25,200). BENCH_PORT_BASE: first port
 * to use (default: free ports). BENCH_PROXY_NODE_ARGS: node flags for the proxy, such
 * as `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it under this load.
 * BENCH_ACCEPT_ENCODING: an Accept-Encoding for the requests to the proxy, as a browser
 * sends (`gzip, deflate, br`), to include the cost of compressing its answers; by default
 * none, like the direct requests (the sandbox does not compress).
 */
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { callsQueryToSearchParams } from '../src/contract/calls-query';
import { SANDBOX_CREDENTIALS } from '../src/sandbox/index';
import { startBuiltServer, type BuiltServer } from './support/built-server';
import { cpuMs } from './support/process-cpu';
import { lastWholeDays, startSandboxProcess } from './support/proxy-on-sandbox';
import { atLeast, atMost, report, type BenchFigure } from './support/report';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP_SECONDS = 3;
const PAGE_SIZES = (process.env.BENCH_ROWS ?? '25,200').split(',').map(Number);
const REPO = fileURLToPath(new URL('..', import.meta.url));
const appDirs = (process.env.BENCH_APP_DIR ?? REPO)
  .split(',')
  .map((dir) => dir.trim())
  .filter((dir) => dir !== '')
  .map((dir) => resolve(dir));
const nodeArgs = (process.env.BENCH_PROXY_NODE_ARGS ?? '').split(' ').filter((arg) => arg !== '');
const acceptEncoding = process.env.BENCH_ACCEPT_ENCODING;

let nextPort = Number(process.env.BENCH_PORT_BASE ?? 0);
/** The next port from BENCH_PORT_BASE, or any free one. */
async function port(): Promise<number> {
  if (nextPort > 0) return nextPort++;
  return new Promise((done, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as { port: number };
      probe.close(() => done(free));
    });
    probe.once('error', fail);
  });
}

interface Load {
  url: string;
  headers?: Record<string, string>;
  /** The processes that serve it: their CPU per request is reported. */
  pids: number[];
}

interface Measured {
  /** Requests per second. */
  throughput: number;
  /** Mean milliseconds per request: at one connection, the wall time divided by the requests. */
  meanMs: number;
  /** CPU milliseconds per request, of each process serving it (undefined without /proc). */
  cpuMsPerRequest: (number | undefined)[];
}

async function measure(load: Load, connections: number, seconds: number): Promise<Measured> {
  const cpuBefore = load.pids.map(cpuMs);
  const result = await autocannon({ url: load.url, headers: load.headers, connections, duration: seconds });
  const cpuAfter = load.pids.map(cpuMs);
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0) throw new Error(`${load.url}: ${failed} of ${result.requests.total} requests failed`);
  return {
    throughput: result.requests.total / result.duration,
    meanMs: connections === 1 ? (result.duration * 1000) / result.requests.total : result.latency.mean,
    cpuMsPerRequest: load.pids.map((_, i) => {
      const before = cpuBefore[i];
      const after = cpuAfter[i];
      return before === undefined || after === undefined ? undefined : (after - before) / result.requests.total;
    }),
  };
}

async function sandboxToken(origin: string): Promise<string> {
  const res = await fetch(`${origin}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(SANDBOX_CREDENTIALS),
  });
  const body = (await res.json()) as { access_token?: string; data?: { access_token?: string } };
  const token = body.access_token ?? body.data?.access_token;
  if (!token) throw new Error(`the sandbox login answered ${res.status}`);
  return token;
}

/** Context, not a target: steadier than throughput on a busy machine. */
function cpuFigure(figures: BenchFigure[], measure: string, value: number | undefined): void {
  if (value !== undefined) figures.push({ measure, value, unit: 'ms' });
}

const label = (dir: string) => (dir === resolve(REPO) ? 'this build' : dir);

const sandbox = await startSandboxProcess({ SANDBOX_PORT: String(await port()) });
const servers: { dir: string; server: BuiltServer }[] = [];
try {
  for (const dir of appDirs) {
    const server = await startBuiltServer({
      appDir: dir,
      port: await port(),
      upstreamOrigin: sandbox.origin,
      credentials: SANDBOX_CREDENTIALS,
      // The rate limit and the upstream budget stay in the path, set high enough that the load is never refused.
      env: { LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '1000000', UPSTREAM_BUDGET_PER_MINUTE: '1000000' },
      nodeArgs,
    });
    servers.push({ dir, server });
  }
  const token = await sandboxToken(sandbox.origin);
  const range = lastWholeDays(30);
  const figures: BenchFigure[] = [];

  for (const limit of PAGE_SIZES) {
    const query = callsQueryToSearchParams({ ...range, limit, offset: 0 });
    const direct: Load = {
      url: `${sandbox.origin}/v3/conversations/calls?${query.toString().replace(/\+/g, '%20')}`,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      pids: [sandbox.pid],
    };
    const proxied = servers.map(({ dir, server }) => ({
      dir,
      load: {
        url: `${server.origin}/api/calls?${query}`,
        headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : undefined,
        pids: [server.pid, sandbox.pid],
      },
    }));
    for (const load of [direct, ...proxied.map((p) => p.load)]) await measure(load, 20, WARM_UP_SECONDS);

    const directMany = await measure(direct, 20, SECONDS);
    figures.push({ measure: `direct, ${limit} rows, 20 connections`, value: directMany.throughput, unit: 'req/s' });
    cpuFigure(figures, `sandbox CPU per request, direct, ${limit} rows`, directMany.cpuMsPerRequest[0]);
    for (const { dir, load } of proxied) {
      const many = await measure(load, 20, SECONDS);
      const ratio = many.throughput / directMany.throughput;
      figures.push({ measure: `proxy (${label(dir)}), ${limit} rows, 20 connections`, value: many.throughput, unit: 'req/s' });
      figures.push({ measure: `proxy (${label(dir)}), ${limit} rows, throughput vs direct`, value: ratio, unit: '×', ...atLeast(ratio, 0.5) });
      cpuFigure(figures, `proxy (${label(dir)}) CPU per request, ${limit} rows`, many.cpuMsPerRequest[0]);
    }

    const directOne = await measure(direct, 1, SECONDS);
    figures.push({ measure: `direct, ${limit} rows, 1 connection, mean`, value: directOne.meanMs, unit: 'ms' });
    for (const { dir, load } of proxied) {
      const one = await measure(load, 1, SECONDS);
      const added = one.meanMs - directOne.meanMs;
      figures.push({ measure: `proxy (${label(dir)}), ${limit} rows, 1 connection, mean`, value: one.meanMs, unit: 'ms' });
      figures.push({ measure: `proxy (${label(dir)}), ${limit} rows, added latency`, value: added, unit: 'ms', ...atMost(added, 1.5) });
    }
  }
  const compressed = acceptEncoding ? `, proxy asked with Accept-Encoding: ${acceptEncoding}` : '';
  report(`proxy overhead on /api/calls (sandbox direct vs through the proxy${compressed})`, figures);
} finally {
  for (const { server } of servers) await server.close();
  sandbox.close();
}
