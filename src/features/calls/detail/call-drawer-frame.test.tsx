import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CallDrawerFrame } from './call-drawer-frame';

describe('CallDrawerFrame', () => {
  it('is the drawer while its code loads: named by the call, busy, with a working Close', () => {
    const onClose = vi.fn();
    render(<CallDrawerFrame callId={42} onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Call 42' });
    expect(dialog.getAttribute('aria-busy')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Call 42' }));
    expect(screen.getByRole('status').textContent).toBe('Loading the call…');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('has a body keyboard users can reach to scroll, even with no control in it', () => {
    render(<CallDrawerFrame callId={42} onClose={vi.fn()} />);
    const body = screen.getByRole('region', { name: 'Call 42' });
    expect(body.tabIndex).toBe(0);
    expect(screen.getByRole('dialog').contains(body)).toBe(true);
  });
});
