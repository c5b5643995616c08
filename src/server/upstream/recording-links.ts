/**
 * Fresh signed recording URLs for the passthrough. A link is reused until it nears its
 * `expires_at`, then fetched again (the upstream's documented cure for its 410); at most
 * one lookup per call is in flight however many range requests a player sends at once.
 */
import { notFound } from '../http/api-error';
import type { CallLookup } from '../aggregate/scoped-calls';

/** Renew this long before the link expires, so a long download does not start on a dying link. */
const RENEW_AHEAD_MS = 60_000;
const MAX_CACHED = 500;

export interface RecordingLink {
  url: string;
  expiresAtMs: number;
  filename?: string;
  format?: string;
}

export class RecordingLinks {
  private readonly links = new Map<number, RecordingLink>();
  private readonly pending = new Map<number, Promise<RecordingLink>>();

  constructor(
    /** Scoped: a call outside the dashboard's org units is no call, and its audio is never fetched. */
    private readonly client: CallLookup,
    private readonly now: () => number = Date.now,
  ) {}

  async get(callId: number, options: { fresh?: boolean } = {}): Promise<RecordingLink> {
    const cached = this.links.get(callId);
    if (!options.fresh && cached && cached.expiresAtMs - RENEW_AHEAD_MS > this.now()) return cached;
    let lookup = this.pending.get(callId);
    if (!lookup) {
      lookup = this.lookUp(callId).finally(() => this.pending.delete(callId));
      this.pending.set(callId, lookup);
    }
    return lookup;
  }

  private async lookUp(callId: number): Promise<RecordingLink> {
    const { value: call } = await this.client.getCall(callId, ['recordings']);
    if (call === null) throw notFound(`There is no call ${callId} in this account.`);
    const details = call.recording_details;
    if (!details?.url) throw notFound(`Call ${callId} has no recording.`);
    const link: RecordingLink = {
      url: details.url,
      // Without an expiry, trust the link for a minute and ask again after.
      expiresAtMs: details.expires_at != null ? details.expires_at * 1000 : this.now() + 2 * RENEW_AHEAD_MS,
      filename: details.filename ?? undefined,
      format: details.format ?? undefined,
    };
    if (this.links.size >= MAX_CACHED) this.links.delete(this.links.keys().next().value as number);
    this.links.set(callId, link);
    return link;
  }
}
