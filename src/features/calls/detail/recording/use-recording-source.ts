/**
 * Keeps an `<audio>` element playing its call's recording across link expiry:
 *   - before play or a seek, a link that is expired or about to be is renewed first;
 *   - when the element fails anyway (a 410 mid-stream), the link is renewed once and
 *     playback resumes at the same position, in the same playing or paused state;
 *   - when renewing fails too, or the renewed link fails at once, the player says so and
 *     offers a retry: never a dead player without an explanation.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { ApiRequestError } from '../../../../lib/api-client';
import { fetchFreshLink, isExpiring, linkOf, proxiedRecordingUrl, type RecordingLink } from './recording-link';
import type { RecordingDetails } from '../../../../contract/call';

export type SourceStatus = { kind: 'ready' } | { kind: 'renewing' } | { kind: 'failed'; message: string };

interface Options {
  callId: number;
  details: RecordingDetails;
  playback: 'direct' | 'proxy';
  audioRef: RefObject<HTMLAudioElement | null>;
}

export function useRecordingSource({ callId, details, playback, audioRef }: Options) {
  const queryClient = useQueryClient();
  const initial = playback === 'proxy' ? { url: proxiedRecordingUrl(callId), expiresAt: null } : linkOf(details);
  const [link, setLink] = useState<RecordingLink | null>(initial);
  const [status, setStatus] = useState<SourceStatus>({ kind: 'ready' });
  const [shownFor, setShownFor] = useState({ callId, playback });
  // Another call, or another playback mode: start over with its link.
  if (shownFor.callId !== callId || shownFor.playback !== playback) {
    setShownFor({ callId, playback });
    setLink(initial);
    setStatus({ kind: 'ready' });
  }

  const linkRef = useRef(link);
  useEffect(() => {
    linkRef.current = link;
  }, [link]);
  /** What the listener wants, kept across source swaps: the element forgets on error. */
  const wantsToPlay = useRef(false);
  const lastPosition = useRef(0);
  /** Set after a renewal until the new source plays: a failure then is not renewed again. */
  const renewedJustNow = useRef(false);
  const renewal = useRef<Promise<RecordingLink> | null>(null);

  const renew = useCallback((): Promise<RecordingLink> => {
    if (playback === 'proxy') return Promise.resolve({ url: proxiedRecordingUrl(callId), expiresAt: null });
    renewal.current ??= fetchFreshLink(queryClient, callId).finally(() => {
      renewal.current = null;
    });
    return renewal.current;
  }, [callId, playback, queryClient]);

  /**
   * Where to resume once the new source has loaded, or null when no swap is under way.
   * Set as soon as a renewal starts, so a seek made meanwhile only moves the target:
   * the latest one wins, whichever load finishes first.
   */
  const pendingResume = useRef<number | null>(null);
  /** A fresh link is being fetched: the old source's failures meanwhile are expected. */
  const fetchingLink = useRef(false);

  /**
   * Points the element at `next`. React owns the `src` attribute: setting it here as well
   * would make React's own update restart the load after the resume and lose the position.
   */
  const swapTo = useCallback(
    (next: RecordingLink) => {
      if (next.url === linkRef.current?.url) audioRef.current?.load();
      linkRef.current = next;
      setLink(next);
    },
    [audioRef],
  );

  const renewAndResume = useCallback(
    async (position: number) => {
      pendingResume.current = position;
      fetchingLink.current = true;
      setStatus({ kind: 'renewing' });
      try {
        const next = await renew();
        fetchingLink.current = false;
        renewedJustNow.current = true;
        setStatus({ kind: 'ready' });
        swapTo(next);
      } catch (error) {
        fetchingLink.current = false;
        pendingResume.current = null;
        setStatus({ kind: 'failed', message: failureMessage(error) });
      }
    },
    [renew, swapTo],
  );

  /** Play, renewing first if the link will not last. */
  const play = useCallback(async () => {
    const element = audioRef.current;
    if (!element || !linkRef.current) return;
    wantsToPlay.current = true;
    if (playback === 'direct' && isExpiring(linkRef.current)) {
      await renewAndResume(element.currentTime);
      return;
    }
    await element.play().catch(() => {});
  }, [audioRef, playback, renewAndResume]);

  const pause = useCallback(() => {
    wantsToPlay.current = false;
    audioRef.current?.pause();
  }, [audioRef]);

  /** Seek, renewing first if the link will not last: the seek needs a new range request. */
  const seek = useCallback(
    (seconds: number) => {
      const element = audioRef.current;
      if (!element || !linkRef.current) return;
      const duration = Number.isFinite(element.duration) ? element.duration : Infinity;
      const target = Math.min(Math.max(0, seconds), duration);
      lastPosition.current = target;
      if (pendingResume.current !== null) {
        // A fresh source is on its way: land there instead.
        pendingResume.current = target;
        return;
      }
      if (playback === 'direct' && isExpiring(linkRef.current)) {
        void renewAndResume(target);
        return;
      }
      element.currentTime = target;
    },
    [audioRef, playback, renewAndResume],
  );

  // The element's own events: where it is, whether it plays, and whether it failed.
  useEffect(() => {
    const element = audioRef.current;
    if (!element) return;
    const onTime = () => {
      if (element.currentTime > 0 || element.readyState > 0) lastPosition.current = element.currentTime;
    };
    const onPlaying = () => {
      renewedJustNow.current = false;
    };
    const onLoaded = () => {
      const position = pendingResume.current;
      // Only the fresh source's metadata resumes: the old one's may still arrive while the
      // fresh link is fetched or before React has put it in `src`, and would use up the resume.
      const fresh = !fetchingLink.current && element.getAttribute('src') === linkRef.current?.url;
      if (position === null || !fresh) return;
      pendingResume.current = null;
      element.currentTime = position;
      if (wantsToPlay.current) void element.play().catch(() => {});
    };
    const onError = () => {
      // No source, or the old one failing while a fresh link is being fetched or is
      // already on its way into the element (React sets `src` on its next render).
      const src = element.getAttribute('src');
      if (!src || fetchingLink.current || src !== linkRef.current?.url) return;
      if (renewedJustNow.current || playback === 'proxy') {
        // A fresh source failed at once, or the server could not stream: say so.
        renewedJustNow.current = false;
        pendingResume.current = null;
        setStatus({ kind: 'failed', message: 'The recording could not be played.' });
        return;
      }
      void renewAndResume(lastPosition.current);
    };
    element.addEventListener('timeupdate', onTime);
    element.addEventListener('seeked', onTime);
    element.addEventListener('playing', onPlaying);
    element.addEventListener('loadedmetadata', onLoaded);
    element.addEventListener('error', onError);
    return () => {
      element.removeEventListener('timeupdate', onTime);
      element.removeEventListener('seeked', onTime);
      element.removeEventListener('playing', onPlaying);
      element.removeEventListener('loadedmetadata', onLoaded);
      element.removeEventListener('error', onError);
    };
  }, [audioRef, playback, renewAndResume]);

  /** After a failure: try again from where playback was. */
  const retry = useCallback(() => {
    renewedJustNow.current = false;
    void renewAndResume(lastPosition.current);
  }, [renewAndResume]);

  return { src: link?.url ?? null, status, play, pause, seek, retry, wantsToPlay };
}

function failureMessage(error: unknown): string {
  if (error instanceof ApiRequestError) return `A fresh recording link could not be fetched: ${error.message}`;
  if (error instanceof Error) return `A fresh recording link could not be fetched: ${error.message}`;
  return 'A fresh recording link could not be fetched.';
}
