/**
 * `/api/calls`: the list, validated with the contract before anything goes upstream (a
 * range over 31 days is paged across windows, see aggregate/windowed-list.ts), and
 * `/api/calls/:id`: one call in the upstream's single-record mode. Ids are whole numbers
 * in the route itself, so no id can be mistaken for `stats` or `export.csv`.
 */
import { Hono } from 'hono';
import type { CallResponse } from '../../contract/api';
import { parseApiCallsQuery } from '../../contract/api-query';
import { parseCallsQuery } from '../../contract/calls-query';
import { INCLUDES } from '../../contract/vocabulary';
import { badRequest, notFound } from '../http/api-error';
import type { AppEnv } from '../http/app-env';
import { wholeJson } from '../http/whole-json';
import type { Services } from '../services';
import { verbatimBody } from '../upstream/verbatim-body';

export function callsRoutes({ within }: Services): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/', async (c) => {
    const parsed = parseApiCallsQuery(new URL(c.req.url).searchParams);
    if (!parsed.ok) throw badRequest(`The query is not valid: ${parsed.message}.`, parsed.fields);
    const { calls, list } = within(c.get('orgUnits'));
    calls.refuseOutside(parsed.query);
    const { value, upstreamRequestId } = await list.page(parsed.query, c.req.raw.signal);
    c.set('upstreamRequestId', upstreamRequestId);
    // One upstream page passed on as it is: its checked bytes, not a re-serialisation.
    const body = verbatimBody(value);
    return body === undefined ? c.json(value) : wholeJson(c, body);
  });

  routes.get('/:id{[0-9]+}', async (c) => {
    const id = c.req.param('id');
    // Reuse the list's rules for the id and the sections; no include means every section.
    const params = new URLSearchParams(new URL(c.req.url).searchParams);
    params.set('call_id', id);
    params.set('limit', '1');
    if (!params.has('include')) params.set('include', INCLUDES.join(','));
    const parsed = parseCallsQuery(params);
    if (!parsed.ok) throw badRequest(`The request is not valid: ${parsed.message}.`, parsed.fields);
    const callId = parsed.query.call_id as number;
    const { calls } = within(c.get('orgUnits'));
    const { value, upstreamRequestId } = await calls.getCall(callId, parsed.query.include ?? [], c.req.raw.signal);
    c.set('upstreamRequestId', upstreamRequestId);
    // Outside the org units this dashboard shows is the same answer as no such call: it does not confirm one exists.
    if (value === null) throw notFound(`There is no call ${callId} in this account.`);
    const body: CallResponse = { call: value, request_id: upstreamRequestId ?? null };
    return c.json(body);
  });

  return routes;
}
