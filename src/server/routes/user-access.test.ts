/**
 * ACCESS_FILE end to end through the app and the real sandbox: each user reads within
 * their own org units on every route, and no answer read for one set of units reaches another.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateQueryToSearchParams } from '../../contract/api-query';
import { apiErrorSchema, callResponseSchema, metaSchema } from '../../contract/api';
import { callsEnvelopeSchema } from '../../contract/envelope';
import { statsSchema } from '../../contract/stats';
import { ORG_TREE } from '../../sandbox/data/catalog';
import { ACCESS_FILE_CHECK_MS } from '../access/access-file-watch';
import { parseCsv } from '../test-support/csv-parse';
import { startHarness, type Harness } from '../test-support/proxy-harness';
import { daysAgo } from '../test-support/ranges';

const ROOFING = 1210;
const HVAC = 1220;
const PHOENIX_HVAC = 1221;
const PLUMBING = 1230;

const ALICE = { 'x-forwarded-user': 'Alice@Corp.example' };
const DENVER = { 'x-forwarded-user': 'dan@corp.example', 'x-forwarded-groups': 'staff, denver-managers' };
const NOBODY = { 'x-forwarded-user': 'nobody@corp.example', 'x-forwarded-groups': 'staff' };

let dir: string;
let file: string;
let h: Harness;
const writeAccess = (content: unknown) => writeFileSync(file, JSON.stringify(content));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'access-'));
  file = join(dir, 'access.json');
  writeAccess({ users: { 'alice@corp.example': [ROOFING] }, groups: { 'denver-managers': [HVAC, PHOENIX_HVAC] }, everyone: [] });
  h = await startHarness({
    config: { trustedAuthHeader: 'x-forwarded-user', trustedGroupsHeader: 'x-forwarded-groups', accessFile: file },
  });
});
afterAll(async () => {
  await h.sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

const range = daysAgo(8, 1);
const within = (units: readonly number[]) => new Set(units.flatMap((u) => [...ORG_TREE.descendantsOf(u)]));
const errorOf = async (res: Response) => apiErrorSchema.parse(await res.json()).error;

async function list(headers: Record<string, string>, query: Record<string, string> = {}) {
  const res = await h.get(`/api/calls?${new URLSearchParams({ ...range, limit: '200', offset: '0', ...query })}`, { headers });
  expect(res.status).toBe(200);
  return callsEnvelopeSchema.parse(await res.json()).data;
}

async function stats(headers: Record<string, string>) {
  const res = await h.get(`/api/calls/stats?${aggregateQueryToSearchParams({ ...range, tz: 'UTC' })}`, { headers });
  expect(res.status).toBe(200);
  return statsSchema.parse(await res.json());
}

describe('ACCESS_FILE: a user with no org units', () => {
  it.each(['/api/calls', '/api/calls/stats', '/api/calls/export.csv', '/api/meta', '/api/calls/1', '/api/calls/1/recording'])(
    'gets 403 on %s, saying to ask an administrator, before anything goes upstream',
    async (path) => {
      const before = h.sandbox.stats().dataRequests;
      const res = await h.get(path, { headers: NOBODY });
      expect(res.status).toBe(403);
      const error = await errorOf(res);
      expect(error).toMatchObject({ status: 403, code: 'forbidden' });
      expect(error.message).toMatch(/ask an administrator/i);
      expect(h.sandbox.stats().dataRequests).toBe(before);
    },
  );
});

describe('ACCESS_FILE: a user with org units', () => {
  it('lists only the calls of their units (named in any case), and the picker offers only those', async () => {
    const calls = (await list(ALICE)).calls;
    expect(calls.length).toBeGreaterThan(0);
    const visible = within([ROOFING]);
    expect(calls.every((call) => visible.has(call.org_unit_id as number))).toBe(true);

    const meta = metaSchema.parse(await (await h.get('/api/meta', { headers: ALICE })).json());
    expect(meta.orgUnitScope).toEqual([ROOFING]);
    const groupMeta = metaSchema.parse(await (await h.get('/api/meta', { headers: DENVER })).json());
    expect(groupMeta.orgUnitScope).toEqual([HVAC, PHOENIX_HVAC]);
  });

  it.each(['/api/calls', '/api/calls/stats', '/api/calls/export.csv'])('gets 403 on %s for a query naming another unit', async (path) => {
    const query = new URLSearchParams({ ...range, limit: '25', org_unit_id: String(PLUMBING) });
    const res = await h.get(`${path}?${query}`, { headers: ALICE });
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('forbidden');
  });

  it('gets 404 for a call of another unit, and for its recording, as for no call at all', async () => {
    const theirs = (await list(DENVER, { include: 'recordings' })).calls.find((call) => call.recording_details?.url);
    if (theirs === undefined) throw new Error('no recorded HVAC call in the range');
    expect((await h.get(`/api/calls/${theirs.call_id}`, { headers: DENVER })).status).toBe(200);

    const res = await h.get(`/api/calls/${theirs.call_id}`, { headers: ALICE });
    expect(res.status).toBe(404);
    expect((await errorOf(res)).message).toBe(`There is no call ${theirs.call_id} in this account.`);
    expect((await h.get(`/api/calls/${theirs.call_id}/recording`, { headers: ALICE })).status).toBe(404);
  });

  it('reads one of their own calls by id', async () => {
    const [mine] = (await list(ALICE)).calls;
    const res = await h.get(`/api/calls/${mine?.call_id}`, { headers: ALICE });
    expect(res.status).toBe(200);
    expect(callResponseSchema.parse(await res.json()).call.call_id).toBe(mine?.call_id);
  });

  it('exports only the calls of their units', async () => {
    // One day: fewer calls than one list page, so the list gives the truth to compare with.
    const day = daysAgo(2, 1);
    const res = await h.get(`/api/calls/export.csv?${new URLSearchParams({ ...day, columns: 'campaign' })}`, { headers: DENVER });
    expect(res.status).toBe(200);
    // The call id comes first in every export.
    const exported = parseCsv(await res.text()).slice(1).map((row) => Number(row[0]));
    const listed = await list(DENVER, day);
    expect(listed.total).toBeLessThan(200);
    expect(exported.length).toBeGreaterThan(0);
    expect(new Set(exported)).toEqual(new Set(listed.calls.map((call) => call.call_id)));
    const visible = within([HVAC]);
    expect(listed.calls.every((call) => visible.has(call.org_unit_id as number))).toBe(true);
  });

  it('never gets the statistics cached for another user with other units: the same query, one after the other', async () => {
    const alice = await stats(ALICE);
    const denver = await stats(DENVER);
    expect(alice.total).toBe((await list(ALICE)).total);
    expect(denver.total).toBe((await list(DENVER)).total);
    expect(denver.total).not.toBe(alice.total);
    // And back: each still gets their own.
    expect((await stats(ALICE)).total).toBe(alice.total);
  });

  it('logs the user and their units once per request, never their groups', async () => {
    const before = h.logLines.length;
    await list(DENVER, { limit: '5' });
    const lines = h.logLines.slice(before).filter((line) => line.includes('dan@corp.example'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ msg: 'request', user: 'dan@corp.example', orgUnits: [HVAC, PHOENIX_HVAC] });
    expect(lines[0]).not.toContain('denver-managers');
    expect(lines[0]).not.toContain('staff');
  });
});

describe('ACCESS_FILE: a changed file', () => {
  it('applies within a few seconds, without a restart', async () => {
    expect((await h.get('/api/calls', { headers: NOBODY })).status).toBe(403);
    writeAccess({ users: { 'alice@corp.example': [ROOFING] }, groups: { staff: [PLUMBING] }, everyone: [] });
    await new Promise((resolve) => setTimeout(resolve, ACCESS_FILE_CHECK_MS + 100));
    await h.get('/api/meta', { headers: NOBODY });
    const calls = (await list(NOBODY)).calls;
    expect(calls.length).toBeGreaterThan(0);
    const visible = within([PLUMBING]);
    expect(calls.every((call) => visible.has(call.org_unit_id as number))).toBe(true);
  });
});
