/**
 * Fresh signed recording URLs for the passthrough. A link is reused until it nears its
 * `expires_at`, then fetched again (the upstream's documented cure for its 410); at most
 * one lookup per call is in flight however many range requests a player sends at once.
 */
import { notFound } from '../http/api-error';
import { SharedCache } from '../cache/shared-cache';
import type { CallLookup } from './convirza-client';

/** Renew this long before the link expires, so a long download does not start on a dying link. */
const RENEW_AHEAD_MS = 60_000;

export interface RecordingLink {
  url: string;
  expiresAtMs: number;
  filename?: string;
  format?: string;
}

export interface RecordingLinksOptions {
  /** Most calls whose link is kept. */
  max: number;
  now?: () => number;
}

export class RecordingLinks {
  private readonly links: SharedCache<number, RecordingLink>;
  private readonly now: () => number;

  constructor(
    /** Scoped: a call outside the dashboard's org units is no call, and its audio is never fetched. */
    private readonly client: CallLookup,
    { max, now = Date.now }: RecordingLinksOptions,
  ) {
    this.now = now;
    this.links = new SharedCache({ max, now, ttlMs: (link) => link.expiresAtMs - RENEW_AHEAD_MS - now() });
  }

  /** The call's link; `fresh` when the kept one was refused, which joins a lookup already under way. */
  get(callId: number, options: { fresh?: boolean } = {}): Promise<RecordingLink> {
    if (options.fresh) this.links.forget(callId);
    // Not tied to one range request: the player's other requests wait for the same lookup.
    return this.links.get(callId, undefined, () => this.lookUp(callId));
  }

  private async lookUp(callId: number): Promise<RecordingLink> {
    const { value: call } = await this.client.getCall(callId, ['recordings']);
    if (call === null) throw notFound(`There is no call ${callId} in this account.`);
    const details = call.recording_details;
    if (!details?.url) throw notFound(`Call ${callId} has no recording.`);
    return {
      url: details.url,
      // Without an expiry, trust the link for a minute and ask again after.
      expiresAtMs: details.expires_at != null ? details.expires_at * 1000 : this.now() + 2 * RENEW_AHEAD_MS,
      filename: details.filename ?? undefined,
      format: details.format ?? undefined,
    };
  }
}
