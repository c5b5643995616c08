import { expect, test, type Locator, type Page } from '@playwright/test';
import { pastRange } from './support/call-log';

/**
 * The app inside a portal (see the `portal` project in playwright.config.ts and
 * e2e/support/portal-server.mjs): the portal page at http://localhost:P/portal/ frames
 * http://127.0.0.1:P/call-log/?embed=1 through a reverse proxy that strips the prefix.
 * The app runs with BASE_PATH=/call-log/, FRAME_ANCESTORS=http://localhost:P and
 * PUBLIC_URL=http://localhost:P/portal/.
 */

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

type Message =
  | { source: 'call-log'; version: 1; type: 'resize'; height: number }
  | { source: 'call-log'; version: 1; type: 'location'; url: string; publicUrl: string };

const messages = (page: Page) =>
  page.evaluate(() => (window as unknown as { callLogMessages: { origin: string; data: Message }[] }).callLogMessages);

const lastOfType = async <T extends Message['type']>(page: Page, type: T) =>
  (await messages(page)).filter((m) => m.data.type === type).at(-1)?.data as Extract<Message, { type: T }> | undefined;

const range = pastRange();

test('embedded in a portal on another origin: filter, open a call, play it, share it', async ({ page, context, baseURL }) => {
  const portalUrl = baseURL as string; // http://localhost:P/portal/
  const port = new URL(portalUrl).port;
  const frameOrigin = `http://127.0.0.1:${port}`;
  const isDocument = (url: string) => url.startsWith(`${frameOrigin}/call-log/?`);
  const frameDocument = page.waitForResponse((r) => isDocument(r.url()) && r.request().resourceType() === 'document');

  await page.goto(`${portalUrl}?${new URLSearchParams({ start: range.start, end: range.end })}`);
  const csp = (await frameDocument).headers()['content-security-policy'] ?? '';
  expect(csp).toContain(`frame-ancestors http://localhost:${port}`);

  const app = page.frameLocator('iframe[title="Call log"]');
  const table = app.getByRole('table', { name: 'Matching calls' });
  await expect(table.locator('tbody tr[data-call-id]').first()).toBeVisible();
  // Embed mode: no header of its own; filters, table and summary are all there.
  await expect(app.getByRole('banner')).toHaveCount(0);
  await expect(app.getByText('Call log', { exact: true })).toHaveCount(0);
  await expect(app.getByRole('search', { name: 'Filter calls' })).toBeVisible();

  // Filter.
  const answered = page.waitForResponse((r) => {
    const url = new URL(r.url());
    return url.origin === frameOrigin && url.pathname === '/call-log/api/calls' && url.searchParams.get('disposition') === 'ANSWERED';
  });
  await app.getByRole('button', { name: /^Disposition/ }).click();
  await app.getByRole('group', { name: 'Disposition' }).getByRole('checkbox', { name: 'Answered', exact: true }).check();
  const answer = (await (await answered).json()) as {
    data: { calls: { call_id: number; recording_details?: { url?: string | null } | null }[] };
  };
  const recorded = answer.data.calls.find((call) => call.recording_details?.url);
  if (recorded === undefined) throw new Error('no answered call with a recording in the range');
  const id = recorded.call_id;

  // Open the call.
  await table.locator(`tbody tr[data-call-id="${id}"]`).click();
  const drawer = app.getByRole('dialog');
  await expect(drawer).toBeVisible();
  await expect(drawer.getByText(String(id)).first()).toBeVisible();

  // The portal heard where the frame is, and mirrors the shareable address in its own.
  await expect
    .poll(async () => new URL((await lastOfType(page, 'location'))?.url ?? 'http://x.invalid').searchParams.get('call'))
    .toBe(String(id));
  const location = (await lastOfType(page, 'location')) as Extract<Message, { type: 'location' }>;
  const frameUrl = new URL(location.url);
  expect(`${frameUrl.origin}${frameUrl.pathname}`).toBe(`${frameOrigin}/call-log/`);
  expect(frameUrl.searchParams.get('embed')).toBe('1');
  expect(frameUrl.searchParams.get('disposition')).toBe('ANSWERED');
  const shared = new URL(location.publicUrl);
  expect(`${shared.origin}${shared.pathname}`).toBe(portalUrl);
  expect(shared.searchParams.has('embed')).toBe(false);
  expect(shared.searchParams.get('call')).toBe(String(id));
  expect(shared.searchParams.get('disposition')).toBe('ANSWERED');
  expect(shared.searchParams.get('start')).toBe(range.start);
  await expect(page).toHaveURL(location.publicUrl);

  // The frame is sized to the app's content from its resize messages.
  await expect
    .poll(async () => {
      const last = await lastOfType(page, 'resize');
      const content = await app.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
      const frameHeight = await page.locator('iframe').evaluate((frame) => frame.getBoundingClientRect().height);
      return last !== undefined && last.height === content && frameHeight === content && content > 0;
    })
    .toBe(true);
  for (const message of await messages(page)) {
    expect(message.origin).toBe(frameOrigin);
    expect(message.data).toMatchObject({ source: 'call-log', version: 1 });
  }

  // Play the recording, through the portal's proxy.
  const player = drawer.getByRole('group', { name: 'Recording player' });
  await player.getByRole('button', { name: 'Play' }).click();
  const audio = app.locator('audio');
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime), { timeout: 10_000 }).toBeGreaterThan(0.5);
  expect(await audio.evaluate((a: HTMLAudioElement) => a.currentSrc)).toBe(`${frameOrigin}/call-log/api/calls/${id}/recording`);
  await player.getByRole('button', { name: 'Pause' }).click();

  // The copied link is the portal's, and opens the same call there.
  await drawer.getByRole('button', { name: 'Copy link', exact: true }).click();
  await expect(drawer.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  // The portal's address for this call, naming the sender's zone as every copied link does.
  const zone = await app.locator('html').evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  expect(copied).toBe(`${location.publicUrl}&tz=${zone}`);

  const other = await context.newPage();
  await other.goto(copied);
  const otherApp = other.frameLocator('iframe[title="Call log"]');
  await expect(otherApp.getByRole('dialog')).toBeVisible();
  await expect(otherApp.getByRole('dialog').getByText(String(id)).first()).toBeVisible();
  // The open call makes the page behind it inert: the filter is read from its chip and its form.
  await expect(otherApp.getByRole('button', { name: 'Remove Disposition: Answered', exact: true })).toBeVisible();
  await expect(otherApp.locator('input[name="disposition"][value="ANSWERED"]')).toBeChecked();
  await other.close();
});

test('scrolled well down the portal, a call opens in view and its drawer follows the scrolling', async ({ page, baseURL }) => {
  // 100 rows: the frame, sized to its content, is several screens tall.
  await page.goto(`${baseURL as string}?${new URLSearchParams({ start: range.start, end: range.end, limit: '100' })}`);
  const app = page.frameLocator('iframe[title="Call log"]');
  const rows = app.locator('tbody tr[data-call-id]');
  await expect(rows).toHaveCount(100);
  const frame = page.locator('iframe[title="Call log"]');
  await expect.poll(async () => (await frame.boundingBox())?.height ?? 0).toBeGreaterThan(3_500);
  const viewportHeight = page.viewportSize()?.height ?? 0;

  const scrollPortalTo = async (y: number) => {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(y);
  };
  await scrollPortalTo(1_500);

  // A row the reader sees (boxes are in the portal window's coordinates).
  let row: Locator | null = null;
  for (const candidate of await rows.all()) {
    const box = await candidate.boundingBox();
    if (box !== null && box.y > 100 && box.y + box.height < viewportHeight - 100) {
      row = candidate;
      break;
    }
  }
  if (row === null) throw new Error('no row in view');
  const id = (await row.getAttribute('data-call-id')) ?? '';
  await row.click();

  const drawer = app.getByRole('dialog');
  const heading = drawer.getByRole('heading', { level: 2 });
  const close = drawer.getByRole('button', { name: 'Close', exact: true });
  await expect(drawer.getByText(id).first()).toBeVisible();

  /** The panel fills the portal's window, top to bottom; its heading and Close are in it. */
  const drawerInView = async () => {
    const [panel, title, button] = await Promise.all([drawer.boundingBox(), heading.boundingBox(), close.boundingBox()]);
    const inside = (box: typeof panel) => box !== null && box.y >= 0 && box.y + box.height <= viewportHeight;
    return {
      panelTop: Math.round(panel?.y ?? -1),
      panelBottom: Math.round((panel?.y ?? 0) + (panel?.height ?? 0)),
      headingInView: inside(title),
      closeInView: inside(button),
    };
  };
  const filling = { panelTop: 0, panelBottom: viewportHeight, headingInView: true, closeInView: true };
  await expect.poll(drawerInView).toEqual(filling);

  // Further down the portal, the drawer comes along.
  await scrollPortalTo(2_300);
  await expect.poll(drawerInView).toEqual(filling);
  await close.click();
  await expect(drawer).toBeHidden();
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`framed at ${viewport.width}×${viewport.height}, neither the portal nor the app scrolls sideways`, async ({ page, baseURL }) => {
    await page.setViewportSize(viewport);
    await page.goto(`${baseURL as string}?${new URLSearchParams({ start: range.start, end: range.end })}`);
    const app = page.frameLocator('iframe[title="Call log"]');
    const firstCall = app.locator('tbody tr[data-call-id]').first();
    await expect(firstCall).toBeVisible();
    const overflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;
    expect(await page.evaluate(overflow)).toBe(0);
    expect(await app.locator(':root').evaluate(overflow)).toBe(0);
    // The outcome of the first call is in full view inside the frame.
    const frameWidth = await app.locator(':root').evaluate((root) => root.clientWidth);
    const badge = await firstCall.locator('.disposition-badge').evaluate((element) => element.getBoundingClientRect().right);
    expect(badge).toBeLessThanOrEqual(frameWidth);
  });
}

test('a page that FRAME_ANCESTORS does not name cannot frame the app, nor hear from it', async ({ page, baseURL }) => {
  // The same portal page reached as 127.0.0.1: the browser refuses to frame the app at
  // all (frame-ancestors), and the app would not post to that origin anyway.
  const port = new URL(baseURL as string).port;
  const frameDocument = page.waitForResponse((r) => r.url().startsWith(`http://127.0.0.1:${port}/call-log/?`));
  await page.goto(`http://127.0.0.1:${port}/portal/`);
  await frameDocument;
  await page.waitForTimeout(1_000);
  expect(await messages(page)).toEqual([]);
  await expect(page.frameLocator('iframe[title="Call log"]').getByRole('table', { name: 'Matching calls' })).toHaveCount(0);
});
