import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TYPING_PAUSE_MS, useDebouncedCommit } from './use-debounced-commit';

const parse = (text: string) =>
  text === '' ? { ok: true as const, value: null } : /^\d+$/.test(text)
    ? { ok: true as const, value: Number(text) }
    : { ok: false as const, message: 'a whole number' };

function renderField(commit: (value: number | null) => void, committed: number | null = null) {
  return renderHook(({ value }) => useDebouncedCommit({ committed: value, toText: String, parse, commit }), {
    initialProps: { value: committed },
  });
}

describe('useDebouncedCommit', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends a typed value once, after the typing pause', () => {
    const commit = vi.fn();
    const { result } = renderField(commit);
    act(() => result.current.onChange('309'));
    expect(commit).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS));
    expect(commit).toHaveBeenCalledExactlyOnceWith(309);
  });

  // On a busy machine the pause can end, and Enter come, before the address's new value
  // renders: the value must not reach the history twice, or Back would seem to do nothing.
  it('does not send the same value again on Enter just after the pause sent it', () => {
    const commit = vi.fn();
    const { result } = renderField(commit);
    act(() => result.current.onChange('309'));
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS));
    act(() => result.current.flushNow());
    expect(commit).toHaveBeenCalledOnce();
  });

  it('sends again once the address has moved on to another value', () => {
    const commit = vi.fn();
    const { result, rerender } = renderField(commit, 309);
    rerender({ value: 12 });
    act(() => result.current.onChange('309'));
    act(() => result.current.flushNow());
    expect(commit).toHaveBeenCalledExactlyOnceWith(309);
  });

  it('sends nothing while the text is not valid', () => {
    const commit = vi.fn();
    const { result } = renderField(commit);
    act(() => result.current.onChange('30x'));
    act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS));
    act(() => result.current.flushNow());
    expect(commit).not.toHaveBeenCalled();
    expect(result.current.error).toBe('a whole number');
  });
});
