import { render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartsErrorBoundary } from './charts-error-boundary';

afterEach(() => vi.restoreAllMocks());

describe('ChartsErrorBoundary', () => {
  it('says the charts could not be shown when their chunk fails to load, and keeps the rest', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Missing = lazy(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    render(
      <>
        <p>Total calls</p>
        <ChartsErrorBoundary>
          <Suspense fallback={null}>
            <Missing />
          </Suspense>
        </ChartsErrorBoundary>
      </>,
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/The charts could not be shown/);
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeTruthy();
    expect(screen.getByText('Total calls')).toBeTruthy();
  });
});
