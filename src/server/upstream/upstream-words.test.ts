import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../contract/api';
import { proxyFor, startHostileUpstream, upstreamError, type HostileUpstream } from '../test-support/hostile-upstream';
import { LOGGED_UPSTREAM_TEXT } from './errors';

/** 20,000 characters of the upstream's own words, with markup and terminal escapes in them. */
const HOSTILE_MESSAGE = `<script>alert(document.cookie)</script>\r\n\u001b[31mforged log line\u0000${'x'.repeat(20_000)}`.slice(0, 20_000);

let upstream: HostileUpstream;
let answerStatus = 400;
beforeAll(async () => {
  upstream = await startHostileUpstream(() => upstreamError(answerStatus, HOSTILE_MESSAGE));
});
afterAll(() => upstream.close());

describe("the upstream's words are not relayed to the browser", () => {
  it.each([
    [400, 400, /Convirza refused the query/],
    [403, 403, /outside the account's scope/],
    [410, 410, /expired/],
  ])('a %i with a 20,000-character message becomes our own short %i', async (status, ours, wording) => {
    answerStatus = status;
    const { app, logLines } = proxyFor(upstream);
    const res = await app.request('/api/calls?limit=1');
    expect(res.status).toBe(ours);
    const text = await res.text();
    expect(text.length).toBeLessThan(500);
    expect(text).not.toMatch(/script|forged|xxxx/i);
    const { error } = apiErrorSchema.parse(JSON.parse(text));
    expect(error.message).toMatch(wording);

    // The operator still reads what the upstream said: capped, on one line, without escapes.
    const logged = logLines.map((l) => JSON.parse(l)).find((l) => l.msg === 'upstream refused');
    expect(logged).toMatchObject({ status, upstreamRequestId: `up-${status}` });
    expect(logged.upstreamMessage).toMatch(/^<script>alert\(document\.cookie\)<\/script> \[31mforged log line x+…$/);
    expect(logged.upstreamMessage.length).toBeLessThanOrEqual(LOGGED_UPSTREAM_TEXT + 1);
    expect(logLines.every((l) => l.length < 2_000)).toBe(true);
  });
});
