/**
 * How fast the sandbox answers: data generation at startup, then a few hundred random
 * filtered page queries (ranges up to 31 days, random filters and offsets, every
 * include), measured in-process (query engine + record building) and over real HTTP
 * (including auth, JSON and the socket). Prints figures; asserts nothing.
 *
 *   npm run bench:sandbox [queries=400]
 */
import { callsQueryToSearchParams, parseCallsQuery, type CallsQuery } from '../src/contract/calls-query';
import { DISPOSITIONS, INCLUDES } from '../src/contract/vocabulary';
import { CALL_FLOWS, CAMPAIGNS, ORG_UNITS, RING_TOS } from '../src/sandbox/data/catalog';
import { Dataset } from '../src/sandbox/data/dataset';
import { Rng } from '../src/sandbox/data/random';
import { SANDBOX_CREDENTIALS, createSandboxApp, startSandbox } from '../src/sandbox/index';
import { percentile } from './support/percentiles';
import { report } from './support/report';

const DAY_MS = 86_400_000;
const QUERIES = Number(process.argv[2] ?? 400);
const now = new Date();

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  return `p50 ${at(0.5).toFixed(2)} ms   p95 ${at(0.95).toFixed(2)} ms   max ${(sorted.at(-1) ?? NaN).toFixed(2)} ms   (n=${sorted.length})`;
}

function time<T>(act: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = act();
  return { value, ms: performance.now() - started };
}

// --- startup -------------------------------------------------------------------------
const generation = time(() => new Dataset({ now }));
const dataset = generation.value;
const appStartup = time(() => createSandboxApp({ now: () => now }));
let visible = 0;
for (const _ of dataset.visibleFacts(now)) visible += 1;
console.log('startup');
console.log(`  data generation (Dataset)          ${generation.ms.toFixed(1)} ms  (${dataset.size.calls} calls stored over ${dataset.size.days} days, ${visible} visible in the 180-day window)`);
console.log(`  createSandboxApp (incl. generation) ${appStartup.ms.toFixed(1)} ms`);
const heap = process.memoryUsage();
console.log(`  heap used after both                ${(heap.heapUsed / 1e6).toFixed(0)} MB`);

// --- random queries --------------------------------------------------------------------
const rng = new Rng(20260214);
const sampleCallers = [...dataset.visibleFacts(now)].filter((_, i) => i % 997 === 0).map((f) => dataset.callers.number(f.callerIndex));

function randomQuery(): CallsQuery {
  const days = rng.int(1, 31);
  const end = now.getTime() - rng.int(0, 180 - days) * DAY_MS - rng.int(0, 23) * 3_600_000;
  const params: Record<string, string> = {
    start: new Date(end - days * DAY_MS).toISOString(),
    end: new Date(end).toISOString(),
    limit: String(rng.pick([25, 50, 100, 200])),
    offset: String(rng.chance(0.5) ? 0 : rng.int(0, 1500)),
    include: INCLUDES.join(','),
  };
  if (rng.chance(0.3)) params.org_unit_id = String(rng.pick(ORG_UNITS).id);
  if (rng.chance(0.2)) params.campaign_id = String(rng.pick(CAMPAIGNS).id);
  if (rng.chance(0.1)) params.provisioned_route_id = String(rng.pick(CALL_FLOWS).id);
  if (rng.chance(0.3)) params.disposition = rng.sample(DISPOSITIONS, rng.int(1, 3)).join(',');
  if (rng.chance(0.05)) params.caller_id = `+${rng.pick(sampleCallers)}`;
  if (rng.chance(0.1)) params.phone_number = `+${rng.pick(CALL_FLOWS).trackingNumber}`;
  if (rng.chance(0.1)) params.ring_to = rng.pick(RING_TOS).number;
  const parsed = parseCallsQuery(new URLSearchParams(params));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.query;
}
const queries = Array.from({ length: QUERIES }, randomQuery);
const link = (callId: number, fileName: string) => ({ url: `http://127.0.0.1/v3/recordings/${callId}?file_name=${fileName}.wav`, expiresAt: 0 });

// Warm up the JIT on a separate set so the figures describe a running server.
for (let i = 0; i < 50; i++) dataset.query(randomQuery(), now, { recordingLink: link });

const inProcess: number[] = [];
const inProcessJson: number[] = [];
let returned = 0;
for (const q of queries) {
  const { value, ms } = time(() => dataset.query(q, now, { recordingLink: link }));
  inProcess.push(ms);
  inProcessJson.push(ms + time(() => JSON.stringify(value)).ms);
  returned += value.calls.length;
}
console.log(`\nin-process: ${QUERIES} random filtered pages, include=all (${(returned / QUERIES).toFixed(0)} records per page on average)`);
console.log(`  query + build records               ${stats(inProcess)}`);
console.log(`  ... + JSON.stringify                ${stats(inProcessJson)}`);

// --- over HTTP -------------------------------------------------------------------------
const sandbox = await startSandbox({ port: 0, now: () => now });
try {
  const loginRes = await fetch(`${sandbox.origin}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(SANDBOX_CREDENTIALS),
  });
  const token = ((await loginRes.json()) as { data: { access_token: string } }).data.access_token;
  const headers = { authorization: `Bearer ${token}` };
  const get = async (q: CallsQuery) => {
    const res = await fetch(`${sandbox.origin}/v3/conversations/calls?${callsQueryToSearchParams(q).toString()}`, { headers });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${body.slice(0, 200)}`);
    return body.length;
  };
  for (let i = 0; i < 30; i++) await get(randomQuery());

  const overHttp: number[] = [];
  let bytes = 0;
  for (const q of queries) {
    const started = performance.now();
    bytes += await get(q);
    overHttp.push(performance.now() - started);
  }
  console.log(`\nover HTTP (loopback, fetch, full body read; ${(bytes / QUERIES / 1024).toFixed(0)} KiB per answer on average)`);
  console.log(`  GET /v3/conversations/calls         ${stats(overHttp)}`);

  const single: number[] = [];
  const ids = [...dataset.visibleFacts(now)].filter((_, i) => i % 211 === 0).map((f) => f.callId);
  for (const id of ids.slice(0, 200)) {
    const started = performance.now();
    await get({ limit: 1, offset: 0, call_id: id, include: [...INCLUDES] });
    single.push(performance.now() - started);
  }
  console.log(`  call_id lookups, include=all        ${stats(single)}`);

  const ms = (samples: number[], p: number) => Math.round(percentile(samples, p) * 100) / 100;
  report('sandbox-query', [
    { measure: 'data generation', value: Math.round(generation.ms), unit: 'ms' },
    { measure: 'in-process page query, p50', value: ms(inProcess, 0.5), unit: 'ms' },
    { measure: 'in-process page query, p95', value: ms(inProcess, 0.95), unit: 'ms' },
    { measure: 'page over HTTP, p50', value: ms(overHttp, 0.5), unit: 'ms' },
    { measure: 'page over HTTP, p95', value: ms(overHttp, 0.95), unit: 'ms' },
    { measure: 'call_id lookup over HTTP, p50', value: ms(single, 0.5), unit: 'ms' },
  ]);
} finally {
  await sandbox.close();
}
