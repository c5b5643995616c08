import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EmptyState, PastLastPage } from './list-states';

describe('EmptyState', () => {
  it('offers to reset the filters when they hide every call', () => {
    const onReset = vi.fn();
    render(<EmptyState filtered onReset={onReset} />);
    expect(screen.getByText('No calls match these filters.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  it('blames the date range, with nothing to reset, when no filter is set', () => {
    render(<EmptyState filtered={false} onReset={() => {}} />);
    expect(screen.getByText('No calls in this date range.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('PastLastPage', () => {
  it('says the page is past the end and goes to the last one', () => {
    const onGoToLast = vi.fn();
    render(<PastLastPage pageCount={88} onGoToLast={onGoToLast} />);
    expect(screen.getByText('These filters have 88 pages of calls.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Go to page 88, the last page' }));
    expect(onGoToLast).toHaveBeenCalledTimes(1);
  });
});
