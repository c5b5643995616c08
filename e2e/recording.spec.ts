import type { Page } from '@playwright/test';
import { apiPathname, expect, test } from './support/app';

/**
 * Runs against a server whose sandbox signs recording links for a few seconds only
 * (see the `recording-expiry` project in playwright.config.ts), so the player's renewal
 * of expired links can be watched in real time.
 */

interface ListAnswer {
  data: { calls: { call_id: number; recording_details?: { url?: string | null } | null }[] };
}

async function recordedCallId(page: Page): Promise<number> {
  const answer = await page.request.get('api/calls?limit=50&disposition=ANSWERED&include=recordings');
  expect(answer.ok()).toBe(true);
  const call = ((await answer.json()) as ListAnswer).data.calls.find((c) => c.recording_details?.url);
  if (!call) throw new Error('no recorded call in the sandbox answer');
  return call.call_id;
}

const position = (page: Page) => page.locator('audio').evaluate((audio: HTMLAudioElement) => audio.currentTime);
const isPlaying = (page: Page) => page.locator('audio').evaluate((audio: HTMLAudioElement) => !audio.paused);
/** When the signed link playing now expires (its `expires`, in seconds). */
const linkExpiry = (page: Page) =>
  page
    .locator('audio')
    .evaluate((audio: HTMLAudioElement) => Number(new URL(audio.currentSrc).searchParams.get('expires')) * 1000);

test('playback continues after the recording link expires, with a fresh link fetched', async ({ page }) => {
  const id = await recordedCallId(page);
  /** Re-fetches of this call's recording section: how the player renews its link. */
  const renewals: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === apiPathname(`calls/${id}`) && url.searchParams.get('include') === 'recordings') renewals.push(url.href);
  });

  await page.goto(`?call=${id}`);
  const player = page.getByRole('group', { name: 'Recording player' });
  await expect(player).toBeVisible();
  await player.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => position(page), { timeout: 10_000 }).toBeGreaterThan(0.5);
  expect(await isPlaying(page)).toBe(true);

  // Let the link expire (the sandbox signs them for a few seconds), then seek. Waited for
  // by the link's own expiry and the position played, not a fixed time: on a busy machine
  // playback may start late or pause for data.
  const before = renewals.length;
  const expiresAtMs = await linkExpiry(page);
  expect(expiresAtMs, 'the expiry of the link playing').toBeGreaterThan(Date.now() - 60_000);
  await expect
    .poll(async () => Date.now() > expiresAtMs && (await position(page)) > 4, {
      message: 'the link has expired and playback is past 4 s',
      timeout: 15_000,
    })
    .toBe(true);
  const playedTo = await position(page);
  expect(playedTo).toBeGreaterThan(4);
  // Seek back to the start. (The player may already have renewed the link by itself,
  // when the browser's next range request met the 410: either way it must land here.)
  await player.getByRole('button', { name: 'Back 10 seconds' }).click();

  // A fresh link was fetched, playback lands where the seek asked (the old source plays
  // on until the fresh one has loaded), and carries on from there.
  await expect.poll(() => renewals.length, { timeout: 10_000 }).toBeGreaterThan(before);
  await expect.poll(() => position(page), { timeout: 10_000 }).toBeLessThan(2);
  const landed = await position(page);
  await expect.poll(() => isPlaying(page), { timeout: 10_000 }).toBe(true);
  await expect.poll(() => position(page), { timeout: 10_000 }).toBeGreaterThan(landed + 0.5);
  await expect(player.getByRole('alert')).toHaveCount(0);
});

test('a chosen speed survives the link’s renewal, and the next visit', async ({ page }) => {
  const id = await recordedCallId(page);
  await page.goto(`?call=${id}`);
  const player = page.getByRole('group', { name: 'Recording player' });
  await expect(player).toBeVisible();
  // Chosen before the first Play.
  await player.getByRole('combobox', { name: 'Speed' }).selectOption('1.5');
  const firstSrc = await page.locator('audio').getAttribute('src');
  const expiresAtMs = await linkExpiry(page);
  await player.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => position(page), { timeout: 10_000 }).toBeGreaterThan(0.5);
  const rate = () => page.locator('audio').evaluate((audio: HTMLAudioElement) => audio.playbackRate);
  expect(await rate()).toBe(1.5);

  // Past the link's expiry, a seek needs a fresh link: a new source for the element.
  await expect.poll(() => Date.now() > expiresAtMs, { timeout: 15_000 }).toBe(true);
  await player.getByRole('button', { name: 'Back 10 seconds' }).click();
  await expect.poll(() => page.locator('audio').getAttribute('src'), { timeout: 10_000 }).not.toBe(firstSrc);
  await expect.poll(() => isPlaying(page), { timeout: 10_000 }).toBe(true);
  expect(await rate()).toBe(1.5);
  await expect(player.getByRole('combobox', { name: 'Speed' })).toHaveValue('1.5');

  // Remembered by this browser: a reload plays at the same speed.
  await page.reload();
  await expect(page.getByRole('group', { name: 'Recording player' }).getByRole('combobox', { name: 'Speed' })).toHaveValue('1.5');
  await expect.poll(rate).toBe(1.5);
});

