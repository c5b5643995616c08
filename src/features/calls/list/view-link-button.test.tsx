import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAppRoute } from '../../../test/render-app-route';
import { readerTimeZone } from '../../../lib/time-zone';
import { CallLogProvider } from '../use-call-log';
import { ViewLinkButton } from './view-link-button';

afterEach(() => vi.unstubAllGlobals());

const renderButtonAt = (url: string) =>
  renderAppRoute(
    <CallLogProvider>
      <ViewLinkButton />
    </CallLogProvider>,
    url,
  );

describe('ViewLinkButton', () => {
  it('copies the address of the view on screen, without embed, naming the sender’s zone', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderButtonAt('/?range=30d&embed=1&disposition=ANSWERED,VOICEMAIL');

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link to this view' })));

    expect(writeText).toHaveBeenCalledWith(
      `${window.location.origin}/?range=30d&disposition=ANSWERED,VOICEMAIL&tz=${readerTimeZone().intl}`,
    );
    expect(screen.getByRole('status').textContent).toBe('Link copied');
  });

  it('offers, in its menu, the link with "Yesterday" frozen to that day in the zone on screen', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderButtonAt('/?range=yesterday&tz=America/Denver');

    const menuButton = screen.getByRole('button', { name: 'Other ways to copy the link' });
    fireEvent.click(menuButton);
    expect(menuButton.getAttribute('aria-expanded')).toBe('true');
    const copyFixed = await screen.findByRole('button', { name: 'Copy link with fixed dates' });
    expect(screen.getByText(/“Yesterday” becomes/).textContent).toMatch(/Denver \(M[SD]T\)\.$/);
    await act(async () => fireEvent.click(copyFixed));

    const link = new URL(String(writeText.mock.calls[0]?.[0]));
    expect(link.searchParams.get('range')).toBeNull();
    expect(link.searchParams.get('tz')).toBe('America/Denver');
    const start = new Date(link.searchParams.get('start') ?? '');
    const end = new Date(link.searchParams.get('end') ?? '');
    const denverClock = (d: Date) =>
      d.toLocaleTimeString('en-US', { timeZone: 'America/Denver', hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });
    expect([denverClock(start), denverClock(end)]).toEqual(['00:00', '00:00']);
    expect((end.getTime() - start.getTime()) / 3_600_000).toBeGreaterThanOrEqual(23);
    expect((end.getTime() - start.getTime()) / 3_600_000).toBeLessThanOrEqual(25);
    expect(end.getTime()).toBeLessThanOrEqual(Date.now());

    fireEvent.keyDown(copyFixed, { key: 'Escape' });
    expect(menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(menuButton);
  });
});
