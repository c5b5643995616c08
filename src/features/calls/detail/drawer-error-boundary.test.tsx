import { fireEvent, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { retryableLazy } from '../../../components/retryable-lazy';
import { DrawerErrorBoundary } from './drawer-error-boundary';

function Broken(): never {
  throw new Error('Failed to fetch dynamically imported module');
}

function Fine() {
  return <p>Call details</p>;
}

describe('DrawerErrorBoundary', () => {
  it('shows the failure inside a drawer that still closes, instead of blanking the page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onClose = vi.fn();
    render(
      <>
        <h1>Calls</h1>
        <DrawerErrorBoundary callId={42} onClose={onClose}>
          <Broken />
        </DrawerErrorBoundary>
      </>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Call 42' });
    expect(dialog.textContent).toContain('This call could not be shown.');
    expect(screen.getByRole('heading', { level: 1, name: 'Calls' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it('tries again for another call', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(
      <DrawerErrorBoundary callId={1} onClose={() => {}}>
        <Broken />
      </DrawerErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    rerender(
      <DrawerErrorBoundary callId={2} onClose={() => {}}>
        <Fine />
      </DrawerErrorBoundary>,
    );
    expect(screen.getByText('Call details')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    vi.restoreAllMocks();
  });

  it('fetches the drawer\'s code again on Retry when it could not be loaded', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let attempts = 0;
    const Drawer = retryableLazy(async () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { default: Fine };
    });
    render(
      <DrawerErrorBoundary callId={3} onClose={() => {}} onRetry={Drawer.retry}>
        <Suspense fallback={<p>Loading</p>}>
          <Drawer />
        </Suspense>
      </DrawerErrorBoundary>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('This call could not be shown');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Call details')).toBeTruthy();
    expect(attempts).toBe(2);
    vi.restoreAllMocks();
  });
});
