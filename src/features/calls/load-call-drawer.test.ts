import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCallDrawer, loadOpenCall, preloadCallDrawerWhenIdle } from './load-call-drawer';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('loading the drawer’s code ahead', () => {
  it('asks once however often it is asked for, and gives the drawer', async () => {
    const first = loadCallDrawer();
    expect(loadCallDrawer()).toBe(first);
    expect(typeof (await first).default).toBe('function');
  });

  it('asks for the drawer’s code along with its frame, each once', async () => {
    const frame = loadOpenCall();
    expect(loadOpenCall()).toBe(frame);
    expect(typeof (await frame).default).toBe('function');
    expect(typeof (await loadCallDrawer()).default).toBe('function');
  });

  it('waits for an idle moment, and can be called off before it', () => {
    const requestIdle = vi.fn(() => 7);
    const cancelIdle = vi.fn();
    vi.stubGlobal('requestIdleCallback', requestIdle);
    vi.stubGlobal('cancelIdleCallback', cancelIdle);
    const cancel = preloadCallDrawerWhenIdle();
    expect(requestIdle).toHaveBeenCalledExactlyOnceWith(expect.any(Function), { timeout: 3000 });
    cancel();
    expect(cancelIdle).toHaveBeenCalledExactlyOnceWith(7);
  });

  it('without idle callbacks, waits a moment instead, also cancellable', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    const cancel = preloadCallDrawerWhenIdle();
    expect(vi.getTimerCount()).toBe(1);
    cancel();
    expect(vi.getTimerCount()).toBe(0);
  });
});
