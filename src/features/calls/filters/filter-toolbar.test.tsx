/**
 * The filter toolbar as a reader uses it: its menus open, close on Escape and give focus
 * back; chips say what narrows the calls, and removing one clears just that filter from
 * the address without losing the reader's place.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { makeCall, makeEnvelope } from '../../../test/fixtures';
import { EMPTY_CATALOG, server, setupMockApi } from '../../../test/msw';
import { callQueries } from '../api/call-queries';
import { renderToolbar } from './test-toolbar';

setupMockApi();

const chip = (name: string) => screen.getByRole('button', { name: `Remove ${name}` });
const chipNames = () =>
  screen.queryAllByRole('button', { name: /^Remove / }).map((button) => button.getAttribute('aria-label'));
// The chips are a chunk of their own, loaded when some filter is in force.
const chipsLoaded = () => screen.findByRole('list', { name: 'Active filters' });
const moreFilters = () => screen.getByRole('button', { name: /^More filters/ });
const dispositionButton = () => screen.getByRole('button', { name: /^Disposition/ });

describe('the filter toolbar', () => {
  it('shows each filter in force as a chip, and counts them on the menus that hold them', async () => {
    const view = renderToolbar('/?range=30d&disposition=VOICEMAIL,ANSWERED&campaign_id=311&caller_id=18015551234');
    await chipsLoaded();
    expect(chipNames()).toEqual([
      'Remove Disposition: Answered, Voicemail',
      'Remove Campaign: 311',
      'Remove Caller number: +1 (801) 555-1234',
    ]);
    expect(dispositionButton().textContent).toContain('2 chosen');
    expect(moreFilters().textContent).toContain('2 active');

    // Once loaded calls have named the campaign, its chip says the name too.
    const query = callQueries.list({ start: '2026-02-01T00:00:00Z', limit: 25, offset: 0 }).queryKey;
    view.queryClient.setQueryData(query, makeEnvelope([makeCall({ campaign_id: 311, campaign_name: 'Spring promo' })], 1));
    expect(await screen.findByRole('button', { name: 'Remove Campaign: Spring promo (311)' })).toBeTruthy();
  });

  it('has no chips and no "Clear all" when nothing narrows the calls', () => {
    renderToolbar('/?range=30d');
    expect(chipNames()).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Clear all' })).toBeNull();
    expect(screen.queryByRole('list', { name: 'Active filters' })).toBeNull();
  });

  it('clears only the removed chip’s filter, moving focus to the next chip, then the previous, then "More filters"', async () => {
    const view = renderToolbar('/?range=30d&disposition=BUSY&campaign_id=311&caller_id=18015551234');
    await chipsLoaded();
    const campaign = chip('Campaign: 311');
    campaign.focus();
    fireEvent.click(campaign);
    await waitFor(() => expect(view.search().has('campaign_id')).toBe(false));
    expect(view.search().get('disposition')).toBe('BUSY');
    expect(view.search().get('caller_id')).toBe('18015551234');
    expect(view.search().get('range')).toBe('30d');
    expect(document.activeElement).toBe(chip('Caller number: +1 (801) 555-1234'));
    await waitFor(() => expect(chipNames()).toHaveLength(2));

    fireEvent.click(chip('Caller number: +1 (801) 555-1234'));
    await waitFor(() => expect(view.search().has('caller_id')).toBe(false));
    expect(document.activeElement).toBe(chip('Disposition: Busy'));

    fireEvent.click(chip('Disposition: Busy'));
    await waitFor(() => expect(view.search().has('disposition')).toBe(false));
    expect(document.activeElement).toBe(moreFilters());
    await waitFor(() => expect(chipNames()).toEqual([]));
  });

  it('"Clear all" clears every chip filter, keeps the date range, and leaves focus on "More filters"', async () => {
    const view = renderToolbar('/?range=30d&disposition=BUSY&ring_to=18015550150&portal=keep');
    await chipsLoaded();
    fireEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    await waitFor(() => expect(view.search().toString()).toBe('range=30d&portal=keep'));
    expect(document.activeElement).toBe(moreFilters());
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Clear all' })).toBeNull());
  });

  it('opens the Disposition menu from its button; Escape closes it and gives focus back, as does a click elsewhere', async () => {
    const view = renderToolbar('/?range=30d');
    expect(screen.queryByRole('checkbox', { name: 'Answered' })).toBeNull();
    fireEvent.click(dispositionButton());
    expect(dispositionButton().getAttribute('aria-expanded')).toBe('true');
    // The checkboxes are a chunk of their own, there once it lands.
    const answered = await screen.findByRole('checkbox', { name: 'Answered' });
    expect(screen.getAllByRole('checkbox')).toHaveLength(7);
    fireEvent.click(answered);
    await waitFor(() => expect(view.search().get('disposition')).toBe('ANSWERED'));

    answered.focus();
    fireEvent.keyDown(answered, { key: 'Escape' });
    expect(document.activeElement).toBe(dispositionButton());
    expect(dispositionButton().getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('checkbox', { name: 'Answered' })).toBeNull();

    fireEvent.click(dispositionButton());
    expect(screen.getByRole('checkbox', { name: 'Answered' })).toBeTruthy();
    fireEvent.pointerDown(document.body);
    expect(dispositionButton().getAttribute('aria-expanded')).toBe('false');
  });

  it('finds the rarely used fields behind "More filters"; Escape closes it, gives focus back and sends what was typed', async () => {
    const view = renderToolbar('/?range=30d');
    // Out of the way until asked for: not in the accessibility tree while closed.
    expect(screen.queryByRole('textbox', { name: 'Campaign' })).toBeNull();
    fireEvent.click(moreFilters());
    // Its fields are a chunk of their own, loaded when the panel first opens.
    expect(await screen.findByRole('textbox', { name: 'Call id' })).toBeTruthy();
    for (const name of ['Caller number', 'Tracking number', 'Ring-to number']) {
      expect(screen.getByRole('textbox', { name })).toBeTruthy();
    }
    for (const name of ['Org unit', 'Campaign', 'Call flow']) expect(screen.getByRole('combobox', { name })).toBeTruthy();
    const campaign = screen.getByLabelText('Campaign');
    campaign.focus();
    fireEvent.change(campaign, { target: { value: '305' } });
    fireEvent.keyDown(campaign, { key: 'Escape' });
    expect(document.activeElement).toBe(moreFilters());
    expect(moreFilters().getAttribute('aria-expanded')).toBe('false');
    await waitFor(() => expect(view.search().get('campaign_id')).toBe('305'));

    // An invalid draft stays in its field, with its message, while the menu is closed and opened again.
    fireEvent.click(moreFilters());
    const caller = screen.getByRole('textbox', { name: 'Caller number' });
    fireEvent.change(caller, { target: { value: '555-CALL' } });
    fireEvent.click(moreFilters());
    fireEvent.click(moreFilters());
    expect((screen.getByRole('textbox', { name: 'Caller number' }) as HTMLInputElement).value).toBe('555-CALL');
    expect(screen.getByText('Digits and + only')).toBeTruthy();
    expect(view.search().has('caller_id')).toBe(false);
  });

  it('asks for the catalogue when "More filters" first opens, and names the chips and fields from it', async () => {
    let asked = 0;
    server.use(
      http.get('*/api/catalog', () => {
        asked += 1;
        return HttpResponse.json({ ...EMPTY_CATALOG, callFlows: [{ id: 1022, name: 'Storm Damage - Google Ads', calls: 5 }] });
      }),
    );
    renderToolbar('/?range=30d&provisioned_route_id=1022');
    await chipsLoaded();
    // No list asked for in this toolbar alone: the chip shows the id, and the catalogue is not asked for.
    expect(chipNames()).toEqual(['Remove Call flow: 1022']);
    await new Promise((r) => setTimeout(r, 50));
    expect(asked).toBe(0);

    fireEvent.click(moreFilters());
    expect(await screen.findByRole('button', { name: 'Remove Call flow: Storm Damage - Google Ads (1022)' })).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Call flow' }) as HTMLInputElement).value).toBe('Storm Damage - Google Ads');
    expect(asked).toBe(1);
  });

  it('counts on "Filters" (the phone\'s one button) the filters in force, one per chip, and unfolds what it holds', async () => {
    renderToolbar('/?range=30d&disposition=VOICEMAIL,ANSWERED&campaign_id=311');
    await chipsLoaded();
    const fold = screen.getByRole('button', { name: /^Filters/ });
    expect(fold.textContent).toContain('2 active');
    expect(fold.getAttribute('aria-expanded')).toBe('false');
    const panel = document.getElementById(fold.getAttribute('aria-controls')!)!;
    expect(panel.contains(dispositionButton())).toBe(true);
    expect(panel.contains(moreFilters())).toBe(true);
    fireEvent.click(fold);
    expect(fold.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hasAttribute('data-open')).toBe(true);
  });
});
