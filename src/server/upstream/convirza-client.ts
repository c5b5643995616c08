/**
 * The calls API as the proxy uses it: a bearer token on every call, a renewal and retry
 * after a 401 (twice at most), and every answer checked against the contract before it
 * is passed on, so the browser never receives something it cannot read.
 */
import * as z from 'zod/mini';
import type { Call } from '../../contract/call';
import { callsQueryToSearchParams, type CallsQuery, type MultiValueStyle } from '../../contract/calls-query';
import { callsEnvelopeSchema, type CallsEnvelope } from '../../contract/envelope';
import type { Include } from '../../contract/vocabulary';
import { ApiHttpError } from '../http/api-error';
import type { Logger } from '../logger';
import { mapUpstreamFailure, renewedTokenRefused, upstreamMessage, upstreamUnreadable } from './errors';
import { requestUpstream, type UpstreamAnswer } from './request';
import type { TokenSource } from './token-source';
import { keepVerbatim } from './verbatim-body';
import type { UpstreamGate } from './upstream-gate';

export interface ConvirzaClientOptions {
  apiUrl: string;
  tokens: TokenSource;
  timeoutMs: number;
  maxRetryAfterS: number;
  multiValueStyle: MultiValueStyle;
  logger: Logger;
  /** Every request waits its turn here (UPSTREAM_CONCURRENCY). */
  gate: UpstreamGate;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * Every page the upstream sends is checked, up to 200 calls at a time: compiled ahead of
 * time (zod's own compiler), a valid page is checked several times faster than by the
 * schema interpreter; an invalid one falls back to it, so its issues are the same. The
 * check only validates (`z.validate`), building no copy of the page: the envelope schema
 * transforms nothing (a test keeps it so), so the parsed JSON is the checked value.
 */
const upstreamEnvelopeSchema = z.compile(callsEnvelopeSchema);

/** Renewals one request may ask for after 401s, before the refusal is reported. */
const MAX_RENEWALS = 2;

export interface Upstreamed<T> {
  value: T;
  upstreamRequestId?: string;
}

/** One call by id; null when there is none this dashboard may show. */
export interface CallLookup {
  getCall(callId: number, include: Include[], signal?: AbortSignal): Promise<Upstreamed<Call | null>>;
}

export class ConvirzaClient implements CallLookup {
  constructor(private readonly options: ConvirzaClientOptions) {}

  async listCalls(query: CallsQuery, signal?: AbortSignal): Promise<Upstreamed<CallsEnvelope>> {
    const params = callsQueryToSearchParams(query, this.options.multiValueStyle);
    const answer = await this.get('/v3/conversations/calls', params, signal, query.call_id);
    const envelope = this.readEnvelope(answer);
    return { value: envelope, upstreamRequestId: envelope.request_id ?? undefined };
  }

  /** One call in single-record mode; null when there is none. */
  async getCall(callId: number, include: Include[], signal?: AbortSignal): Promise<Upstreamed<Call | null>> {
    const listed = await this.listCalls({ call_id: callId, limit: 1, offset: 0, include }, signal);
    const call = listed.value.data.calls.find((c) => c.call_id === callId) ?? null;
    return { value: call, upstreamRequestId: listed.upstreamRequestId };
  }

  /** `callId` marks single-record mode, where a 404 means that call does not exist. */
  private async get(path: string, params: URLSearchParams, signal?: AbortSignal, callId?: number): Promise<UpstreamAnswer> {
    const url = new URL(path, this.options.apiUrl);
    // `NO ANSWER` travels as `NO%20ANSWER`: some servers do not read `+` as a space.
    url.search = params.toString().replace(/\+/g, '%20');
    const send = (token: string) =>
      this.options.gate.run(
        () =>
          requestUpstream(
            url,
            { method: 'GET', headers: { authorization: `Bearer ${token}`, accept: 'application/json' } },
            {
              timeoutMs: this.options.timeoutMs,
              maxRetryAfterS: this.options.maxRetryAfterS,
              retry: true,
              signal,
              sleep: this.options.sleep,
            },
          ),
        signal,
      );

    let token = await this.options.tokens.current();
    let answer = await send(token);
    // A renewal that fails (the login refused) throws: that is the credentials' fault. A
    // renewed token refused as well is a race (another replica rotated the session, the
    // upstream's clocks disagree): renewed once more, then reported as temporary.
    for (let renewals = 0; answer.status === 401; renewals++) {
      if (renewals === MAX_RENEWALS) {
        this.options.logger.warn('upstream refused renewed tokens', {
          renewals,
          upstreamRequestId: upstreamMessage(answer.bodyText).requestId,
        });
        throw renewedTokenRefused();
      }
      token = await this.options.tokens.renewAfterRejection(token);
      answer = await send(token);
    }
    if (answer.status === 404 && callId !== undefined) {
      throw new ApiHttpError(404, 'not_found', `There is no call ${callId} in this account.`, {
        upstreamRequestId: upstreamMessage(answer.bodyText).requestId,
      });
    }
    if (answer.status < 200 || answer.status >= 300) {
      throw mapUpstreamFailure({ ...answer, what: 'call list' }, this.options.logger);
    }
    return answer;
  }

  private readEnvelope(answer: UpstreamAnswer): CallsEnvelope {
    let json: unknown;
    try {
      json = JSON.parse(answer.bodyText);
    } catch {
      this.options.logger.warn('upstream sent malformed JSON', { bytes: answer.bodyText.length });
      throw upstreamUnreadable(upstreamMessage(answer.bodyText).requestId);
    }
    if (!z.validate(upstreamEnvelopeSchema, json)) {
      const issues = upstreamEnvelopeSchema.safeParse(json).error?.issues ?? [];
      // Paths only: the values may be personal data.
      const paths = issues.slice(0, 5).map((i) => i.path.join('.'));
      this.options.logger.warn('upstream answer does not match the contract', { paths });
      throw upstreamUnreadable();
    }
    keepVerbatim(json, answer.body);
    return json;
  }
}
