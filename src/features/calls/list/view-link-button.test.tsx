import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAppRoute } from '../../../test/render-app-route';
import { ViewLinkButton } from './view-link-button';

afterEach(() => vi.unstubAllGlobals());

describe('ViewLinkButton', () => {
  it('copies the address of the view on screen, without embed', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderAppRoute(<ViewLinkButton />, '/?range=30d&embed=1&disposition=ANSWERED,VOICEMAIL');

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link to this view' })));

    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?range=30d&disposition=ANSWERED,VOICEMAIL`);
    expect(screen.getByRole('status').textContent).toBe('Link copied');
  });
});
