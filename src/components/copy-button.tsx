/**
 * A button that copies text and says so in a polite live region beside it ("Link
 * copied"), which screen readers announce without moving focus. When the browser will
 * not copy (no Clipboard API on plain http, or refused), it says that instead and shows
 * what `fallback` renders, e.g. the text in a field to copy by hand.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { copyText } from '../lib/clipboard';
import { Button } from './button';
import './copy-button.css';

/** How long the confirmation stays on screen. */
const MESSAGE_MS = 4_000;

export interface CopyButtonProps {
  /** What to copy, read at the moment of the click. */
  text: () => string;
  children: ReactNode;
  copiedMessage: string;
  failedMessage: string;
  /** Shown after a failed copy, with the text that could not be copied. */
  fallback?: (text: string) => ReactNode;
  /** Shown right after the button, before the message, so the message never pushes it along. */
  addon?: ReactNode;
  className?: string;
}

type Outcome = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; text: string };

export function CopyButton({ text, children, copiedMessage, failedMessage, fallback, addon, className }: CopyButtonProps) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  useEffect(() => {
    if (outcome.kind !== 'copied') return;
    const timer = window.setTimeout(() => setOutcome({ kind: 'idle' }), MESSAGE_MS);
    return () => window.clearTimeout(timer);
  }, [outcome]);

  const onClick = async () => {
    const value = text();
    const copied = await copyText(value);
    setOutcome(copied ? { kind: 'copied' } : { kind: 'failed', text: value });
  };

  return (
    <span className={className === undefined ? 'copy-button' : `copy-button ${className}`}>
      <Button variant="secondary" onClick={() => void onClick()}>
        {children}
      </Button>
      {addon}
      <span role="status" className="copy-button__status">
        {outcome.kind === 'copied' ? copiedMessage : outcome.kind === 'failed' ? failedMessage : ''}
      </span>
      {outcome.kind === 'failed' && fallback !== undefined ? fallback(outcome.text) : null}
    </span>
  );
}

/** The text that could not be copied, in a read-only field that selects itself, to copy by hand. */
export function CopyFallbackField({ value, label }: { value: string; label: string }) {
  return (
    <input
      className="copy-button__field"
      readOnly
      value={value}
      aria-label={label}
      onFocus={(event) => event.currentTarget.select()}
    />
  );
}
