/**
 * Where the player gets its audio. In direct mode that is the signed URL from the call,
 * which expires (`expires_at`, Unix seconds; afterwards the upstream answers 410): a
 * fresh one comes from fetching the call again with `include=recordings`, as the
 * upstream documents. In proxy mode the server streams the audio and renews links itself.
 */
import type { QueryClient } from '@tanstack/react-query';
import { callResponseSchema, type CallResponse } from '../../../../contract/api';
import type { RecordingDetails } from '../../../../contract/call';
import { apiUrl, getJson } from '../../../../lib/api-client';
import { callQueries } from '../../api/call-queries';

/** Renew a link this close to its expiry before playing or seeking: a seek needs a new range request. */
export const EXPIRY_MARGIN_MS = 30_000;

export interface RecordingLink {
  url: string;
  /** Unix seconds, or null when the upstream gave none. */
  expiresAt: number | null;
}

export function linkOf(details: RecordingDetails | null | undefined): RecordingLink | null {
  return details?.url ? { url: details.url, expiresAt: details.expires_at ?? null } : null;
}

export function isExpiring(link: RecordingLink, now = Date.now()): boolean {
  return link.expiresAt !== null && link.expiresAt * 1000 - now < EXPIRY_MARGIN_MS;
}

export function proxiedRecordingUrl(callId: number, download = false): string {
  return apiUrl(`calls/${callId}/recording`, download ? new URLSearchParams({ download: '1' }) : undefined).toString();
}

/**
 * Fetches the call's recording section again and returns its new link. The call's detail
 * in the cache gets the new recording details too, so the drawer shows what is playing.
 */
export async function fetchFreshLink(queryClient: QueryClient, callId: number): Promise<RecordingLink> {
  const answer = await queryClient.fetchQuery({
    queryKey: [...callQueries.detail(callId).queryKey, 'recording-link'],
    queryFn: ({ signal }) =>
      getJson(`calls/${callId}`, callResponseSchema, { signal, params: new URLSearchParams({ include: 'recordings' }) }),
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
  const link = linkOf(answer.call.recording_details);
  if (link === null) throw new Error('The call no longer has a recording.');
  queryClient.setQueryData<CallResponse>(callQueries.detail(callId).queryKey, (old) =>
    old ? { ...old, call: { ...old.call, recording_details: answer.call.recording_details } } : old,
  );
  return link;
}
