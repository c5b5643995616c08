import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyButton } from './copy-button';

function setClipboard(clipboard: Pick<Clipboard, 'writeText'> | undefined) {
  Object.defineProperty(window.navigator, 'clipboard', { value: clipboard, configurable: true });
}

afterEach(() => {
  setClipboard(undefined);
  vi.useRealTimers();
});

function renderButton() {
  return render(
    <CopyButton
      text={() => 'https://example.test/?call=1'}
      copiedMessage="Link copied"
      failedMessage="Copy it by hand:"
      fallback={(text) => <code>{text}</code>}
    >
      Copy link
    </CopyButton>,
  );
}

describe('CopyButton', () => {
  it('copies, confirms in a live region, and clears the confirmation after a while', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    renderButton();
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(writeText).toHaveBeenCalledWith('https://example.test/?call=1');
    expect(status.textContent).toBe('Link copied');
    await act(async () => vi.advanceTimersByTime(5_000));
    expect(status.textContent).toBe('');
  });

  it('falls back to showing the text when the clipboard refuses', async () => {
    setClipboard({ writeText: vi.fn().mockRejectedValue(new DOMException('Denied', 'NotAllowedError')) });
    renderButton();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(screen.getByRole('status').textContent).toBe('Copy it by hand:');
    expect(screen.getByText('https://example.test/?call=1').tagName).toBe('CODE');
  });

  it('uses the selection-based copy where the Clipboard API is missing', async () => {
    setClipboard(undefined);
    const execCommand = vi.fn().mockReturnValue(true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    renderButton();
    const button = screen.getByRole('button', { name: 'Copy link' });
    button.focus();
    await act(async () => fireEvent.click(button));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(screen.getByRole('status').textContent).toBe('Link copied');
    // The helper field is gone and focus is back where it was.
    expect(document.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(button);
    delete (document as Partial<Document>).execCommand;
  });
});
