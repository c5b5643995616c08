import { fireEvent, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Drawer, DRAWER_OPEN_CLASS } from './drawer';

function Harness({ onClose = () => {}, withControls = true }: { onClose?: () => void; withControls?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <Drawer labelledBy="drawer-title" onClose={onClose} initialFocus={heading}>
      <h2 id="drawer-title" ref={heading} tabIndex={-1}>
        Details
      </h2>
      {withControls ? (
        <>
          <button type="button">First</button>
          <button type="button" disabled>
            Disabled
          </button>
          <a href="#x">Middle</a>
          <button type="button" hidden>
            Hidden
          </button>
          <button type="button">Last</button>
        </>
      ) : null}
    </Drawer>
  );
}

function Page({ onClose }: { onClose?: () => void }) {
  const [open, setOpen] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setOpen((value) => !value)}>
        Toggle
      </button>
      {open ? <Harness onClose={onClose} /> : null}
    </>
  );
}

describe('Drawer', () => {
  it('is a modal dialog named by its heading, which takes focus on open', () => {
    render(<Harness />);
    const dialog = screen.getByRole('dialog', { name: 'Details' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Details' }));
  });

  it('makes the rest of the page inert while open, and only while open', () => {
    const outside = document.createElement('div');
    const alreadyInert = document.createElement('div');
    alreadyInert.setAttribute('inert', '');
    document.body.append(outside, alreadyInert);
    const view = render(<Page />);
    expect(view.container.hasAttribute('inert')).toBe(true);
    expect(outside.hasAttribute('inert')).toBe(true);
    expect(document.documentElement.classList.contains(DRAWER_OPEN_CLASS)).toBe(true);
    expect(screen.getByRole('dialog').closest('[inert]')).toBeNull();

    view.unmount();
    expect(outside.hasAttribute('inert')).toBe(false);
    // What was inert before stays so.
    expect(alreadyInert.hasAttribute('inert')).toBe(true);
    expect(document.documentElement.classList.contains(DRAWER_OPEN_CLASS)).toBe(false);
    outside.remove();
    alreadyInert.remove();
  });

  it('asks to close on Esc and on a click on the backdrop, not on a click inside', () => {
    const onClose = vi.fn();
    render(<Harness onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'First' }));
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(document.querySelector('.drawer-backdrop')!);
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('leaves Esc alone when something inside already handled it', () => {
    const onClose = vi.fn();
    render(<Harness onClose={onClose} />);
    const first = screen.getByRole('button', { name: 'First' });
    first.addEventListener('keydown', (event) => event.preventDefault());
    fireEvent.keyDown(first, { key: 'Escape' });
    expect(onClose).not.toHaveBeenCalled();
  });

  it('wraps Tab and Shift+Tab around the enabled, visible controls', () => {
    render(<Harness />);
    const first = screen.getByRole('button', { name: 'First' });
    const last = screen.getByRole('button', { name: 'Last' });
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
    // Focus that somehow got outside comes back in.
    first.blur();
    fireEvent.keyDown(document.body, { key: 'Tab' });
    expect(document.activeElement).toBe(first);
  });

  it('keeps focus on the panel when there is nothing to tab to', () => {
    render(<Harness withControls={false} />);
    fireEvent.keyDown(document.activeElement!, { key: 'Tab' });
    expect(document.activeElement).toBe(screen.getByRole('dialog'));
  });
});
