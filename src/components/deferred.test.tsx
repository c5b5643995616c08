import { fireEvent, render, screen } from '@testing-library/react';
import { lazy, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Deferred } from './deferred';
import { retryableLazy } from './retryable-lazy';

afterEach(() => vi.restoreAllMocks());

describe('Deferred', () => {
  it('holds the place with the fallback until the code arrives, then shows the part', async () => {
    let arrive: (module: { default: () => ReactNode }) => void = () => {};
    const Part = lazy(() => new Promise<{ default: () => ReactNode }>((resolve) => (arrive = resolve)));
    render(
      <Deferred fallback={<span>Columns</span>}>
        <Part />
      </Deferred>,
    );
    expect(screen.getByText('Columns')).toBeDefined();

    arrive({ default: () => <button type="button">Columns ▾</button> });
    expect(await screen.findByRole('button', { name: 'Columns ▾' })).toBeDefined();
  });

  it('keeps the fallback and the rest of the page when the code cannot be loaded', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const Part = lazy(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    render(
      <main>
        <p>The table</p>
        <Deferred fallback={<span>placeholder</span>}>
          <Part />
        </Deferred>
      </main>,
    );
    await vi.waitFor(() => expect(logged).toHaveBeenCalledWith('A part of the page could not be shown', expect.any(Error), expect.any(String)));
    expect(screen.getByText('The table')).toBeDefined();
    expect(screen.getByText('placeholder')).toBeDefined();
  });

  it('shows its failure in place of a part that cannot be loaded, and Retry loads it again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let attempts = 0;
    const Part = retryableLazy(async () => {
      attempts += 1;
      if (attempts < 3) throw new TypeError('Failed to fetch dynamically imported module');
      return { default: () => <p>The summary</p> };
    });
    render(
      <Deferred
        fallback={<span>placeholder</span>}
        onRetry={Part.retry}
        failure={(retry) => (
          <button type="button" onClick={retry}>
            Retry
          </button>
        )}
      >
        <Part />
      </Deferred>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Retry' }));
    // Still failing: the failure again, not the placeholder for good.
    await vi.waitFor(() => expect(attempts).toBe(2));
    fireEvent.click(await screen.findByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('The summary')).toBeDefined();
    expect(attempts).toBe(3);
  });
});
