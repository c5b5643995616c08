/**
 * Plays a call's recording: play/pause, a seek bar with elapsed and total time, ±10 s,
 * speed from 0.75× to 2×, volume and download. With the player focused, Space plays or
 * pauses, ←/→ move 5 s and ↑/↓ change the volume. Expired links are renewed by
 * `useRecordingSource`, so playback carries on where it was; speed, volume and mute are
 * the reader's remembered choice, kept across renewals and calls.
 */
import { useQuery } from '@tanstack/react-query';
import { useId, useRef, type KeyboardEvent } from 'react';
import type { RecordingDetails } from '../../../../contract/call';
import { metaQuery } from '../../../../lib/meta-query';
import { formatClock, parseRecordingDuration } from './clock';
import { proxiedRecordingUrl } from './recording-link';
import { isPlaybackRate, PLAYBACK_RATES } from './player-settings';
import { useMediaState } from './use-media-state';
import { usePlayerSettings } from './use-player-settings';
import { useRecordingSource } from './use-recording-source';
import './recording-player.css';

export interface RecordingPlayerProps {
  callId: number;
  recording: RecordingDetails;
}

const SKIP_S = 10;
const NUDGE_S = 5;

export function RecordingPlayer({ callId, recording }: RecordingPlayerProps) {
  const meta = useQuery(metaQuery);
  // Until the server says how recordings play, touch no URL: in proxy mode the signed
  // one is on a host the portal's network may block. If it cannot say, play directly.
  if (meta.isPending) return <p className="recording-player__status">Loading the player…</p>;
  return <Player callId={callId} recording={recording} playback={meta.data?.recordingPlayback ?? 'direct'} />;
}

function Player({ callId, recording, playback }: RecordingPlayerProps & { playback: 'direct' | 'proxy' }) {
  const audioRef = useRef<HTMLAudioElement>(null);
  const media = useMediaState(audioRef);
  const [settings, updateSettings] = usePlayerSettings(audioRef);
  const source = useRecordingSource({ callId, details: recording, playback, audioRef });
  const id = useId();

  const total = media.duration ?? parseRecordingDuration(recording.duration) ?? 0;
  const playing = !media.paused;
  const toggle = () => (playing ? source.pause() : void source.play());
  const setVolume = (volume: number) => updateSettings({ volume: Math.min(1, Math.max(0, volume)), muted: false });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const onSlider = target instanceof HTMLInputElement && target.type === 'range';
    const onControl = target.tagName === 'BUTTON' || target.tagName === 'SELECT' || target.tagName === 'A';
    if (event.key === ' ' && !onControl) {
      event.preventDefault();
      toggle();
      return;
    }
    // Sliders and the speed list keep their own arrow keys.
    if (onSlider || target.tagName === 'SELECT') return;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => source.seek(media.currentTime - NUDGE_S),
      ArrowRight: () => source.seek(media.currentTime + NUDGE_S),
      ArrowUp: () => setVolume(settings.volume + 0.1),
      ArrowDown: () => setVolume(settings.volume - 0.1),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      move();
    }
  };

  if (source.src === null) return null;
  return (
    <div
      className="recording-player"
      role="group"
      aria-label="Recording player"
      aria-describedby={`${id}-keys`}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <audio ref={audioRef} src={source.src} preload="metadata" />
      <p id={`${id}-keys`} className="visually-hidden">
        Space plays or pauses; left and right arrows move 5 seconds; up and down arrows change the volume.
      </p>
      <div className="recording-player__transport">
        <button type="button" className="control recording-player__play" onClick={toggle} aria-label={playing ? 'Pause' : 'Play'}>
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
        </button>
        <button type="button" className="control" onClick={() => source.seek(media.currentTime - SKIP_S)} aria-label={`Back ${SKIP_S} seconds`}>
          <span aria-hidden="true">−{SKIP_S}s</span>
        </button>
        <button type="button" className="control" onClick={() => source.seek(media.currentTime + SKIP_S)} aria-label={`Forward ${SKIP_S} seconds`}>
          <span aria-hidden="true">+{SKIP_S}s</span>
        </button>
        <span className="recording-player__time">
          <time>{formatClock(media.currentTime)}</time> / <time>{formatClock(total)}</time>
        </span>
      </div>
      <input
        className="recording-player__seek"
        type="range"
        aria-label="Position"
        min={0}
        max={total || 0}
        step={0.1}
        value={Math.min(media.currentTime, total || 0)}
        aria-valuetext={`${formatClock(media.currentTime)} of ${formatClock(total)}`}
        onChange={(event) => source.seek(Number(event.target.value))}
        disabled={total === 0}
      />
      <div className="recording-player__settings">
        <label>
          Speed{' '}
          <select
            value={String(settings.rate)}
            onChange={(event) => {
              const rate = Number(event.target.value);
              if (isPlaybackRate(rate)) updateSettings({ rate });
            }}
          >
            {PLAYBACK_RATES.map((rate) => (
              <option key={rate} value={String(rate)}>
                {rate}×
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="control"
          aria-pressed={settings.muted}
          onClick={() => updateSettings({ muted: !settings.muted })}
        >
          {settings.muted ? 'Unmute' : 'Mute'}
        </button>
        <input
          type="range"
          aria-label="Volume"
          min={0}
          max={1}
          step={0.05}
          value={settings.muted ? 0 : settings.volume}
          aria-valuetext={`${Math.round((settings.muted ? 0 : settings.volume) * 100)}%`}
          onChange={(event) => setVolume(Number(event.target.value))}
        />
        <a className="control recording-player__download" href={proxiedRecordingUrl(callId, true)} download>
          Download
        </a>
      </div>
      <p className="recording-player__status" role="status">
        {source.status.kind === 'renewing'
          ? 'The recording link expired; fetching a fresh one…'
          : media.waiting
            ? 'Loading audio…'
            : ''}
      </p>
      {source.status.kind === 'failed' ? (
        <div className="recording-player__error" role="alert">
          <p>{source.status.message}</p>
          <button type="button" className="control" onClick={source.retry}>
            Try again
          </button>
        </div>
      ) : null}
    </div>
  );
}
