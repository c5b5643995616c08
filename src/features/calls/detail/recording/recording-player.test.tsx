import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecordingDetails } from '../../../../contract/call';
import { makeApiError, makeCall } from '../../../../test/fixtures';
import { server, setupMockApi } from '../../../../test/msw';
import { renderWithQueries } from '../../../../test/render';
import { PLAYER_SETTINGS_KEY } from './player-settings';
import { RecordingPlayer } from './recording-player';
import { resetPlayerSettingsCache } from './use-player-settings';

setupMockApi();

const CALL_ID = 4242;
const nowS = () => Math.floor(Date.now() / 1000);
const details = (url: string, expiresAt: number): RecordingDetails => ({
  recording_id: 1,
  url,
  expires_at: expiresAt,
  format: 'wav',
  duration: '00:01:00.00',
});

/**
 * jsdom has no media engine: this gives every <audio> the few behaviours the player
 * relies on (play, pause, load, a duration, a position) and the events they fire.
 */
const calls = { play: 0, load: 0 };
beforeEach(() => {
  localStorage.clear();
  resetPlayerSettingsCache();
  calls.play = 0;
  calls.load = 0;
  const paused = new WeakMap<HTMLMediaElement, boolean>();
  const position = new WeakMap<HTMLMediaElement, number>();
  vi.spyOn(HTMLMediaElement.prototype, 'paused', 'get').mockImplementation(function (this: HTMLMediaElement) {
    return paused.get(this) ?? true;
  });
  vi.spyOn(HTMLMediaElement.prototype, 'duration', 'get').mockReturnValue(60);
  vi.spyOn(HTMLMediaElement.prototype, 'readyState', 'get').mockReturnValue(4);
  vi.spyOn(HTMLMediaElement.prototype, 'currentTime', 'get').mockImplementation(function (this: HTMLMediaElement) {
    return position.get(this) ?? 0;
  });
  vi.spyOn(HTMLMediaElement.prototype, 'currentTime', 'set').mockImplementation(function (this: HTMLMediaElement, v: number) {
    position.set(this, v);
    this.dispatchEvent(new Event('timeupdate'));
  });
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(function (this: HTMLMediaElement) {
    calls.play += 1;
    paused.set(this, false);
    this.dispatchEvent(new Event('play'));
    this.dispatchEvent(new Event('playing'));
    return Promise.resolve();
  });
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(function (this: HTMLMediaElement) {
    paused.set(this, true);
    this.dispatchEvent(new Event('pause'));
  });
  vi.spyOn(HTMLMediaElement.prototype, 'load').mockImplementation(function (this: HTMLMediaElement) {
    calls.load += 1;
    // A new source starts paused at 0, as a real element does.
    paused.set(this, true);
    position.set(this, 0);
  });
});
afterEach(() => vi.restoreAllMocks());

function mockMeta(recordingPlayback: 'direct' | 'proxy' = 'direct') {
  server.use(http.get('*/api/meta', () => HttpResponse.json({ upstream: 'sandbox', recordingPlayback })));
}

/** Answers the re-fetch of the call with a fresh link, counting the requests. */
function mockFreshLink(url = 'https://rec.example/fresh.wav') {
  const requests: URL[] = [];
  server.use(
    http.get(`*/api/calls/${CALL_ID}`, ({ request }) => {
      requests.push(new URL(request.url));
      return HttpResponse.json({ call: makeCall({ call_id: CALL_ID, recording_details: details(url, nowS() + 7 * 86400) }) });
    }),
  );
  return requests;
}

const audio = () => document.querySelector('audio') as HTMLAudioElement;
const metadataLoaded = () => act(() => void audio().dispatchEvent(new Event('loadedmetadata')));

/**
 * What a real element does when its source changes (the HTML load algorithm): its speed
 * goes back to its default speed, then the new source's metadata arrives.
 */
const newSourceLoads = () =>
  act(() => {
    const element = audio();
    element.playbackRate = element.defaultPlaybackRate;
    element.dispatchEvent(new Event('loadstart'));
    element.dispatchEvent(new Event('loadedmetadata'));
  });
const speed = () => screen.getByRole('combobox', { name: 'Speed' }) as HTMLSelectElement;

async function renderPlayer(recording: RecordingDetails, callId = CALL_ID) {
  const view = renderWithQueries(<RecordingPlayer callId={callId} recording={recording} />);
  await screen.findByRole('group', { name: 'Recording player' });
  return view;
}

describe('RecordingPlayer', () => {
  it('plays a valid link without fetching anything', async () => {
    mockMeta();
    const requests = mockFreshLink();
    await renderPlayer(details('https://rec.example/a.wav', nowS() + 3600));
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(calls.play).toBe(1));
    expect(requests).toHaveLength(0);
    expect(audio().getAttribute('src')).toBe('https://rec.example/a.wav');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
  });

  it('renews an expired link before playing', async () => {
    mockMeta();
    const requests = mockFreshLink();
    await renderPlayer(details('https://rec.example/old.wav', nowS() - 10));
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(audio().getAttribute('src')).toBe('https://rec.example/fresh.wav'));
    expect(requests).toHaveLength(1);
    expect(requests[0]?.searchParams.get('include')).toBe('recordings');
    await metadataLoaded();
    expect(calls.play).toBe(1);
  });

  it('plays the fresh link when the old source reports its metadata while the fresh one is fetched', async () => {
    mockMeta();
    mockFreshLink();
    await renderPlayer(details('https://rec.example/old.wav', nowS() - 10));
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    await metadataLoaded(); // the old source, opened with the drawer, finishes loading its metadata now
    await waitFor(() => expect(audio().getAttribute('src')).toBe('https://rec.example/fresh.wav'));
    const playsBefore = calls.play;
    await newSourceLoads();
    expect(calls.play).toBe(playsBefore + 1);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
  });

  it('renews a link about to expire before a seek, and lands where asked', async () => {
    mockMeta();
    const requests = mockFreshLink();
    await renderPlayer(details('https://rec.example/old.wav', nowS() + 5));
    fireEvent.change(screen.getByRole('slider', { name: 'Position' }), { target: { value: '30' } });
    await waitFor(() => expect(audio().getAttribute('src')).toBe('https://rec.example/fresh.wav'));
    await metadataLoaded();
    expect(requests).toHaveLength(1);
    expect(audio().currentTime).toBe(30);
    expect(calls.play).toBe(0);
  });

  it('lands at the latest seek made while a fresh link is on its way', async () => {
    mockMeta();
    let answer: () => void = () => {};
    const held = new Promise<void>((resolve) => (answer = resolve));
    server.use(
      http.get(`*/api/calls/${CALL_ID}`, async () => {
        await held;
        return HttpResponse.json({
          call: makeCall({ call_id: CALL_ID, recording_details: details('https://rec.example/fresh.wav', nowS() + 86400) }),
        });
      }),
    );
    await renderPlayer(details('https://rec.example/a.wav', nowS() + 3600));
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(calls.play).toBe(1));
    act(() => {
      audio().currentTime = 40;
    });
    act(() => void audio().dispatchEvent(new Event('error'))); // the link expired mid-stream
    await screen.findByText(/fetching a fresh one/);
    fireEvent.change(screen.getByRole('slider', { name: 'Position' }), { target: { value: '12' } });
    act(() => void audio().dispatchEvent(new Event('error'))); // the old source fails again meanwhile
    answer();

    await waitFor(() => expect(audio().getAttribute('src')).toBe('https://rec.example/fresh.wav'));
    await metadataLoaded();
    expect(audio().currentTime).toBe(12);
    expect(calls.play).toBe(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('after a media error while playing, renews once and resumes at the same position', async () => {
    mockMeta();
    const requests = mockFreshLink();
    await renderPlayer(details('https://rec.example/a.wav', nowS() + 3600));
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(calls.play).toBe(1));
    act(() => {
      audio().currentTime = 42;
    });

    act(() => void audio().dispatchEvent(new Event('error'))); // e.g. 410 Gone mid-stream
    await waitFor(() => expect(audio().getAttribute('src')).toBe('https://rec.example/fresh.wav'));
    await metadataLoaded();
    expect(requests).toHaveLength(1);
    expect(audio().currentTime).toBe(42);
    expect(calls.play).toBe(2);
  });

  it('after a media error while paused, resumes at the same position, still paused', async () => {
    mockMeta();
    mockFreshLink();
    await renderPlayer(details('https://rec.example/a.wav', nowS() + 3600));
    act(() => {
      audio().currentTime = 17;
    });
    act(() => void audio().dispatchEvent(new Event('error')));
    await waitFor(() => expect(audio().getAttribute('src')).toBe('https://rec.example/fresh.wav'));
    await metadataLoaded();
    expect(audio().currentTime).toBe(17);
    expect(calls.play).toBe(0);
  });

  it('explains a failed renewal and recovers on retry', async () => {
    mockMeta();
    server.use(
      http.get(`*/api/calls/${CALL_ID}`, () =>
        HttpResponse.json(makeApiError({ status: 502, code: 'upstream_error', message: 'Convirza answered with an error (503).' }), {
          status: 502,
        }),
      ),
    );
    await renderPlayer(details('https://rec.example/old.wav', nowS() - 10));
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('A fresh recording link could not be fetched');
    expect(alert.textContent).toContain('Convirza answered with an error (503).');

    mockFreshLink();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(audio().getAttribute('src')).toBe('https://rec.example/fresh.wav'));
    await metadataLoaded();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(calls.play).toBe(1);
  });

  it('does not renew in a loop when the fresh link fails at once', async () => {
    mockMeta();
    const requests = mockFreshLink();
    await renderPlayer(details('https://rec.example/a.wav', nowS() + 3600));
    act(() => void audio().dispatchEvent(new Event('error')));
    await waitFor(() => expect(audio().getAttribute('src')).toBe('https://rec.example/fresh.wav'));
    act(() => void audio().dispatchEvent(new Event('error')));
    expect((await screen.findByRole('alert')).textContent).toContain('could not be played');
    expect(requests).toHaveLength(1);
  });

  // The fresh link is in the player's state, but the element still holds the old source
  // until React renders: a late error of that old source is not the fresh one failing.
  it('plays the fresh link when the old source fails again before the swap renders', async () => {
    mockMeta();
    mockFreshLink();
    await renderPlayer(details('https://rec.example/old.wav', nowS() - 10));
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(audio().getAttribute('src')).toBe('https://rec.example/fresh.wav'));
    act(() => {
      audio().setAttribute('src', 'https://rec.example/old.wav');
      audio().dispatchEvent(new Event('error'));
      audio().setAttribute('src', 'https://rec.example/fresh.wav');
    });
    await metadataLoaded();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(calls.play).toBe(1);
  });

  it('answers the keyboard when focused: Space plays and pauses, arrows move and change volume', async () => {
    mockMeta();
    mockFreshLink();
    await renderPlayer(details('https://rec.example/a.wav', nowS() + 3600));
    const player = screen.getByRole('group', { name: 'Recording player' });
    player.focus();
    fireEvent.keyDown(player, { key: ' ' });
    await waitFor(() => expect(calls.play).toBe(1));
    fireEvent.keyDown(player, { key: 'ArrowRight' });
    expect(audio().currentTime).toBe(5);
    fireEvent.keyDown(player, { key: 'ArrowDown' });
    expect(audio().volume).toBeCloseTo(0.9);
    fireEvent.keyDown(player, { key: ' ' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy());
  });

  it('skips 10 seconds and changes speed', async () => {
    mockMeta();
    mockFreshLink();
    await renderPlayer(details('https://rec.example/a.wav', nowS() + 3600));
    fireEvent.click(screen.getByRole('button', { name: 'Forward 10 seconds' }));
    fireEvent.click(screen.getByRole('button', { name: 'Forward 10 seconds' }));
    fireEvent.click(screen.getByRole('button', { name: 'Back 10 seconds' }));
    expect(audio().currentTime).toBe(10);
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), { target: { value: '1.5' } });
    expect(audio().playbackRate).toBe(1.5);
  });

  it('streams through the server in proxy mode, and downloads through it in any mode', async () => {
    mockMeta('proxy');
    const requests = mockFreshLink();
    await renderPlayer(details('https://rec.example/a.wav', nowS() - 10));
    await waitFor(() => expect(audio().getAttribute('src')).toMatch(new RegExp(`/api/calls/${CALL_ID}/recording$`)));
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(calls.play).toBe(1));
    expect(requests).toHaveLength(0);
    expect(screen.getByRole('link', { name: 'Download' }).getAttribute('href')).toMatch(
      new RegExp(`/api/calls/${CALL_ID}/recording\\?download=1$`),
    );
  });
});

describe('RecordingPlayer settings', () => {
  it('keeps 1.5× across a link renewal after a media error while playing', async () => {
    mockMeta();
    mockFreshLink();
    await renderPlayer(details('https://rec.example/a.wav', nowS() + 3600));
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    fireEvent.change(speed(), { target: { value: '1.5' } });
    expect(audio().playbackRate).toBe(1.5);

    act(() => void audio().dispatchEvent(new Event('error')));
    await waitFor(() => expect(audio().getAttribute('src')).toBe('https://rec.example/fresh.wav'));
    await newSourceLoads();
    expect(audio().playbackRate).toBe(1.5);
    expect(speed().value).toBe('1.5');
  });

  it('keeps 2× when playing resumes after the link expired', async () => {
    mockMeta();
    mockFreshLink();
    await renderPlayer(details('https://rec.example/old.wav', nowS() + 3600));
    fireEvent.change(speed(), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(calls.play).toBe(1));
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    // Paused long enough for the link to expire, then played again.
    vi.spyOn(Date, 'now').mockReturnValue((nowS() + 7200) * 1000);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(audio().getAttribute('src')).toBe('https://rec.example/fresh.wav'));
    await newSourceLoads();
    expect(calls.play).toBe(2);
    expect(audio().playbackRate).toBe(2);
  });

  it('keeps a speed chosen before the first Play, when Play has to renew the link first', async () => {
    mockMeta();
    mockFreshLink();
    await renderPlayer(details('https://rec.example/old.wav', nowS() - 10));
    fireEvent.change(speed(), { target: { value: '1.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(() => expect(audio().getAttribute('src')).toBe('https://rec.example/fresh.wav'));
    await newSourceLoads();
    expect(calls.play).toBe(1);
    expect(audio().playbackRate).toBe(1.5);
  });

  it('remembers speed, volume and mute for the next call and the next visit', async () => {
    mockMeta();
    mockFreshLink();
    const first = await renderPlayer(details('https://rec.example/a.wav', nowS() + 3600));
    fireEvent.change(speed(), { target: { value: '1.25' } });
    fireEvent.change(screen.getByRole('slider', { name: 'Volume' }), { target: { value: '0.4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mute' }));
    first.unmount();

    await renderPlayer(details('https://rec.example/b.wav', nowS() + 3600), CALL_ID + 1);
    expect(audio().playbackRate).toBe(1.25);
    expect(audio().defaultPlaybackRate).toBe(1.25);
    expect(audio().volume).toBeCloseTo(0.4);
    expect(audio().muted).toBe(true);
    expect(speed().value).toBe('1.25');
    expect(screen.getByRole('button', { name: 'Unmute' }).getAttribute('aria-pressed')).toBe('true');
    expect(JSON.parse(localStorage.getItem(PLAYER_SETTINGS_KEY)!)).toEqual({ version: 1, rate: 1.25, volume: 0.4, muted: true });
  });

  it('plays at the defaults when what is stored cannot be read', async () => {
    localStorage.setItem(PLAYER_SETTINGS_KEY, '{"version":1,"rate":9,"volume":"loud"');
    mockMeta();
    mockFreshLink();
    await renderPlayer(details('https://rec.example/a.wav', nowS() + 3600));
    expect(audio().playbackRate).toBe(1);
    expect(audio().volume).toBe(1);
    expect(speed().value).toBe('1');
  });

  it('still changes speed for this page when the browser blocks storage', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    mockMeta();
    mockFreshLink();
    await renderPlayer(details('https://rec.example/a.wav', nowS() + 3600));
    fireEvent.change(speed(), { target: { value: '1.75' } });
    expect(audio().playbackRate).toBe(1.75);
  });
});
