/**
 * A phone filter while it is typed: half a number is never sent, the field says what it
 * still lacks (in words, tied to the input), and the complete number reaches the
 * address once, in E.164.
 */
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setupMockApi } from '../../../test/msw';
import { renderToolbar } from './test-toolbar';
import { TYPING_PAUSE_MS } from './use-debounced-commit';

setupMockApi();

/** The toolbar with More filters open, once its fields (a chunk of their own) are in. */
async function openCallerField() {
  const view = renderToolbar('/?range=30d');
  fireEvent.click(screen.getByRole('button', { name: /^More filters/ }));
  const caller = await screen.findByRole('textbox', { name: 'Caller number' });
  // Only the typing pause is faked: React reveals the lazy fields on a real timer.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  return { view, caller };
}

const description = (input: HTMLElement) =>
  document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent;

/** The field's own alert, if it has one (each phone field keeps its message line). */
const alertOf = (input: HTMLElement) => within(input.parentElement as HTMLElement).queryByRole('alert');

const typeSlowly = (input: HTMLElement, text: string) => {
  fireEvent.change(input, { target: { value: text } });
  act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS * 2));
};

describe('a phone filter', () => {
  afterEach(() => vi.useRealTimers());

  it('sends nothing while the number is half typed, and says how much is missing', async () => {
    const { view, caller } = await openCallerField();
    const before = window.history.length;
    typeSlowly(caller, '+1 (385) 555-');
    expect(description(caller)).toBe('4 more digits');
    // Not wrong yet, only unfinished: not marked invalid, not announced as an alert.
    expect(caller.getAttribute('aria-invalid')).toBe('false');
    expect(alertOf(caller)?.textContent ?? '').toBe('');
    fireEvent.blur(caller);
    fireEvent.keyDown(caller, { key: 'Enter' });
    expect(view.search().has('caller_id')).toBe(false);
    expect(window.history.length).toBe(before);
  });

  it('sends the complete number once, in E.164', async () => {
    const { view, caller } = await openCallerField();
    const before = window.history.length;
    typeSlowly(caller, '+1 (385) 555-014');
    expect(description(caller)).toBe('1 more digit');
    typeSlowly(caller, '+1 (385) 555-0142');
    fireEvent.keyDown(caller, { key: 'Enter' });
    expect(view.search().get('caller_id')).toBe('+13855550142');
    expect(window.history.length).toBe(before + 1);
    expect(description(caller) ?? '').toBe('');
  });

  it('reads ten bare digits as a US or Canadian number', async () => {
    const { view, caller } = await openCallerField();
    typeSlowly(caller, '385.555.0142');
    expect(view.search().get('caller_id')).toBe('+13855550142');
  });

  it('marks a number that cannot be completed as wrong, and announces it', async () => {
    const { view, caller } = await openCallerField();
    typeSlowly(caller, '0044 20 7946 0958');
    expect(caller.getAttribute('aria-invalid')).toBe('true');
    expect(alertOf(caller)?.textContent).toBe('Add + and country code');
    expect(description(caller)).toBe('Add + and country code');
    expect(view.search().has('caller_id')).toBe(false);
  });
});
