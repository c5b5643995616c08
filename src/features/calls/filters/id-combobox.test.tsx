/**
 * The id combobox as a reader uses it: type part of a name, see the matches with their
 * id and recent calls, choose with the keyboard or the mouse; a typed id still works,
 * and a name that matches nothing says so instead of asking for a whole number.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { parseIdText } from './filter-fields';
import { IdCombobox } from './id-combobox';
import type { IdOption } from './id-options';

const OPTIONS: IdOption[] = [
  { id: 301, name: 'Roofing Q1', calls: 1237 },
  { id: 302, name: 'Storm Damage Response', calls: 1236 },
  { id: 305, name: 'Denver Roofing Leads', calls: 412 },
  { id: 311, name: 'Denver Spring Promo', calls: 1 },
];

function renderCombobox(initial: number | null = null) {
  const commits: (number | null)[] = [];
  const onPanelKey = vi.fn();
  function Harness() {
    const [value, setValue] = useState(initial);
    return (
      <div onKeyDown={(event) => onPanelKey(event.key)}>
        <IdCombobox
          label="Campaign"
          name="campaign_id"
          committed={value}
          options={OPTIONS}
          parseId={parseIdText('Campaign')}
          commit={(next) => {
            commits.push(next);
            setValue(next);
          }}
        />
        <button type="button">elsewhere</button>
      </div>
    );
  }
  render(<Harness />);
  const input = screen.getByRole('combobox', { name: 'Campaign' }) as HTMLInputElement;
  input.focus();
  return { input, commits, onPanelKey };
}

const listbox = (input: HTMLElement) => document.getElementById(input.getAttribute('aria-controls') ?? '') as HTMLElement;
const optionNames = () => screen.queryAllByRole('option').map((o) => o.textContent);
const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });

describe('the id combobox', () => {
  it('lists the options whose name holds what is typed, with their id and recent calls', () => {
    const { input } = renderCombobox();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    type(input, 'denver');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(listbox(input).getAttribute('role')).toBe('listbox');
    expect(optionNames()).toEqual(['Denver Roofing Leads#305 · 412 recent calls', 'Denver Spring Promo#311 · 1 recent call']);
    // A name being typed is not an error while the list offers matches.
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(screen.queryByRole('alert')?.textContent ?? '').toBe('');
  });

  it('moves through the matches with the arrows and chooses one with Enter, keeping the id for the address', async () => {
    const { input, commits } = renderCombobox();
    type(input, 'roofing');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const [first, second] = screen.getAllByRole('option');
    expect(input.getAttribute('aria-activedescendant')).toBe(first!.id);
    expect(first!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(second!.id);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(first!.id);
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input.getAttribute('aria-activedescendant')).toBe(second!.id);

    fireEvent.keyDown(input, { key: 'Enter' });
    expect(commits).toEqual([305]);
    expect(input.value).toBe('Denver Roofing Leads');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    expect(document.activeElement).toBe(input);
    // Nothing more is sent after the typing pause.
    await new Promise((r) => setTimeout(r, 500));
    expect(commits).toEqual([305]);
  });

  it('opens the whole list with ArrowDown, and ArrowUp starts from its end', () => {
    const { input } = renderCombobox();
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(screen.getAllByRole('option')).toHaveLength(4);
    expect(input.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[3]!.id);
  });

  it('chooses an option with the mouse, focus staying in the field', () => {
    const { input, commits } = renderCombobox();
    type(input, 'storm');
    const option = screen.getByRole('option', { name: /Storm Damage Response/ });
    const down = fireEvent.mouseDown(option);
    expect(down).toBe(false); // default prevented: the input keeps focus
    fireEvent.click(option);
    expect(commits).toEqual([302]);
    expect(input.value).toBe('Storm Damage Response');
    expect(document.activeElement).toBe(input);
  });

  it('closes the list with Escape, keeping what was typed, and lets a second Escape reach the panel', () => {
    const { input, onPanelKey, commits } = renderCombobox();
    type(input, 'den');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('den');
    expect(onPanelKey).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(onPanelKey).toHaveBeenCalledWith('Escape');
    expect(commits).toEqual([]);
  });

  it('still takes a typed id, known or not', () => {
    const { input, commits } = renderCombobox();
    type(input, '9999');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(commits).toEqual([9999]);
  });

  it('takes a name typed in full as its id', () => {
    const { input, commits } = renderCombobox();
    type(input, 'roofing q1');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(commits).toEqual([301]);
  });

  it('says when nothing matches, sending nothing, never asking for a whole number', async () => {
    const { input, commits } = renderCombobox();
    type(input, 'Chicago');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('alert').textContent).toBe('No campaign matches “Chicago”. Type its id, or part of its name.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
    fireEvent.keyDown(input, { key: 'Enter' });
    await new Promise((r) => setTimeout(r, 500));
    expect(commits).toEqual([]);
    expect(document.body.textContent).not.toMatch(/whole number/);
  });

  it('asks to choose when the field is left with part of a name', () => {
    const { input, commits } = renderCombobox();
    type(input, 'Denver');
    fireEvent.blur(input);
    expect(screen.getByRole('alert').textContent).toBe('Choose a campaign from the list, or type its id.');
    expect(commits).toEqual([]);
  });

  it('shows the chosen id by its name, and the whole list again when opened', async () => {
    const { input } = renderCombobox(311);
    expect(input.value).toBe('Denver Spring Promo');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(4));
  });

  it('keeps what the reader is typing when the catalogue\'s names arrive, and names the id when they are not typing', () => {
    function Harness({ options }: { options: IdOption[] }) {
      const [value, setValue] = useState<number | null>(311);
      return (
        <IdCombobox
          label="Campaign"
          name="campaign_id"
          committed={value}
          options={options}
          parseId={parseIdText('Campaign')}
          commit={setValue}
        />
      );
    }
    const { rerender } = render(<Harness options={[]} />);
    const input = screen.getByRole('combobox', { name: 'Campaign' }) as HTMLInputElement;
    expect(input.value).toBe('311');
    rerender(<Harness options={OPTIONS} />);
    expect(input.value).toBe('Denver Spring Promo');

    // Typing while the names arrive: the text stays as typed, and its matches are listed.
    rerender(<Harness options={[]} />);
    expect(input.value).toBe('311');
    input.focus();
    type(input, 'roof');
    rerender(<Harness options={OPTIONS} />);
    expect(input.value).toBe('roof');
    expect(optionNames()).toEqual(['Roofing Q1#301 · 1,237 recent calls', 'Denver Roofing Leads#305 · 412 recent calls']);
  });
});
