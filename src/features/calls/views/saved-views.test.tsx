/**
 * The "Views" menu: built-in views, saving what is on screen, restoring, renaming and
 * deleting, and storage that is corrupt or blocked.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupMockApi } from '../../../test/msw';
import { renderAppRoute } from '../../../test/render-app-route';
import { CallLogProvider } from '../use-call-log';
import { SAVED_VIEWS_KEY } from './saved-views-store';
import { SavedViewsMenu } from './saved-views-menu';

setupMockApi();

const renderMenu = (url: string) =>
  renderAppRoute(
    <CallLogProvider>
      <SavedViewsMenu />
    </CallLogProvider>,
    url,
  );

async function openViews() {
  fireEvent.click(screen.getByRole('button', { name: 'Views', expanded: false }));
  // The menu's body arrives as a chunk of its own.
  return screen.findByRole('textbox', { name: 'Name for what is on screen' });
}

const stored = () => JSON.parse(window.localStorage.getItem(SAVED_VIEWS_KEY) ?? 'null');
const seed = (value: unknown) => window.localStorage.setItem(SAVED_VIEWS_KEY, JSON.stringify(value));

beforeEach(() => window.localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('saved views', () => {
  it('restores a built-in view from page 1 and closes the menu', async () => {
    const page = renderMenu('/?range=30d&page=4&call=12');
    await openViews();
    fireEvent.click(screen.getByRole('button', { name: 'Missed today' }));
    await vi.waitFor(() => {
      expect(page.search().get('range')).toBe('today');
      expect(page.search().get('disposition')).toBe('NO ANSWER,BUSY,FAILED,ABANDONED');
      expect(page.search().has('page')).toBe(false);
      expect(page.search().has('call')).toBe(false);
    });
    // The menu closes and gives focus back to its button.
    expect(screen.getByRole('button', { name: 'Views' }).getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Views' }));
  });

  it('saves the filters, columns, zone and page size under a name, and restores them', async () => {
    const page = renderMenu('/?range=30d&disposition=VOICEMAIL&cols=started,caller&tz=utc&limit=50&page=3&live=1');
    await openViews();
    const name = screen.getByRole('textbox', { name: 'Name for what is on screen' });
    fireEvent.change(name, { target: { value: '  Voicemail, month  ' } });
    fireEvent.keyDown(name, { key: 'Enter' });

    const record = stored();
    expect(record.version).toBe(1);
    expect(record.views).toHaveLength(1);
    expect(record.views[0].name).toBe('Voicemail, month');
    const search = new URLSearchParams(record.views[0].search);
    expect(Object.fromEntries(search)).toEqual({
      range: '30d',
      disposition: 'VOICEMAIL',
      cols: 'started,caller',
      tz: 'utc',
      limit: '50',
    });

    fireEvent.click(screen.getByRole('button', { name: 'Voicemails, last 7 days' }));
    await vi.waitFor(() => expect(page.search().get('range')).toBe('7d'));
    await openViews();
    fireEvent.click(screen.getByRole('button', { name: 'Voicemail, month' }));
    await vi.waitFor(() => {
      expect(page.search().get('range')).toBe('30d');
      expect(page.search().get('cols')).toBe('started,caller');
      expect(page.search().get('limit')).toBe('50');
    });
  });

  it('renames and deletes a saved view', async () => {
    seed({ version: 1, views: [{ id: 'a', name: 'Sales', search: '?campaign_id=301' }] });
    renderMenu('/');
    await openViews();
    fireEvent.click(screen.getByRole('button', { name: 'Rename Sales' }));
    const field = screen.getByRole('textbox', { name: 'New name for Sales' });
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: 'Sales calls' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(stored().views[0]).toEqual({ id: 'a', name: 'Sales calls', search: '?campaign_id=301' });
    expect(screen.getByRole('button', { name: 'Sales calls' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Delete Sales calls' }));
    expect(stored().views).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Sales calls' })).toBeNull();
    expect(screen.getByText('Deleted Sales calls.').getAttribute('role')).toBe('status');
    // Focus does not fall to the page with the removed row: it goes to the field for a new view.
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name for what is on screen' }));
  });

  it('asks for a name rather than saving a view without one', async () => {
    renderMenu('/');
    await openViews();
    fireEvent.click(screen.getByRole('button', { name: 'Save view' }));
    expect(screen.getByText('Give the view a name.')).toBeTruthy();
    expect(stored()).toBeNull();
  });

  it.each([
    ['not JSON', '{"version":1,"views":[{'],
    ['a version it does not know', JSON.stringify({ version: 2, views: [] })],
    ['views of the wrong shape', JSON.stringify({ version: 1, views: [{ id: 'a', name: '' }] })],
  ])('says it could not read views stored as %s, and still offers the built-in ones', async (_, raw) => {
    window.localStorage.setItem(SAVED_VIEWS_KEY, raw);
    renderMenu('/');
    await openViews();
    expect(screen.getByText(/Your saved views could not be read/)).toBeTruthy();
    const builtIn = screen.getByRole('list', { name: 'Built-in views' });
    expect(within(builtIn).getByRole('button', { name: 'Missed today' })).toBeTruthy();
  });

  it('keeps working when the browser blocks storage, and says a saved view will not last', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    renderMenu('/?range=today');
    await openViews();
    expect(screen.getByText(/Your saved views could not be read/)).toBeTruthy();
    const name = screen.getByRole('textbox', { name: 'Name for what is on screen' });
    fireEvent.change(name, { target: { value: 'Today' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save view' }));
    expect(screen.getByRole('alert').textContent).toMatch(/would not keep saved views/);
    expect(screen.getByRole('button', { name: 'Today' })).toBeTruthy();
  });
});
