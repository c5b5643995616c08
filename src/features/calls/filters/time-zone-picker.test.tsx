/**
 * The zone picker as a reader uses it: the zone a link brought is shown and checked, and
 * any other zone is found by typing and chosen from the keyboard alone.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readerTimeZone } from '../../../lib/time-zone';
import { renderAppRoute } from '../../../test/render-app-route';
import { CallLogProvider, useCallLog } from '../use-call-log';
import { TimeZonePicker } from './time-zone-picker';

function PickerOnPage() {
  const { timeZone, setTimeZone } = useCallLog();
  return <TimeZonePicker zone={timeZone} onChange={setTimeZone} />;
}

const renderPicker = (url: string) =>
  renderAppRoute(
    <CallLogProvider>
      <PickerOnPage />
    </CallLogProvider>,
    url,
  );

const otherZone = () => screen.getByRole('button', { name: 'Other zone…' });
const activeOption = (input: HTMLElement) => {
  const id = input.getAttribute('aria-activedescendant');
  return id === null ? null : document.getElementById(id);
};

async function openSearch() {
  fireEvent.click(otherZone());
  const input = await screen.findByRole('combobox', { name: 'Find a time zone' });
  await waitFor(() => expect(document.activeElement).toBe(input));
  return input;
}

describe('the time zone picker', () => {
  it('shows the zone a link names, checked, beside the reader’s own and UTC', () => {
    renderPicker('/?tz=America/Denver');
    const radios = screen.getAllByRole('radio');
    expect(radios.map((radio) => radio.closest('label')?.textContent)).toEqual([
      expect.stringMatching(/^My time/),
      'UTC',
      expect.stringMatching(/^Denver \(M[SD]T\)$/),
    ]);
    expect((radios[2] as HTMLInputElement).checked).toBe(true);
  });

  it('finds a zone by typing its city and picks it with Enter, giving focus back to the button', async () => {
    const view = renderPicker('/?range=yesterday');
    const input = await openSearch();
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('listbox', { name: 'Time zones' });
    expect(input.getAttribute('aria-controls')).toBe(list.id);

    fireEvent.change(input, { target: { value: 'tokyo' } });
    expect(within(list).getAllByRole('option').map((option) => option.textContent)).toEqual(['Asia/Tokyo GMT+9']);
    expect(activeOption(input)?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'Enter' });

    await waitFor(() => expect(view.search().get('tz')).toBe('Asia/Tokyo'));
    expect(view.search().get('range')).toBe('yesterday');
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(document.activeElement).toBe(otherZone());
    expect((screen.getByRole('radio', { name: /^Tokyo/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('moves through the matches with the arrows, Page Down, Home and End, and says when none match', async () => {
    const view = renderPicker('/');
    const input = await openSearch();
    fireEvent.change(input, { target: { value: 'america' } });
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.length).toBeGreaterThan(20);
    expect(activeOption(input)).toBe(options[0]);

    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(activeOption(input)).toBe(options[2]);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(activeOption(input)).toBe(options[1]);
    fireEvent.keyDown(input, { key: 'PageDown' });
    expect(activeOption(input)).toBe(options[11]);
    fireEvent.keyDown(input, { key: 'End' });
    expect(activeOption(input)).toBe(options.at(-1));
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(activeOption(input)).toBe(options.at(-1));
    fireEvent.keyDown(input, { key: 'Home' });
    expect(activeOption(input)).toBe(options[0]);
    expect(options.filter((option) => option.getAttribute('aria-selected') === 'true')).toEqual([options[0]]);

    fireEvent.change(input, { target: { value: 'atlantis' } });
    expect(screen.queryAllByRole('option')).toEqual([]);
    expect(screen.getByText('No zone matches “atlantis”.')).toBeTruthy();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(view.search().has('tz')).toBe(false);
  });

  it('closes on Escape without changing the zone, and focus goes back to the button', async () => {
    const view = renderPicker('/?tz=utc');
    const input = await openSearch();
    fireEvent.change(input, { target: { value: 'denver' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(otherZone().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(otherZone());
    expect(view.search().get('tz')).toBe('utc');
  });

  it('goes back to the reader’s own zone, leaving tz out, and to UTC as tz=utc', async () => {
    const view = renderPicker('/?tz=Asia/Kolkata');
    fireEvent.click(screen.getByRole('radio', { name: 'UTC' }));
    await waitFor(() => expect(view.search().get('tz')).toBe('utc'));
    fireEvent.click(screen.getByRole('radio', { name: /^My time/ }));
    await waitFor(() => expect(view.search().has('tz')).toBe(false));
    expect(screen.getByRole('radio', { name: /^My time/ }).closest('label')?.title).toBe(readerTimeZone().intl);
  });
});
